import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { newsletterConfirmationEmail, renderEmail } from '@journeykit/email'
import type { Queryable } from '../db.server'
import { env } from '../env.server'
import { SHOP_NAME } from '../reviews.server'
import { EMAIL_UTM_SOURCE } from './order-emails.server'
import { enqueueEmail, type NewOutboxMessage } from './outbox.server'

const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe:'

const unsubscribeSignature = (email: string) => createHmac('sha256', env.sessionSecret).update(UNSUBSCRIBE_PURPOSE + email).digest('base64url')

/**
 * The token of an address's unsubscribe link: the address and its signature, so a link in any
 * marketing message ever sent keeps working without a stored secret per message.
 */
export function unsubscribeToken(email: string): string {
  return `${Buffer.from(email).toString('base64url')}.${unsubscribeSignature(email)}`
}

/** The address an unsubscribe token was made for, or null when it is not one of the shop's. */
export function emailOfUnsubscribeToken(token: string): string | null {
  const [encoded, signature, ...rest] = token.split('.')
  if (!encoded || !signature || rest.length > 0) return null
  const email = Buffer.from(encoded, 'base64url').toString()
  const expected = Buffer.from(unsubscribeSignature(email))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected) ? email : null
}

export const unsubscribeUrl = (email: string) => `${env.shopUrl}/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeToken(email))}`

/** The headers of every marketing message: one-click unsubscribe (RFC 8058) that mail providers show as a button. */
export function marketingHeaders(email: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl(email)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

/**
 * Queues a marketing message with its unsubscribe headers, sent only if the recipient still consents when
 * it is due (`consent`, default `marketing`). Transactional mail goes through `enqueueEmail` without them.
 */
export function enqueueMarketingEmail(db: Queryable, message: Omit<NewOutboxMessage, 'headers'>, now: Date = new Date()): Promise<boolean> {
  return enqueueEmail(db, { consent: 'marketing', ...message, headers: marketingHeaders(message.recipient) }, now)
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
