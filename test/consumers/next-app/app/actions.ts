'use server'
// The shop's server side, reached from the client blocks as Server Actions.
import type { CouponOutcome } from '@journeykit/checkout'
import { PricingError, priceCart } from '@journeykit/checkout/server'
import type { RewardRedemption } from '@journeykit/loyalty'
import { cartLines, catalog, pricingRules } from './pricing'

export async function subscribe(values: { email: string; marketingConsent: boolean }): Promise<void> {
  if (!values.email.includes('@')) throw new Error('invalid email')
}

export async function addToCart(): Promise<void> {}

export async function voteHelpful(): Promise<void> {}

export async function submitReview(): Promise<{ reviewId: string }> {
  return { reviewId: 'rev-041' }
}

export async function applyCoupon(code: string): Promise<CouponOutcome> {
  try {
    const priced = await priceCart(cartLines, catalog, pricingRules, { country: 'DE', shippingMethod: 'standard', coupon: code })
    return { status: 'applied', discount: priced.discount }
  } catch (error) {
    if (error instanceof PricingError) return { status: 'denied', reason: error.code }
    throw error
  }
}

export async function createOrder(): Promise<{ orderId: string }> {
  return { orderId: 'order_1001' }
}

export async function redeemReward(): Promise<RewardRedemption> {
  return { ok: true, code: 'JK5-7QXM-4RTA' }
}

export async function submitSurvey(): Promise<void> {}
