import type { LoyaltyReward, LoyaltyTier, TierProgress } from './types'

/** The tiers from lowest to highest. */
export function sortTiers(tiers: readonly LoyaltyTier[]): LoyaltyTier[] {
  return [...tiers].sort((a, b) => a.minPoints - b.minPoints)
}

/** The tier for that many lifetime points: the highest whose `minPoints` it reaches (boundaries inclusive). */
export function tierFor(tiers: readonly LoyaltyTier[], lifetimePoints: number): LoyaltyTier {
  const sorted = sortTiers(tiers)
  let tier = sorted[0]
  if (!tier) throw new Error('A loyalty program needs at least one tier')
  for (const candidate of sorted) if (lifetimePoints >= candidate.minPoints) tier = candidate
  return tier
}

/** The current tier, the next one and how far along the way there the customer is. */
export function progressToNextTier(tiers: readonly LoyaltyTier[], lifetimePoints: number): TierProgress {
  const current = tierFor(tiers, lifetimePoints)
  const next = sortTiers(tiers).find((tier) => tier.minPoints > current.minPoints) ?? null
  if (!next) return { current, next: null, pointsToNext: 0, ratio: 1 }
  const span = next.minPoints - current.minPoints
  const done = Math.max(0, lifetimePoints - current.minPoints)
  return { current, next, pointsToNext: next.minPoints - Math.max(lifetimePoints, current.minPoints), ratio: Math.min(1, done / span) }
}

/** Whether a customer in `tierId` is in `reward.minTier` or above. */
export function tierAllows(tiers: readonly LoyaltyTier[], tierId: string | undefined, reward: LoyaltyReward): boolean {
  if (!reward.minTier) return true
  const sorted = sortTiers(tiers)
  const rank = (id: string | undefined) => sorted.findIndex((tier) => tier.id === id)
  const required = rank(reward.minTier)
  // An unknown minimum tier can never be reached; an unknown customer tier is the lowest.
  return required !== -1 && Math.max(rank(tierId), 0) >= required
}
