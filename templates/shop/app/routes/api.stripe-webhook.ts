import { WebhookSignatureError } from '@journeykit/checkout/server'
import { data } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { processStripeWebhook, stripeClient } from '../lib/payments.server'
import type { Route } from './+types/api.stripe-webhook'

export function loader() {
  return data({ error: 'Stripe posts webhooks here.' }, { status: 405, headers: { Allow: 'POST' } })
}

/**
 * POST /api/stripe/webhook — Stripe's events for the shop's PaymentIntents (see
 * `processStripeWebhook`). 404 when Stripe is not configured, 400 for a bad signature, 200 once
 * handled (a redelivery too); a 500 makes Stripe retry.
 */
export async function action({ request }: Route.ActionArgs) {
  const stripe = stripeClient()
  if (!env.stripe || !stripe) return data({ error: 'Stripe is not configured for this shop.' }, { status: 404 })
  if (request.method !== 'POST') return data({ error: 'Use POST.' }, { status: 405, headers: { Allow: 'POST' } })
  // The signature covers the exact bytes Stripe sent: read the raw body, never parsed JSON.
  const rawBody = Buffer.from(await request.arrayBuffer())
  try {
    const signature = request.headers.get('stripe-signature') ?? undefined
    const result = await processStripeWebhook(await getDatabase(), rawBody, signature, env.stripe.webhookSecret, { stripe })
    return data({ received: true, status: result.status })
  } catch (error) {
    if (error instanceof WebhookSignatureError) return data({ error: 'Invalid signature.' }, { status: 400 })
    throw error
  }
}
