/**
 * A failure the payer should read as is. Reject `onCreateOrder` with one to show its message
 * instead of the generic "could not reach the payment service" (any other rejection keeps the
 * generic, translated message, so technical errors never reach the payer):
 *
 * ```ts
 * throw new CheckoutError('Aurora 5 just sold out. Review your cart.', { code: 'sold_out' })
 * ```
 *
 * The message is shown untranslated, so write it in the payer's language. `code` is sent as the
 * `reason` of `payment_failed` (default `order_rejected`).
 */
export class CheckoutError extends Error {
  /** A machine code for analytics, e.g. `sold_out`, `stale_checkout`. */
  readonly code: string | undefined

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'CheckoutError'
    this.code = options.code
  }
}

/** True for a `CheckoutError`, also one from another copy of this package. */
export function isCheckoutError(error: unknown): error is CheckoutError {
  return error instanceof CheckoutError || (error instanceof Error && error.name === 'CheckoutError')
}
