'use client'
import { useLocale } from '@journeykit/ui'
import { Elements, ExpressCheckoutElement, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js'
import type { Appearance, Stripe, StripeElements, StripeElementLocale } from '@stripe/stripe-js'
import { useEffect, useRef } from 'react'
import type { Money } from '@journeykit/core'
import type { PaymentAdapter, PaymentElementProps, PaymentResult } from '../payment/adapter'

export interface StripeAdapterOptions {
  /** `loadStripe(publishableKey)`: a Stripe instance or the promise of one. */
  stripe: Stripe | PromiseLike<Stripe | null> | null
  /**
   * Creates (or, for the same key, returns) the PaymentIntent on your server, e.g. with
   * `createPaymentIntent` from `@journeykit/checkout/server`, and resolves to its client secret.
   */
  getClientSecret: (input: { orderId: string; amount: Money; idempotencyKey: string }) => Promise<string>
  /** Where Stripe sends the payer back after a redirect-based method. */
  returnUrl: string
  /** Also show the Express Checkout Element (Apple Pay, Google Pay, Link). */
  expressCheckout?: boolean
  appearance?: Appearance
  /** Default 'Stripe'. */
  label?: string
}

const STRIPE_LOCALES: Record<string, StripeElementLocale> = { en: 'en', de: 'de', 'zh-CN': 'zh', ro: 'ro' }
const PAID_STATUSES = new Set(['succeeded', 'processing', 'requires_capture'])

/**
 * Pays with Stripe's Payment Element (and Express Checkout Element) in the deferred-intent
 * flow: the fields render before an order exists; on pay the adapter validates them
 * (`elements.submit()`), asks the app for the client secret, and calls
 * `stripe.confirmPayment({ redirect: 'if_required' })`, which runs 3-D Secure in Stripe's own
 * modal. Declines resolve as `failed` with Stripe's message, already in the payer's language.
 */
export function createStripeAdapter({ stripe, getClientSecret, returnUrl, expressCheckout = false, appearance, label = 'Stripe' }: StripeAdapterOptions): PaymentAdapter {
  let current: { stripe: Stripe | null; elements: StripeElements | null } = { stripe: null, elements: null }

  function Bridge({ onCompleteChange, disabled }: Pick<PaymentElementProps, 'onCompleteChange' | 'disabled'>) {
    const stripeInstance = useStripe()
    const elements = useElements()
    const root = useRef<HTMLDivElement>(null)
    useEffect(() => {
      current = { stripe: stripeInstance, elements }
      return () => {
        current = { stripe: null, elements: null }
      }
    }, [stripeInstance, elements])
    return (
      <div ref={root} data-jk-stripe-payment="">
        {expressCheckout && (
          <ExpressCheckoutElement
            onConfirm={() => {
              // Runs the checkout's own pay flow (validation, order, confirm) for the wallet payment.
              onCompleteChange(true)
              root.current?.closest('form')?.requestSubmit()
            }}
          />
        )}
        <PaymentElement options={{ readOnly: disabled }} onChange={(event) => onCompleteChange(event.complete)} />
      </div>
    )
  }

  function StripePaymentElement({ amount, onCompleteChange, disabled }: PaymentElementProps) {
    const { locale } = useLocale()
    return (
      <Elements
        stripe={stripe}
        options={{ mode: 'payment', amount: amount.amount, currency: amount.currency.toLowerCase(), locale: STRIPE_LOCALES[locale] ?? 'auto', ...(appearance ? { appearance } : {}) }}
      >
        <Bridge onCompleteChange={onCompleteChange} disabled={disabled} />
      </Elements>
    )
  }

  return {
    id: 'stripe',
    label,
    Element: StripePaymentElement,
    async confirm({ orderId, amount, idempotencyKey, billingDetails }): Promise<PaymentResult> {
      const { stripe: stripeInstance, elements } = current
      if (!stripeInstance || !elements) return { status: 'failed', reason: 'not_ready' }
      const submitted = await elements.submit()
      if (submitted.error) return { status: 'failed', reason: submitted.error.code ?? 'incomplete', message: submitted.error.message }
      const clientSecret = await getClientSecret({ orderId, amount, idempotencyKey })
      const { address } = billingDetails
      const result = await stripeInstance.confirmPayment({
        elements,
        clientSecret,
        redirect: 'if_required',
        confirmParams: {
          return_url: returnUrl,
          payment_method_data: {
            billing_details: {
              name: billingDetails.name,
              email: billingDetails.email,
              phone: billingDetails.phone ?? null,
              address: {
                line1: address.line1,
                line2: address.line2 ?? null,
                city: address.city,
                state: address.state ?? null,
                postal_code: address.postalCode,
                country: address.country,
              },
            },
          },
        },
      })
      if (result.error) {
        const { error } = result
        return { status: 'failed', reason: error.decline_code ?? error.code ?? error.type, message: error.message }
      }
      const intent = result.paymentIntent
      if (PAID_STATUSES.has(intent.status)) return { status: 'succeeded', paymentId: intent.id }
      if (intent.status === 'requires_action') return { status: 'requires_action', paymentId: intent.id }
      return { status: 'failed', reason: intent.status }
    },
  }
}
