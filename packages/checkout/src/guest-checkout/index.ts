export {
  GuestCheckout,
  type CheckoutCompletion,
  type CreatedOrder,
  type CreateOrderInput,
  type GuestCheckoutProps,
  type PaymentFailure,
  type ShippingOption,
} from './guest-checkout'
export { ADDRESS_RULES, type AddressRule, type CheckoutDetails } from './address-rules'
export { CheckoutError } from './checkout-error'
