import type { Queryable } from './db.server'
import { isEmailAddress } from './referrals.server'

export interface NewsletterSignupInput {
  email: unknown
  /** The explicit marketing consent: only `true` (or the checkbox's `'on'`/`'true'`) counts. */
  consent: unknown
  /** Where the signup came from, e.g. `home` or a campaign; free text, trimmed to 64 characters. */
  source?: unknown
}

export type NewsletterSignupResult =
  | { ok: true; email: string; alreadySubscribed: boolean }
  | { ok: false; field: 'email' | 'consent'; error: string }

/**
 * Stores a newsletter signup with its consent time. The address is trimmed and lower-cased; an
 * address already on the list succeeds without a second row (and keeps its first consent time).
 */
export async function subscribeToNewsletter(db: Queryable, input: NewsletterSignupInput, now: Date = new Date()): Promise<NewsletterSignupResult> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  if (!email) return { ok: false, field: 'email', error: 'Enter your email address.' }
  if (!isEmailAddress(email)) return { ok: false, field: 'email', error: 'Enter a valid email address, like name@example.com.' }
  if (!hasConsented(input.consent)) {
    return { ok: false, field: 'consent', error: 'Tick the box to agree to receive our emails.' }
  }
  const source = typeof input.source === 'string' && input.source.trim() ? input.source.trim().slice(0, 64) : null
  const { rows } = await db.query(
    'INSERT INTO newsletter_signups (email, source, consented_at) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING email',
    [email, source, now],
  )
  return { ok: true, email, alreadySubscribed: rows.length === 0 }
}

function hasConsented(value: unknown): boolean {
  return value === true || value === 'true' || value === 'on'
}
