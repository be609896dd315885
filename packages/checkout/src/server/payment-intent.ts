import type { Money } from '@journeykit/core'
import type Stripe from 'stripe'
import { PaymentIntentError } from './errors'

export interface PayableOrder {
  id: string
  /** The authoritative total, e.g. from `priceCart`. */
  total: Money
  customerEmail?: string
  metadata?: Record<string, string>
}

export interface CreatedPaymentIntent {
  id: string
  /** Hand this to the browser (the Stripe adapter's `getClientSecret`), never log it. */
  clientSecret: string
  status: Stripe.PaymentIntent.Status
}

/**
 * Creates the PaymentIntent for an order. The same `idempotencyKey` (one per checkout attempt)
 * returns the same intent, so a retried request never charges twice.
 *
 * @throws {PaymentIntentError} `invalid_amount` for a non-positive or fractional total, or the
 * Stripe error's code when Stripe refuses.
 */
export async function createPaymentIntent(
  stripe: Stripe,
  order: PayableOrder,
  { idempotencyKey }: { idempotencyKey: string },
): Promise<CreatedPaymentIntent> {
  const { amount, currency } = order.total
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new PaymentIntentError('invalid_amount', `Order ${order.id} has an invalid total: ${amount}.`)
  }
  try {
    const intent = await stripe.paymentIntents.create(
      {
        amount,
        currency: currency.toLowerCase(),
        automatic_payment_methods: { enabled: true },
        metadata: { ...order.metadata, orderId: order.id },
        ...(order.customerEmail ? { receipt_email: order.customerEmail } : {}),
      },
      { idempotencyKey },
    )
    if (!intent.client_secret) throw new PaymentIntentError('missing_client_secret', `PaymentIntent ${intent.id} has no client secret.`)
    return { id: intent.id, clientSecret: intent.client_secret, status: intent.status }
  } catch (error) {
    if (error instanceof PaymentIntentError) throw error
    const stripeError = error as { code?: string; rawType?: string; message?: string }
    throw new PaymentIntentError(stripeError.code ?? stripeError.rawType ?? 'stripe_error', stripeError.message ?? String(error), { cause: error })
  }
}
