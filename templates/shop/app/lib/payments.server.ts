import { createPaymentIntent, handleStripeWebhook, type WebhookOptions, type WebhookResult } from '@journeykit/checkout/server'
import Stripe from 'stripe'
import type { Database, Queryable } from './db.server'
import { env } from './env.server'
import { findOrderIdByPaymentId, getOrder, markFailed, markPaid, OrderNotFoundError, OrderStateError, refundOrder, type Order } from './orders.server'

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
 * amount matches the order), `payment_intent.payment_failed` → cancelled, `charge.refunded`
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
  options: WebhookOptions,
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
        if (intent.amount !== order.total.amount || intent.currency.toUpperCase() !== order.total.currency) {
          return warn(`payment ${intent.id} of ${intent.amount} ${intent.currency} does not match order ${orderId}: not marked paid`)
        }
        await settle(() => markPaid(db, orderId, intent.id))
      },
      async onPaymentFailed(intent) {
        const orderId = intent.metadata?.orderId
        if (orderId) await settle(() => markFailed(db, orderId))
      },
      async onRefunded(charge) {
        if (!charge.refunded) return // a partial refund: the order stays paid
        const paymentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id
        const orderId = (paymentId && (await findOrderIdByPaymentId(db, paymentId))) || charge.metadata?.orderId
        if (orderId) await settle(() => refundOrder(db, orderId))
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
