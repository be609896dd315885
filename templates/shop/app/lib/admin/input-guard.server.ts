import { data } from 'react-router'
import { IMPORT_MAX_BYTES } from './catalog-csv.server'

/** No admin form has a longer field (the longest, a product description, allows 5,000). */
export const FIELD_MAX_LENGTH = 10_000
/** RFC 5321's longest forward path, the longest address a mail server takes. */
export const STAFF_EMAIL_MAX_LENGTH = 254
/** The catalog import's `apply` step posts the previewed file's text back, allowed as large as the upload. */
const FILE_TEXT_FIELDS = new Set(['csv'])

export interface InputRefusal {
  status: 400 | 413
  error: string
}

const megabytes = (bytes: number) => `${String(bytes / 1_000_000)} MB`
/** A field's name as the message quotes it: a hostile name is cut short and loses its NUL bytes. */
const quoted = (name: string) => `"${name.replaceAll('\0', '').slice(0, 40)}"`

/**
 * Why a form or query cannot reach an admin handler, or null when it can: a NUL byte anywhere
 * (names included; databases and logs choke on it), a field over 10,000 characters, an email over
 * 254, an uploaded file or a file's text over the import's 2 MB (413).
 */
export function unsafeInputRefusal(input: FormData | URLSearchParams): InputRefusal | null {
  for (const [name, value] of input.entries()) {
    if (name.includes('\0')) return { status: 400, error: 'A field name holds a NUL byte, which no field may contain.' }
    if (typeof value !== 'string') {
      if (value.size > IMPORT_MAX_BYTES) return { status: 413, error: `The file is larger than ${megabytes(IMPORT_MAX_BYTES)}. Split it into smaller files.` }
      continue
    }
    if (value.includes('\0')) return { status: 400, error: `The field ${quoted(name)} holds a NUL byte, which no field may contain.` }
    if (FILE_TEXT_FIELDS.has(name)) {
      if (Buffer.byteLength(value) > IMPORT_MAX_BYTES) return { status: 413, error: `The file is larger than ${megabytes(IMPORT_MAX_BYTES)}. Split it into smaller files.` }
      continue
    }
    if (value.length > FIELD_MAX_LENGTH) return { status: 400, error: `The field ${quoted(name)} is longer than ${FIELD_MAX_LENGTH.toLocaleString('en')} characters.` }
    if (name === 'email' && value.trim().length > STAFF_EMAIL_MAX_LENGTH) {
      return { status: 400, error: `An email address has at most ${String(STAFF_EMAIL_MAX_LENGTH)} characters.` }
    }
  }
  return null
}

/**
 * Every admin handler's input check, before anything is read from the database or written: a
 * request's query, or a posted form. Throws the refusal as a 400/413 answer `{ error }`.
 */
export function refuseUnsafeInput(input: Request | FormData | URLSearchParams): void {
  const refusal = unsafeInputRefusal(input instanceof Request ? new URL(input.url).searchParams : input)
  if (refusal) throw data({ error: refusal.error }, { status: refusal.status })
}
