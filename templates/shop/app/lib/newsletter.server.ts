import { randomBytes } from 'node:crypto'
import type { Database, Queryable } from './db.server'
import { checkUnsubscribeToken, enqueueMarketingEmail, type UnsubscribeTokenCheck, hashConfirmToken, renderNewsletterConfirmation } from './email/marketing-emails.server'
import type { OutboxMessage } from './email/outbox.server'
import { isEmailAddress } from './referrals.server'

export interface NewsletterSignupInput {
  email: unknown
  /** The explicit marketing consent: only `true` (or the checkbox's `'on'`/`'true'`) counts. */
  consent: unknown
  /** Where the signup came from, e.g. the form id `home-newsletter`; free text, trimmed to 64 characters. */
  source?: unknown
}

/** The same answer for every valid signup, so the form does not tell who is subscribed. */
export type NewsletterSignupResult = { ok: true; email: string } | { ok: false; field: 'email' | 'consent'; error: string }

/** How long a double opt-in link works. */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60_000

/**
 * At most this many confirmation mails per address in the window, whoever fills in the form (anyone can
 * type someone else's address); beyond it a signup changes nothing and the link already sent stays valid.
 */
export const CONFIRMATION_RESEND_LIMIT = { limit: 3, windowMs: 24 * 60 * 60_000 } as const

export type ConsentEvent = 'opt_in_requested' | 'opt_in_confirmed' | 'opted_out'

/**
 * Double opt-in, step one: stores the signup as pending with its source and consent time, appends the
 * request to the consent record and queues the confirmation email (in one transaction). Only a confirmed
 * subscription is marketing consent. A pending or unsubscribed address gets a new link (the old one stops
 * working) unless it reached `CONFIRMATION_RESEND_LIMIT`; a confirmed one is left as it is and gets nothing.
 * Every valid signup gets the same answer.
 */
export async function subscribeToNewsletter(db: Database, input: NewsletterSignupInput, now: Date = new Date()): Promise<NewsletterSignupResult> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  if (!email) return { ok: false, field: 'email', error: 'Enter your email address.' }
  if (!isEmailAddress(email)) return { ok: false, field: 'email', error: 'Enter a valid email address, like name@example.com.' }
  if (!hasConsented(input.consent)) {
    return { ok: false, field: 'consent', error: 'Tick the box to agree to receive our emails.' }
  }
  const source = typeof input.source === 'string' && input.source.trim() ? input.source.trim().slice(0, 64) : null
  const token = randomBytes(32).toString('base64url')
  const confirmation = await renderNewsletterConfirmation({ email, token })
  await db.transaction(async (tx) => {
    if ((await recentOptInRequests(tx, email, now)) >= CONFIRMATION_RESEND_LIMIT.limit) return
    const { rows } = await tx.query(
      `INSERT INTO newsletter_signups (email, source, consented_at, status, confirm_token_hash, confirm_expires_at)
       VALUES ($1, $2, $3, 'pending', $4, $5)
       ON CONFLICT (email) DO UPDATE
         SET source = excluded.source, consented_at = excluded.consented_at, status = 'pending',
             confirm_token_hash = excluded.confirm_token_hash, confirm_expires_at = excluded.confirm_expires_at
         WHERE newsletter_signups.status <> 'confirmed'
       RETURNING email`,
      [email, source, now, hashConfirmToken(token), new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS)],
    )
    if (rows.length === 0) return
    await recordConsentEvent(tx, { email, event: 'opt_in_requested', source, occurredAt: now })
    await enqueueMarketingEmail(tx, confirmation, now)
  })
  return { ok: true, email }
}

async function recentOptInRequests(db: Queryable, email: string, now: Date): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM newsletter_consent_events WHERE email = $1 AND event = 'opt_in_requested' AND occurred_at > $2",
    [email, new Date(now.getTime() - CONFIRMATION_RESEND_LIMIT.windowMs)],
  )
  return rows[0]!.count
}

interface ConsentRecord {
  email: string
  event: ConsentEvent
  source: string | null
  occurredAt: Date
}

async function recordConsentEvent(db: Queryable, { email, event, source, occurredAt }: ConsentRecord): Promise<void> {
  await db.query('INSERT INTO newsletter_consent_events (email, event, source, occurred_at) VALUES ($1, $2, $3, $4)', [email, event, source, occurredAt])
}

/** The consent record of an address, oldest first: each opt-in request, confirmation and opt-out with its time and source. */
export async function consentHistory(db: Queryable, email: string): Promise<ConsentRecord[]> {
  const { rows } = await db.query<{ email: string; event: ConsentEvent; source: string | null; occurred_at: Date | string }>(
    'SELECT email, event, source, occurred_at FROM newsletter_consent_events WHERE email = $1 ORDER BY occurred_at, id',
    [email.trim().toLowerCase()],
  )
  return rows.map((row) => ({ email: row.email, event: row.event, source: row.source, occurredAt: new Date(row.occurred_at) }))
}

export type ConfirmResult = { ok: true; email: string } | { ok: false; reason: 'expired' | 'invalid' }

/** What a confirmation link would do, without doing it: the page it opens asks for a click first (mail scanners open links too). */
export async function checkConfirmToken(db: Queryable, token: string, now: Date = new Date()): Promise<ConfirmResult> {
  const { rows } = await db.query<{ email: string; expired: boolean }>(
    "SELECT email, confirm_expires_at <= $2 AS expired FROM newsletter_signups WHERE confirm_token_hash = $1 AND status = 'pending'",
    [hashConfirmToken(token), now],
  )
  const row = rows[0]
  if (!row) return { ok: false, reason: 'invalid' }
  return row.expired ? { ok: false, reason: 'expired' } : { ok: true, email: row.email }
}

/** Double opt-in, step two: the link's token confirms its pending signup, once, before it expires. */
export async function confirmNewsletterSubscription(db: Queryable, token: string, now: Date = new Date()): Promise<ConfirmResult> {
  const tokenHash = hashConfirmToken(token)
  const { rows } = await db.query<{ email: string; expired: boolean }>(
    `WITH changed AS (
       UPDATE newsletter_signups
          SET status = CASE WHEN confirm_expires_at > $2 THEN 'confirmed' ELSE status END,
              confirmed_at = CASE WHEN confirm_expires_at > $2 THEN $2 ELSE confirmed_at END,
              confirm_token_hash = CASE WHEN confirm_expires_at > $2 THEN NULL ELSE confirm_token_hash END
        WHERE confirm_token_hash = $1 AND status = 'pending'
        RETURNING email, source, status <> 'confirmed' AS expired),
     recorded AS (
       INSERT INTO newsletter_consent_events (email, event, source, occurred_at)
       SELECT email, 'opt_in_confirmed', source, $2 FROM changed WHERE NOT expired)
     SELECT email, expired FROM changed`,
    [tokenHash, now],
  )
  const row = rows[0]
  if (!row) return { ok: false, reason: 'invalid' }
  return row.expired ? { ok: false, reason: 'expired' } : { ok: true, email: row.email }
}

/**
 * Unsubscribe: stops marketing mail to the token's address at once, records the time on the signup and
 * appends the opt-out with its `source` (e.g. `list-unsubscribe` for the mail client's one-click button).
 */
export async function unsubscribeFromNewsletter(db: Queryable, token: string, now: Date = new Date(), source = 'unsubscribe-page'): Promise<UnsubscribeTokenCheck> {
  const checked = checkUnsubscribeToken(token, now)
  if (!checked.ok) return checked
  await db.query(
    `WITH changed AS (
       UPDATE newsletter_signups SET status = 'unsubscribed', unsubscribed_at = $2, confirm_token_hash = NULL, confirm_expires_at = NULL
        WHERE email = $1 AND status <> 'unsubscribed'
        RETURNING email)
     INSERT INTO newsletter_consent_events (email, event, source, occurred_at) SELECT email, 'opted_out', $3, $2 FROM changed`,
    [checked.email, now, source.slice(0, 64)],
  )
  return checked
}

/**
 * Why a message may not be sent to its recipient now, or null when it may: marketing mail needs a confirmed
 * signup, the double opt-in request a pending one; transactional mail always goes.
 */
export async function consentMissing(db: Queryable, message: Pick<OutboxMessage, 'recipient' | 'consent'>): Promise<string | null> {
  if (message.consent === 'transactional') return null
  const { rows } = await db.query<{ status: string }>('SELECT status FROM newsletter_signups WHERE email = $1', [message.recipient.trim().toLowerCase()])
  const status = rows[0]?.status ?? 'no signup'
  const needed = message.consent === 'marketing' ? 'confirmed' : 'pending'
  return status === needed ? null : `suppressed: the recipient's newsletter signup is ${status}, this message needs it ${needed}`
}

/** Whether the shop may send marketing mail to an address: only after a confirmed double opt-in, never after unsubscribing. */
export async function hasMarketingConsent(db: Queryable, email: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM newsletter_signups WHERE email = $1 AND status = 'confirmed'", [email.trim().toLowerCase()])
  return rows.length > 0
}

function hasConsented(value: unknown): boolean {
  return value === true || value === 'true' || value === 'on'
}
