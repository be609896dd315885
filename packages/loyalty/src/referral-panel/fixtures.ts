import type { ReferralStats } from './referral-panel'

export const referral = {
  referralCode: 'K7MX2QPA',
  referralUrl: 'https://shop.example/r/K7MX2QPA',
  refereeReward: { amount: 1000, currency: 'EUR' },
  referrerReward: { amount: 1000, currency: 'EUR' },
}

/** Seven friends invited, three ordered: €30 earned. */
export const referralStats: ReferralStats = { invited: 7, converted: 3, earned: { amount: 3000, currency: 'EUR' } }
