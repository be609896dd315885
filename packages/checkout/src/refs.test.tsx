import { renderWithJourney } from '@journeykit/react/testing'
import { createRef, type ReactElement, type Ref } from 'react'
import { expect, it } from 'vitest'
import { describeRefForwarding, type RefForwardingCase } from '../../../test/ref-forwarding'
import { cart, defaultValues, shippingMethods } from './guest-checkout/fixtures'
import { CouponField, GuestCheckout, OrderSummary } from './index'
import { createTestAdapter } from './test-adapter'

// forwardRef: a ref reaches the block's root element on React 18 as on 19.
const blocks: RefForwardingCase[] = [
  {
    name: 'GuestCheckout',
    root: '[data-jk-guest-checkout]',
    element: (ref) => (
      <GuestCheckout
        ref={ref}
        checkoutId="co_refs"
        cart={cart}
        shippingMethods={shippingMethods}
        defaultValues={defaultValues}
        adapter={createTestAdapter()}
        onCreateOrder={async () => ({ orderId: 'order_1' })}
      />
    ),
  },
  { name: 'OrderSummary', root: '[data-jk-order-summary]', element: (ref) => <OrderSummary ref={ref} cart={cart} /> },
  { name: 'CouponField', root: '[data-jk-coupon-field]', element: (ref) => <CouponField ref={ref} onApply={async () => ({ status: 'denied', reason: 'coupon_unknown' })} /> },
]

describeRefForwarding(renderWithJourney, blocks)

it('moves the ref to the root the checkout renders next: loading, then the form', () => {
  const ref = createRef<HTMLDivElement>()
  const props = { checkoutId: 'co_refs', cart, shippingMethods, adapter: createTestAdapter(), onCreateOrder: async () => ({ orderId: 'order_1' }) }
  const { rerender } = renderWithJourney(<GuestCheckout ref={ref} status="loading" {...props} />)
  expect(ref.current).toHaveAttribute('data-state', 'loading')
  rerender(<GuestCheckout ref={ref} {...props} />)
  expect(ref.current).toHaveAttribute('data-jk-guest-checkout')
  expect(ref.current).not.toHaveAttribute('data-state', 'loading')
})
