/** Digits and capitals without the look-alikes 0/O, 1/I/L: 31 symbols. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

const BASE = CODE_ALPHABET.length
// Bytes at or above this would make some symbols likelier than others (256 is not a multiple of 31).
const UNBIASED_LIMIT = 256 - (256 % BASE)

/** Luhn mod N check symbol: catches every single wrong symbol and most swapped neighbours. */
export function checkCharacter(body: string): string {
  let sum = 0
  let double = true
  for (let index = body.length - 1; index >= 0; index--) {
    let value = CODE_ALPHABET.indexOf(body[index]!)
    if (double) {
      value *= 2
      value = Math.floor(value / BASE) + (value % BASE)
    }
    sum += value
    double = !double
  }
  return CODE_ALPHABET[(BASE - (sum % BASE)) % BASE]!
}

/** `length - 1` symbols from `crypto.getRandomValues` plus a check symbol. */
export function randomCode(length: number): string {
  let body = ''
  const bytes = new Uint8Array(length * 2)
  while (body.length < length - 1) {
    globalThis.crypto.getRandomValues(bytes)
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT && body.length < length - 1) body += CODE_ALPHABET[byte % BASE]
    }
  }
  return body + checkCharacter(body)
}

/** Upper case without spaces or dashes, so "abcd-2345" and "ABCD2345" are the same code. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '')
}

/** Whether a code (normalized first) uses only the alphabet and its check symbol matches. */
export function isWellFormedCode(code: string): boolean {
  const normalized = normalizeCode(code)
  if (normalized.length < 2) return false
  for (const char of normalized) if (!CODE_ALPHABET.includes(char)) return false
  return checkCharacter(normalized.slice(0, -1)) === normalized.slice(-1)
}
