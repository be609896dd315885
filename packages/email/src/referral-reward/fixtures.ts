import { sampleOrder } from '../order-confirmation/fixtures'
import type { ReferralRewardProps } from './referral-reward'

/** Ada's reward for a friend's first order (stories and tests). */
export const sampleReferralReward: ReferralRewardProps = {
  shop: sampleOrder.shop,
  customerName: sampleOrder.customerName,
  reward: { points: 500, balance: 722 },
  accountUrl: 'https://shop.example.com/account',
  referralUrl: 'https://shop.example.com/r/ADA-7K2Q',
}

/** The same thank-you as a single-use €10 code, as the Northwind shop gives it. */
export const sampleReferralCodeReward: ReferralRewardProps = {
  ...sampleReferralReward,
  reward: { code: 'THANKS-7K2Q', amount: { amount: 1000, currency: 'EUR' }, expiresAt: '2027-11-22T00:00:00.000Z' },
  accountUrl: 'https://shop.example.com/account#rewards',
}
