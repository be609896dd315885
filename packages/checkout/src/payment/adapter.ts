import type { Money } from '@journeykit/core'
import type { ComponentType } from 'react'

/** What the payment provider needs to know about the payer (from the checkout form). */
export interface BillingDetails {
  name: string
  email: string
  phone?: string
  address: {
    line1: string
    line2?: string
    city: string
    state?: string
    postalCode: string
    /** ISO 3166-1 alpha-2. */
    country: string
  }
}

export interface PaymentConfirmInput {
  /** The order the app created (`onCreateOrder`). */
  orderId: string
  /** The server-priced total to charge. */
  amount: Money
  /** One per checkout attempt and reused when the same attempt is retried. */
  idempotencyKey: string
  billingDetails: BillingDetails
}

/**
 * The outcome of a payment attempt.
 * - `succeeded`: paid (or accepted and processing); `paymentId` is the provider's id.
 * - `failed`: declined or not completed; `reason` is a machine code (`card_declined`,
 *   `authentication_failed`, `incomplete`, `network_error`, or the provider's decline code);
 *   `message` is the provider's text for the payer, when it has one.
 * - `requires_action`: the provider needs a step the adapter could not run inline (e.g. a
 *   redirect); the checkout keeps the form and asks the payer to try again.
 */
export type PaymentResult =
  | { status: 'succeeded'; paymentId: string }
  | { status: 'failed'; reason: string; message?: string }
  | { status: 'requires_action'; paymentId?: string; message?: string }

/** Props GuestCheckout passes to an adapter's `Element`. */
export interface PaymentElementProps {
  /** The amount the payer is about to pay, for wallets and the provider's UI. */
  amount: Money
  /** Report whether the payment details are complete enough to pay. */
  onCompleteChange(complete: boolean): void
  /** True after a submit attempt: show the inline errors of every incomplete field. */
  showErrors: boolean
  /** True while a payment is under way. */
  disabled: boolean
  /** The id of the element that labels the payment fieldset (for `aria-labelledby`). */
  labelledBy?: string
}

/**
 * A payment method the checkout can use. `Element` renders the payment fields inside the
 * checkout form; `confirm` charges once the order exists. Card data stays inside the adapter:
 * the checkout never sees it and never persists it.
 */
export interface PaymentAdapter {
  /** Short machine name, sent as `paymentMethod` in events ('stripe', 'test'). */
  id: string
  /** Human name of the method. */
  label: string
  /** True when no real money moves: the checkout shows a test-mode notice. */
  testMode?: boolean
  Element: ComponentType<PaymentElementProps>
  /** Charges the order. Resolves with the outcome; rejects only on a network or programming error. */
  confirm(input: PaymentConfirmInput): Promise<PaymentResult>
}
