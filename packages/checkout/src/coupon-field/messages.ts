import { defineMessages } from '@journeykit/ui'

export const couponFieldMessages = defineMessages({
  en: {
    'checkout.coupon.label': 'Discount code',
    'checkout.coupon.apply': 'Apply',
    'checkout.coupon.remove': 'Remove code {code}',
    'checkout.coupon.applied': 'Code {code} applied: you save {discount}.',
    'checkout.coupon.empty': 'Enter a discount code.',
    'checkout.coupon.coupon_unknown': 'This code does not exist.',
    'checkout.coupon.coupon_expired': 'This code has expired.',
    'checkout.coupon.coupon_min_subtotal': 'Your order is below this code’s minimum.',
    'checkout.coupon.coupon_exhausted': 'This code has been used up.',
    'checkout.coupon.denied': 'This code cannot be used.',
  },
})
