import type Stripe from 'stripe'
import { WebhookSignatureError } from './errors'

export interface WebhookHandlers {
  onPaymentSucceeded?: (intent: Stripe.PaymentIntent, event: Stripe.Event) => void | Promise<void>
  onPaymentFailed?: (intent: Stripe.PaymentIntent, event: Stripe.Event) => void | Promise<void>
  onRefunded?: (charge: Stripe.Charge, event: Stripe.Event) => void | Promise<void>
  /** Whether the event id was processed before. Default: an in-memory store for this process. */
  seen?: (eventId: string) => boolean | Promise<boolean>
  /** Records a processed event id; called only after its handler succeeded. */
  markSeen?: (eventId: string) => void | Promise<void>
}

export interface WebhookOptions {
  /**
   * The app's Stripe client (`new Stripe(secretKey)`), whose `webhooks` verify the signature.
   * Passed in rather than imported, so apps that never take Stripe payments need not install `stripe`.
   */
  stripe: Pick<Stripe, 'webhooks'>
  /** The largest accepted age of the signature, in seconds (Stripe's default: 300). */
  tolerance?: number
}

export interface WebhookResult {
  /** `duplicate`: the event id was processed before; `ignored`: no handler for the type. */
  status: 'processed' | 'duplicate' | 'ignored'
  type: string
  id: string
}

/** The ids of processed events, forgetting the oldest past `limit` so a long-lived process stays bounded. */
export function createMemoryEventStore(limit = 10_000): Required<Pick<WebhookHandlers, 'seen' | 'markSeen'>> {
  const ids = new Set<string>()
  return {
    seen: (eventId) => ids.has(eventId),
    markSeen: (eventId) => {
      ids.add(eventId)
      if (ids.size > limit) ids.delete(ids.values().next().value!)
    },
  }
}

const defaultStore = createMemoryEventStore()

/**
 * Verifies and dispatches a Stripe webhook. Pass the raw request body (not parsed JSON). A
 * redelivered event (same id) changes nothing. When a handler throws, the event is not marked
 * seen and the error propagates: answer 500 so Stripe retries.
 *
 * @throws {WebhookSignatureError} when the signature header is missing, forged or stale: answer 400.
 */
export async function handleStripeWebhook(
  rawBody: string | Buffer,
  signatureHeader: string | undefined,
  secret: string,
  handlers: WebhookHandlers,
  options: WebhookOptions,
): Promise<WebhookResult> {
  if (!signatureHeader) throw new WebhookSignatureError('Missing Stripe-Signature header.')
  let event: Stripe.Event
  try {
    event = options.stripe.webhooks.constructEvent(rawBody, signatureHeader, secret, options.tolerance)
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : 'Invalid Stripe signature.', { cause: error })
  }
  const seen = handlers.seen ?? defaultStore.seen
  const markSeen = handlers.markSeen ?? defaultStore.markSeen
  const result = { type: event.type, id: event.id }
  if (await seen(event.id)) return { status: 'duplicate', ...result }

  let handled = false
  if (event.type === 'payment_intent.succeeded' && handlers.onPaymentSucceeded) {
    await handlers.onPaymentSucceeded(event.data.object, event)
    handled = true
  } else if (event.type === 'payment_intent.payment_failed' && handlers.onPaymentFailed) {
    await handlers.onPaymentFailed(event.data.object, event)
    handled = true
  } else if (event.type === 'charge.refunded' && handlers.onRefunded) {
    await handlers.onRefunded(event.data.object, event)
    handled = true
  }
  await markSeen(event.id)
  return { status: handled ? 'processed' : 'ignored', ...result }
}
