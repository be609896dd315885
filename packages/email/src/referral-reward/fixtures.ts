import { sampleOrder } from '../order-confirmation/fixtures'
import type { ReferralRewardProps } from './referral-reward'

/** Ada's reward for a friend's first order (stories and tests). */
export const sampleReferralReward: ReferralRewardProps = {
  shop: sampleOrder.shop,
  customerName: sampleOrder.customerName,
  points: 500,
  balance: 722,
  accountUrl: 'https://shop.example.com/account',
  referralUrl: 'https://shop.example.com/r/ADA-7K2Q',
}
