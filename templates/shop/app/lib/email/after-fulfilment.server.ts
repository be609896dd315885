import { npsInvitationEmail, renderEmail, reviewRequestEmail } from '@journeykit/email'
import type { Queryable } from '../db.server'
import { env } from '../env.server'
import { isDefaultVariant, orderUrl, type Order } from '../orders.server'
import { enqueueMarketingEmail, unsubscribeUrl } from './marketing-emails.server'
import { EMAIL_UTM_SOURCE, emailShop } from './order-emails.server'
import { reviewLinkPath } from './review-link.server'

const DAY_MS = 24 * 60 * 60_000

/** One review request per order and product, ever. */
export const reviewRequestKey = (orderId: string, productId: string) => `review-request:${orderId}:${productId}`

/** One NPS invitation per order, ever. */
export const npsInvitationKey = (orderId: string) => `nps-invitation:${orderId}`

/**
 * Schedules, in the fulfilment's transaction, what follows a fulfilled order through the outbox (so it
 * survives restarts): a review request per product `REVIEW_REQUEST_DELAY_DAYS` later and one NPS invitation
 * `NPS_INVITATION_DELAY_DAYS` later. Both are marketing mail (a request for a review or a score is
 * promotion under GDPR/ePrivacy, not the performance of the contract): they carry one-click unsubscribe and
 * go only if the buyer's address has a confirmed double opt-in when they are due, else they are suppressed;
 * they are suppressed too when the order was refunded or cancelled before they were due (`orderWithdrawn`).
 * Fulfilling again (a new tracking number) queues nothing new.
 */
export async function scheduleAfterFulfilmentEmails(db: Queryable, order: Order, now: Date = new Date()): Promise<void> {
  const shop = emailShop()
  const options = { locale: 'en', utm: { source: EMAIL_UTM_SOURCE } }
  const unsubscribe = unsubscribeUrl(order.email, now)
  const reviewDue = new Date(now.getTime() + env.email.reviewRequestDelayDays * DAY_MS)
  const products = new Map(order.lines.map((line) => [line.productId, line]))
  for (const [productId, line] of products) {
    const rendered = await renderEmail(
      reviewRequestEmail,
      {
        shop,
        customerName: order.address.givenName,
        orderNumber: order.id,
        product: { name: line.name, variant: isDefaultVariant(line.variantLabel) ? undefined : line.variantLabel },
        // valid for REVIEW_LINK_TTL_MS from when the request is due
        reviewUrl: `${env.shopUrl}${reviewLinkPath(line.slug, productId, order.id, reviewDue)}`,
        unsubscribeUrl: unsubscribe,
      },
      options,
    )
    await enqueueMarketingEmail(
      db,
      { idempotencyKey: reviewRequestKey(order.id, productId), kind: reviewRequestEmail.name, recipient: order.email, orderId: order.id, sendAt: reviewDue, ...rendered },
      now,
    )
  }
  const invitation = await renderEmail(
    npsInvitationEmail,
    // The order page holds the shop's NPS survey (one answer per order); its link's token lets the buyer answer.
    { shop, customerName: order.address.givenName, surveyUrl: `${env.shopUrl}${orderUrl(order.id)}#survey`, unsubscribeUrl: unsubscribe },
    options,
  )
  await enqueueMarketingEmail(
    db,
    { idempotencyKey: npsInvitationKey(order.id), kind: npsInvitationEmail.name, recipient: order.email, orderId: order.id, sendAt: new Date(now.getTime() + env.email.npsInvitationDelayDays * DAY_MS), ...invitation },
    now,
  )
}

/** Why a follow-up about an order must not go: the order was refunded (in full) or cancelled since it was queued, or null. */
export async function orderWithdrawn(db: Queryable, message: { orderId: string | null }): Promise<string | null> {
  if (!message.orderId) return null
  const { rows } = await db.query<{ status: string }>("SELECT status FROM orders WHERE id = $1 AND status IN ('refunded', 'cancelled')", [message.orderId])
  return rows[0] ? `suppressed: the order was ${rows[0].status} (${message.orderId})` : null
}

/** The score of an NPS invitation's link (`score=0…10`), which the order page preselects; anything else is ignored. */
export function linkedNpsScore(url: URL): number | null {
  const score = url.searchParams.get('score')
  return score && /^(?:[0-9]|10)$/.test(score) ? Number(score) : null
}
