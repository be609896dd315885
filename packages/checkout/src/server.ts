// Server-only entry point: no React, no 'use client'. Safe in Node, edge and React Server Components.
export {
  priceCart,
  type Catalog,
  type CatalogProduct,
  type CartLineInput,
  type Coupon,
  type PricedCart,
  type PricedLine,
  type PricingOptions,
  type PricingRules,
  type ShippingMethod,
  type TaxRules,
} from './server/pricing'
export { createPaymentIntent, type CreatedPaymentIntent, type PayableOrder } from './server/payment-intent'
export {
  createMemoryEventStore,
  handleStripeWebhook,
  type WebhookHandlers,
  type WebhookOptions,
  type WebhookResult,
} from './server/webhook'
export { PaymentIntentError, PricingError, WebhookSignatureError, type PricingErrorCode } from './server/errors'
