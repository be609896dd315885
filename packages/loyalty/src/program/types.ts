import type { Money } from '@journeykit/core'

/** What a ledger entry records. */
export type LedgerEntryKind = 'earn' | 'redeem' | 'expire' | 'void' | 'adjust'

/**
 * One line of a customer's points history. The ledger is the only record: balances, lifetime
 * points and tiers are always computed from the entries, never stored, so they cannot disagree.
 */
export interface LedgerEntry {
  id: string
  customerId: string
  kind: LedgerEntryKind
  /** Signed: positive for `earn` (and positive `adjust`), negative for `redeem`, `expire`, `void`. */
  points: number
  /** Why: `'order'`, an earn action such as `'review'`, `'reward'`, `'expiry'`, `'refund'`, or the app's own reason. */
  reason: string
  orderId?: string
  rewardId?: string
  /** ISO 8601 time. */
  occurredAt: string
  /** ISO 8601 time after which the points of this entry (as far as they are unspent) expire. */
  expiresAt?: string
}

export interface LoyaltyEarnRules {
  /** The currency orders earn in; orders in other currencies earn nothing. */
  currency: string
  /**
   * Points per whole unit of `currency` (1 → €1 earns 1 point). The amount arrives in integer
   * minor units and the result is rounded down: €19.99 at 1 point per unit earns 19 points.
   */
  pointsPerUnit: number
  /** Bonus points per action, e.g. `{ review: 50, referral: 500 }`. */
  actions?: Readonly<Record<string, number>>
}

export interface LoyaltyTier {
  id: string
  /** Shown to customers ("Gold"). */
  name: string
  /** Lifetime points from which a customer is in this tier (inclusive). The lowest tier starts at 0. */
  minPoints: number
}

export interface LoyaltyReward {
  id: string
  /** Shown to customers ("€5 off your next order"). */
  name: string
  /** What the reward costs. A positive integer. */
  points: number
  /** The id of the lowest tier that may redeem it. */
  minTier?: string
  /** Redeemable once per customer. */
  oneTime?: boolean
  /** `false` while the reward cannot be redeemed (out of stock, paused). Default true. */
  available?: boolean
}

export interface LoyaltyExpiry {
  /** Earned points expire this many days after they were earned (unless spent first). */
  afterDays: number
}

/** The program's rules: plain data, so the same object can be used on the server and passed to the blocks. */
export interface LoyaltyProgramConfig {
  earn: LoyaltyEarnRules
  /** At least one tier; the lowest must start at 0 points. */
  tiers: readonly LoyaltyTier[]
  rewards: readonly LoyaltyReward[]
  /** Without it, points never expire. */
  expiry?: LoyaltyExpiry | null
}

/** What the blocks need to know about a member; both numbers come from the program and the ledger. */
export interface LoyaltyMember {
  /** Spendable points: `program.balance(entries, now)`. */
  balance: number
  /** Decides the tier: `program.lifetimePoints(entries)`. */
  lifetimePoints: number
}

/** An order to award points for. */
export interface LoyaltyOrder {
  orderId: string
  customerId: string
  /** What earns points, in integer minor units (usually the paid total without shipping and tax). */
  amount: Money
  occurredAt: Date | string
}

/** A bonus action to award points for. */
export interface LoyaltyAction {
  customerId: string
  /** A key of `earn.actions`, e.g. `'review'`. */
  action: string
  /** Identifies the thing rewarded (e.g. the review id): the same action and key are awarded once. */
  key: string
  occurredAt: Date | string
}

/** Where a customer stands between tiers. */
export interface TierProgress {
  current: LoyaltyTier
  /** `null` in the top tier. */
  next: LoyaltyTier | null
  /** Lifetime points still needed for `next` (0 in the top tier). */
  pointsToNext: number
  /** 0–1 of the way from `current` to `next` (1 in the top tier). */
  ratio: number
}

export type RedeemRefusalReason =
  | 'insufficient_points'
  | 'tier_too_low'
  | 'already_redeemed'
  | 'unknown_reward'
  | 'reward_unavailable'

export interface RedeemRefusal {
  ok: false
  reason: RedeemRefusalReason
}

export type RedeemResult = { ok: true; entry: LedgerEntry } | RedeemRefusal
