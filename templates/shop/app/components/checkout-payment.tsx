import type { Money } from '@journeykit/core'
import type { PaymentAdapter } from '@journeykit/checkout'
import { createStripeAdapter } from '@journeykit/checkout/stripe'
import { createTestAdapter } from '@journeykit/checkout/test'
import { loadStripe } from '@stripe/stripe-js/pure'
import { useRef, useState } from 'react'

export interface PaymentAdapterOptions {
  /** Stripe's publishable key from the public config; null runs the offline test adapter. */
  stripePublishableKey: string | null
  /** Creates (or returns, for the same key) the order's PaymentIntent on the server. */
  getClientSecret: (input: { orderId: string; amount: Money; idempotencyKey: string }) => Promise<string>
}

/**
 * The checkout's payment adapter, made once per page: Stripe's Payment Element when a publishable
 * key is configured, else the offline test adapter (4242 4242 4242 4242 pays).
 */
export function usePaymentAdapter({ stripePublishableKey, getClientSecret }: PaymentAdapterOptions): PaymentAdapter {
  const latest = useRef(getClientSecret)
  latest.current = getClientSecret
  const [adapter] = useState<PaymentAdapter>(() =>
    stripePublishableKey
      ? createStripeAdapter({
          stripe: typeof window === 'undefined' ? null : loadStripe(stripePublishableKey),
          getClientSecret: (input) => latest.current(input),
          returnUrl: typeof window === 'undefined' ? '/' : new URL('/checkout', window.location.href).toString(),
          expressCheckout: true,
        })
      : createTestAdapter({ latency: 600 }),
  )
  return adapter
}
