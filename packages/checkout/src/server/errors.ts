/** Why `priceCart` refused a cart. */
export type PricingErrorCode =
  | 'empty_cart'
  | 'unknown_product'
  | 'unknown_variant'
  | 'invalid_quantity'
  | 'out_of_stock'
  | 'currency_mismatch'
  | 'coupon_unknown'
  | 'coupon_expired'
  | 'coupon_min_subtotal'
  | 'coupon_exhausted'
  | 'shipping_unavailable'

/** A cart that cannot be priced; `code` says why and `details` names the line, product or coupon. */
export class PricingError extends Error {
  override readonly name = 'PricingError'
  constructor(
    readonly code: PricingErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message)
  }
}

/** The payment provider refused to create a PaymentIntent, or the order could not be paid as given. */
export class PaymentIntentError extends Error {
  override readonly name = 'PaymentIntentError'
  constructor(
    /** `invalid_amount`, or the provider's error code (`amount_too_small`, `idempotency_key_in_use`…). */
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** A webhook whose signature is missing, forged or older than the tolerance. Answer it with HTTP 400. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}
