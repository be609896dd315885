import { createHash } from 'node:crypto'
import { newsletterConfirmationEmail, renderEmail } from '@journeykit/email'
import type { Queryable } from '../db.server'
import { env } from '../env.server'
import { SHOP_NAME } from '../reviews.server'
import { hasLinkSignature, linkSignature } from './link-signature.server'
import { EMAIL_UTM_SOURCE } from './order-emails.server'
import { enqueueEmail, type NewOutboxMessage } from './outbox.server'

/**
 * How long an unsubscribe link works after its message was queued: a year. People unsubscribe from old
 * mail (a yearly sale, a newsletter found months later), the law wants withdrawing consent to be as easy as
 * giving it (GDPR art. 7(3)) and US law at least 30 days; a year covers that with room, while a link in a
 * forwarded or leaked message stops working one day. Every marketing mail carries a fresh link.
 */
export const UNSUBSCRIBE_LINK_TTL_MS = 365 * 24 * 60 * 60_000

/** The purpose the unsubscribe links' key is derived for (a new version voids every link). */
const UNSUBSCRIBE_LINKS = 'newsletter-unsubscribe-link v1'

/**
 * The token of an address's unsubscribe link: the address, when it was issued (seconds, base 36) and
 * their signature, so a link keeps working for `UNSUBSCRIBE_LINK_TTL_MS` without a stored secret per message.
 */
export function unsubscribeToken(email: string, issuedAt: Date = new Date()): string {
  const issued = Math.floor(issuedAt.getTime() / 1000).toString(36)
  return `${Buffer.from(email).toString('base64url')}.${issued}.${linkSignature(UNSUBSCRIBE_LINKS, `${email}\n${issued}`)}`
}

export type UnsubscribeTokenCheck = { ok: true; email: string } | { ok: false; reason: 'invalid' | 'expired' }

/** The address an unsubscribe token was made for; `invalid` when the shop did not sign it, `expired` after its lifetime. */
export function checkUnsubscribeToken(token: string, now: Date = new Date()): UnsubscribeTokenCheck {
  const [encoded, issued, signature, ...rest] = token.split('.')
  if (!encoded || !issued || !signature || rest.length > 0) return { ok: false, reason: 'invalid' }
  const email = Buffer.from(encoded, 'base64url').toString()
  if (!hasLinkSignature(UNSUBSCRIBE_LINKS, `${email}\n${issued}`, signature)) return { ok: false, reason: 'invalid' }
  const issuedAt = parseInt(issued, 36) * 1000
  return now.getTime() - issuedAt < UNSUBSCRIBE_LINK_TTL_MS ? { ok: true, email } : { ok: false, reason: 'expired' }
}

export const unsubscribeUrl = (email: string, issuedAt: Date = new Date()) => `${env.shopUrl}/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeToken(email, issuedAt))}`

/** The headers of every marketing message: one-click unsubscribe (RFC 8058) that mail providers show as a button. */
export function marketingHeaders(email: string, issuedAt: Date = new Date()): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl(email, issuedAt)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

/**
 * Queues a marketing message with its unsubscribe headers, sent only if the recipient still consents when
 * it is due (`consent`, default `marketing`). Transactional mail goes through `enqueueEmail` without them.
 */
export function enqueueMarketingEmail(db: Queryable, message: Omit<NewOutboxMessage, 'headers'>, now: Date = new Date()): Promise<boolean> {
  return enqueueEmail(db, { consent: 'marketing', ...message, headers: marketingHeaders(message.recipient, now) }, now)
}

/** One confirmation per address and pending token: queuing it again for the same token does nothing. */
export const newsletterConfirmationKey = (email: string, tokenHash: string) => `newsletter-confirmation:${email}:${tokenHash.slice(0, 16)}`

export const hashConfirmToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Renders the double opt-in email for a signup's token, ready for `enqueueMarketingEmail` (rendered before the signup's transaction opens). */
export async function renderNewsletterConfirmation({ email, token }: { email: string; token: string }): Promise<Omit<NewOutboxMessage, 'headers'>> {
  const confirmUrl = `${env.shopUrl}/newsletter/confirm?token=${encodeURIComponent(token)}`
  const rendered = await renderEmail(newsletterConfirmationEmail, { shop: { name: SHOP_NAME, url: `${env.shopUrl}/` }, email, confirmUrl }, { locale: 'en', utm: { source: EMAIL_UTM_SOURCE } })
  return { idempotencyKey: newsletterConfirmationKey(email, hashConfirmToken(token)), kind: newsletterConfirmationEmail.name, recipient: email, consent: 'opt_in_request', ...rendered }
}
