import type { LoyaltyMember } from '../program/types'

export { programConfig } from '../program/fixtures'

/** Silver with 680 points: free shipping, the tote bag and €5 off are affordable; €15 off needs Gold. */
export const member: LoyaltyMember = { balance: 680, lifetimePoints: 1180 }

export const rewardCode = 'JK5-7QXM-4RTA'
