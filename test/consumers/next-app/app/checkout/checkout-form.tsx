'use client'
// The payment adapter is an object of functions, so it is created on the client.
import { GuestCheckout, type CheckoutCart } from '@journeykit/checkout'
import { createTestAdapter } from '@journeykit/checkout/test'
import * as shop from '../../shared/data'
import { applyCoupon, createOrder } from '../actions'

const adapter = createTestAdapter({ latency: 100 })

export function CheckoutForm({ cart }: { cart: CheckoutCart }) {
  return (
    <GuestCheckout
      checkoutId="co_consumer_next"
      cart={cart}
      shippingMethods={shop.shippingMethods}
      defaultValues={{ country: 'DE' }}
      adapter={adapter}
      onApplyCoupon={applyCoupon}
      onCreateOrder={createOrder}
    />
  )
}
