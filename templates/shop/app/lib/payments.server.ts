import { createPaymentIntent, handleStripeWebhook, type WebhookOptions, type WebhookResult } from '@journeykit/checkout/server'
import Stripe from 'stripe'
import type { Database, Queryable } from './db.server'
import { env } from './env.server'
import type { Money } from '@journeykit/core'
import {
  findOrderIdByPaymentId,
  getOrder,
  isPaymentReturned,
  markFailed,
  markPaid,
  OrderNotFoundError,
  OrderStateError,
  recordReturnedPayment,
  refundOrder,
  type Order,
} from './orders.server'

let client: Stripe | undefined

/** The Stripe client when STRIPE_* keys are configured, else undefined (the shop runs on the test adapter). */
export function stripeClient(): Stripe | undefined {
  if (!env.stripe) return undefined
  client ??= new Stripe(env.stripe.secretKey)
  return client
}

/**
 * The client secret of the PaymentIntent for a pending order: the amount is the order's stored
 * total, never the browser's. The same checkout attempt gets the same intent (Stripe's
 * idempotency key is the attempt's key with the order number).
 */
export async function paymentIntentSecret(stripe: Stripe, order: Order, idempotencyKey: string): Promise<string> {
  const intent = await createPaymentIntent(
    stripe,
    { id: order.id, total: order.total, customerEmail: order.email, metadata: { checkoutId: order.checkoutId } },
    { idempotencyKey: `${order.id}:${idempotencyKey}` },
  )
  return intent.clientSecret
}

/** Gives a payment back to the customer; calling it twice for one payment refunds once. */
export interface PaymentRefunder {
  /** @returns the provider's refund id. */
  refund(payment: { orderId: string; paymentId: string; amount: Money }): Promise<string>
}

/** Stripe mode: a full refund of the PaymentIntent (Stripe's idempotency key is the payment's id). */
export function stripeRefunder(stripe: Stripe): PaymentRefunder {
  return {
    async refund({ orderId, paymentId }) {
      const refund = await stripe.refunds.create(
        { payment_intent: paymentId, reason: 'requested_by_customer', metadata: { orderId, cause: 'order_not_payable' } },
        { idempotencyKey: `refund-unpayable:${paymentId}` },
      )
      return refund.id
    },
  }
}

/** Test mode: the offline adapter moved no money, so its refund is the record alone. */
export const testRefunder: PaymentRefunder = {
  async refund({ paymentId }) {
    return `re_test_${paymentId.replace(/^pi_(test_)?/, '')}`
  },
}

export type SettledPayment = { outcome: 'paid'; order: Order } | { outcome: 'refunded' | 'already_refunded'; refundId?: string }

/**
 * A payment succeeded: the pending order becomes paid. When the order cannot take it any more
 * (cancelled meanwhile, or already paid with another payment) the payment is refunded through
 * `refunder`, recorded in `order_refunds` (a cancelled order becomes `refunded`) and logged as a
 * refund. A redelivery of the same payment changes nothing (`paid` again for the payment that paid the order).
 *
 * @throws {OrderNotFoundError}; the refunder's errors (the caller retries).
 */
export async function settleSucceededPayment(
  db: Database,
  payment: { orderId: string; paymentId: string; amount: Money },
  refunder: PaymentRefunder,
  now: Date = new Date(),
): Promise<SettledPayment> {
  try {
    return { outcome: 'paid', order: await markPaid(db, payment.orderId, payment.paymentId, now) }
  } catch (error) {
    if (!(error instanceof OrderStateError)) throw error
  }
  const order = await getOrder(db, payment.orderId)
  if (!order) throw new OrderNotFoundError(payment.orderId)
  if (await isPaymentReturned(db, payment.paymentId)) return { outcome: 'already_refunded' }
  // A repeat of the payment that paid the order (since fulfilled or refunded by the merchant): nothing to give back.
  if (order.paymentId === payment.paymentId) return { outcome: 'paid', order }
  const refundId = await refunder.refund(payment)
  if (await recordReturnedPayment(db, { ...payment, refundId }, now)) {
    console.info(
      `[shop] refund: payment ${payment.paymentId} (${payment.amount.amount} ${payment.amount.currency}) arrived for order ${order.id}, which was ${order.status}; refunded as ${refundId}`,
    )
  }
  return { outcome: 'refunded', refundId }
}

/** Webhook event ids already handled, kept in the database so a redelivery is ignored across restarts. */
export function processedWebhookStore(db: Queryable) {
  return {
    async seen(eventId: string) {
      const { rows } = await db.query('SELECT 1 FROM processed_webhooks WHERE event_id = $1', [eventId])
      return rows.length > 0
    },
    async markSeen(eventId: string) {
      await db.query('INSERT INTO processed_webhooks (event_id) VALUES ($1) ON CONFLICT DO NOTHING', [eventId])
    },
  }
}

/**
 * Verifies a Stripe webhook and moves the order on: `payment_intent.succeeded` → paid (when the
 * amount matches the order; a payment for an order cancelled meanwhile is refunded, see
 * `settleSucceededPayment`), `payment_intent.payment_failed` → cancelled, `charge.refunded`
 * (in full) → refunded. Events for unknown orders or that no longer apply (a late failure of an
 * order paid meanwhile) are acknowledged and logged, so Stripe stops resending them.
 *
 * @throws {WebhookSignatureError} for a missing, forged or stale signature: answer 400.
 */
export async function processStripeWebhook(
  db: Database,
  rawBody: string | Buffer,
  signature: string | undefined,
  secret: string,
  options: WebhookOptions & { stripe: Stripe },
  refunder: PaymentRefunder = stripeRefunder(options.stripe),
): Promise<WebhookResult> {
  return handleStripeWebhook(
    rawBody,
    signature,
    secret,
    {
      ...processedWebhookStore(db),
      async onPaymentSucceeded(intent) {
        const orderId = intent.metadata?.orderId
        if (!orderId) return
        const order = await getOrder(db, orderId)
        if (!order) return warn(`payment ${intent.id} names an unknown order ${orderId}`)
        const amount = { amount: intent.amount, currency: intent.currency.toUpperCase() }
        if (order.status === 'pending' && (amount.amount !== order.total.amount || amount.currency !== order.total.currency)) {
          return warn(`payment ${intent.id} of ${intent.amount} ${intent.currency} does not match order ${orderId}: not marked paid`)
        }
        await settleSucceededPayment(db, { orderId, paymentId: intent.id, amount }, refunder)
      },
      async onPaymentFailed(intent) {
        const orderId = intent.metadata?.orderId
        if (orderId) await settle(() => markFailed(db, orderId))
      },
      async onRefunded(charge) {
        if (!charge.refunded) return // a partial refund: the order stays paid
        const paymentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id
        // Only the payment that paid an order refunds it: the charge's metadata names the order for any
        // payment of it, including a second one the shop returned itself (the order keeps the first).
        const orderId = paymentId ? await findOrderIdByPaymentId(db, paymentId) : null
        if (!orderId) return warn(`refund of charge ${charge.id} is for no order's payment: nothing to change`)
        await settle(() => refundOrder(db, orderId))
      },
    },
    options,
  )
}

/** Runs a transition; one that no longer applies is logged, anything else propagates (500: Stripe retries). */
async function settle(transition: () => Promise<unknown>): Promise<void> {
  try {
    await transition()
  } catch (error) {
    if (error instanceof OrderStateError || error instanceof OrderNotFoundError) return warn(error.message)
    throw error
  }
}

function warn(message: string): void {
  console.warn(`[shop] stripe webhook: ${message}`)
}
