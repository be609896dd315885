import type { LoyaltyProgramConfig } from './types'

/** A realistic program: 1 point per euro, four tiers, rewards from free shipping to a tote bag. */
export const programConfig: LoyaltyProgramConfig = {
  earn: { currency: 'EUR', pointsPerUnit: 1, actions: { review: 50, referral: 500 } },
  tiers: [
    { id: 'bronze', name: 'Bronze', minPoints: 0 },
    { id: 'silver', name: 'Silver', minPoints: 500 },
    { id: 'gold', name: 'Gold', minPoints: 1500 },
    { id: 'platinum', name: 'Platinum', minPoints: 5000 },
  ],
  rewards: [
    { id: 'free-shipping', name: 'Free shipping on your next order', points: 200 },
    { id: 'five-off', name: '€5 off your next order', points: 500 },
    { id: 'welcome-tote', name: 'Organic cotton tote bag', points: 300, oneTime: true },
    { id: 'fifteen-off', name: '€15 off your next order', points: 1200, minTier: 'gold' },
    { id: 'early-access', name: 'Early access to the winter sale', points: 800, minTier: 'platinum', available: false },
  ],
  expiry: { afterDays: 365 },
}
