export {
  GuestCheckout,
  type CheckoutCompletion,
  type CreatedOrder,
  type CreateOrderInput,
  type GuestCheckoutProps,
  type ShippingOption,
} from './guest-checkout'
export { ADDRESS_RULES, type AddressRule, type CheckoutDetails } from './address-rules'
