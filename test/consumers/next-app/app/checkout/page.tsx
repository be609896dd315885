import { CouponField, OrderSummary } from '@journeykit/checkout'
import { applyCoupon } from '../actions'
import { pricedCart } from '../pricing'
import { CheckoutForm } from './checkout-form'

export default async function CheckoutPage() {
  const cart = await pricedCart()
  return (
    <>
      <OrderSummary cart={cart} />
      <CouponField onApply={applyCoupon} />
      <CheckoutForm cart={cart} />
    </>
  )
}
