import { minorUnitDigits } from '@journeykit/core'
import { balanceOf, replay } from './ledger'
import { progressToNextTier, sortTiers, tierAllows, tierFor } from './tiers'
import { DAY_MS, defaultId, toIso, toTime, warn } from './time'
import type {
  LedgerEntry,
  LoyaltyAction,
  LoyaltyOrder,
  LoyaltyProgramConfig,
  LoyaltyTier,
  RedeemResult,
  TierProgress,
} from './types'

export interface LoyaltyProgramOptions {
  /** Makes the ids of redeem and adjust entries (default `crypto.randomUUID()`). */
  createId?: () => string
}

/**
 * The loyalty rules as pure functions over one customer's ledger entries. Nothing is stored:
 * each function returns the entries to append (or `null` when there is nothing to append) and
 * the app persists them. Pass the entries of a single customer.
 */
export interface LoyaltyProgram {
  readonly config: LoyaltyProgramConfig
  /** Spendable points at `now` (points past their expiry no longer count, recorded or not). May be negative after a refund of spent points. */
  balance(entries: readonly LedgerEntry[], now: Date | string): number
  /** Points ever earned, minus the points of refunded orders, plus adjustments; decides the tier. Spending and expiry do not lower it. */
  lifetimePoints(entries: readonly LedgerEntry[]): number
  /** The tier for the entries' lifetime points (or for a lifetime-points number). */
  tierFor(entriesOrLifetimePoints: readonly LedgerEntry[] | number): LoyaltyTier
  progressToNextTier(entriesOrLifetimePoints: readonly LedgerEntry[] | number): TierProgress
  /** Points an order amount earns (0 in another currency). */
  pointsForAmount(amount: LoyaltyOrder['amount']): number
  /** The earn entry for an order, or `null` when that order was already awarded (even if later voided) or earns nothing. */
  earnForOrder(entries: readonly LedgerEntry[], order: LoyaltyOrder): LedgerEntry | null
  /** The earn entry for a bonus action, or `null` when the same action and key were already awarded or the action is unknown. */
  earnForAction(entries: readonly LedgerEntry[], action: LoyaltyAction): LedgerEntry | null
  /**
   * The void entry that takes back an order's points on refund, or `null` when the order earned
   * nothing or was already voided. Points of the order that already expired are not taken twice;
   * points already spent are taken from the rest of the balance, which may go negative.
   */
  voidOrder(entries: readonly LedgerEntry[], orderId: string, now?: Date | string): LedgerEntry | null
  /** The redeem entry, or why the reward cannot be redeemed. */
  redeem(entries: readonly LedgerEntry[], rewardId: string, now: Date | string): RedeemResult
  /** Expire entries for every lot past its expiry with points left (oldest expiry first, dated at the expiry). */
  expire(entries: readonly LedgerEntry[], now: Date | string): LedgerEntry[]
  /** A manual correction (positive or negative) by customer service. */
  adjust(customerId: string, points: number, reason: string, now: Date | string): LedgerEntry
}

/** Validates the rules and returns the program's functions. Throws on rules that cannot work. */
export function createLoyaltyProgram(config: LoyaltyProgramConfig, options: LoyaltyProgramOptions = {}): LoyaltyProgram {
  validate(config)
  const createId = options.createId ?? defaultId
  const { earn, tiers, rewards } = config
  const afterDays = config.expiry?.afterDays

  const lifetime = (value: readonly LedgerEntry[] | number) => (typeof value === 'number' ? value : lifetimePoints(value))
  const expiresAt = (occurredAt: string) =>
    afterDays === undefined ? {} : { expiresAt: new Date(toTime(occurredAt) + afterDays * DAY_MS).toISOString() }

  function lifetimePoints(entries: readonly LedgerEntry[]): number {
    const voided = new Set(entries.filter((entry) => entry.kind === 'void').map((entry) => entry.orderId))
    let total = 0
    for (const entry of entries) {
      if (entry.kind === 'adjust' || (entry.kind === 'earn' && !(entry.orderId && voided.has(entry.orderId)))) {
        total += entry.points
      }
    }
    return Math.max(0, total)
  }

  function pointsForAmount(amount: LoyaltyOrder['amount']): number {
    if (amount.currency !== earn.currency) {
      warn(`loyalty: an order in ${amount.currency} earns no points in a ${earn.currency} program`)
      return 0
    }
    if (!Number.isInteger(amount.amount) || amount.amount < 0) {
      warn(`loyalty: order amount must be a non-negative integer of minor units, got ${amount.amount}`)
      return 0
    }
    const units = amount.amount / 10 ** minorUnitDigits(amount.currency)
    // Rounded to 6 decimals first so that 0.1-style rates do not lose a point to binary fractions.
    return Math.floor(Number((units * earn.pointsPerUnit).toFixed(6)))
  }

  function customerOf(entries: readonly LedgerEntry[]): string | undefined {
    return entries[0]?.customerId
  }

  return {
    config,
    balance: (entries, now) => balanceOf(replay(entries), toTime(now)),
    lifetimePoints,
    tierFor: (value) => tierFor(tiers, lifetime(value)),
    progressToNextTier: (value) => progressToNextTier(tiers, lifetime(value)),
    pointsForAmount,

    earnForOrder(entries, order) {
      if (entries.some((entry) => entry.kind === 'earn' && entry.orderId === order.orderId)) return null
      const points = pointsForAmount(order.amount)
      if (points <= 0) return null
      const occurredAt = toIso(order.occurredAt)
      return {
        id: `earn:${order.orderId}`,
        customerId: order.customerId,
        kind: 'earn',
        points,
        reason: 'order',
        orderId: order.orderId,
        occurredAt,
        ...expiresAt(occurredAt),
      }
    },

    earnForAction(entries, { customerId, action, key, occurredAt }) {
      const points = earn.actions?.[action]
      if (points === undefined) {
        warn(`loyalty: unknown earn action "${action}"`)
        return null
      }
      const id = `earn:${customerId}:${action}:${key}`
      if (points <= 0 || entries.some((entry) => entry.id === id)) return null
      const at = toIso(occurredAt)
      return { id, customerId, kind: 'earn', points, reason: action, occurredAt: at, ...expiresAt(at) }
    },

    voidOrder(entries, orderId, now = new Date()) {
      const earned = entries.find((entry) => entry.kind === 'earn' && entry.orderId === orderId)
      if (!earned || entries.some((entry) => entry.kind === 'void' && entry.orderId === orderId)) return null
      const at = toTime(now)
      const lot = replay(entries).lots.find((candidate) => candidate.entry === earned)
      const gone = lot ? lot.expired + (lot.expiresAt <= at ? lot.remaining : 0) : 0
      return {
        id: `void:${orderId}`,
        customerId: earned.customerId,
        kind: 'void',
        points: gone - earned.points,
        reason: 'refund',
        orderId,
        occurredAt: toIso(now),
      }
    },

    redeem(entries, rewardId, now) {
      const reward = rewards.find((candidate) => candidate.id === rewardId)
      if (!reward) return { ok: false, reason: 'unknown_reward' }
      if (reward.available === false) return { ok: false, reason: 'reward_unavailable' }
      if (reward.oneTime && entries.some((entry) => entry.kind === 'redeem' && entry.rewardId === rewardId)) {
        return { ok: false, reason: 'already_redeemed' }
      }
      if (!tierAllows(tiers, tierFor(tiers, lifetimePoints(entries)).id, reward)) return { ok: false, reason: 'tier_too_low' }
      const customerId = customerOf(entries)
      if (customerId === undefined || balanceOf(replay(entries), toTime(now)) < reward.points) {
        return { ok: false, reason: 'insufficient_points' }
      }
      return {
        ok: true,
        entry: {
          id: createId(),
          customerId,
          kind: 'redeem',
          points: -reward.points,
          reason: 'reward',
          rewardId,
          occurredAt: toIso(now),
        },
      }
    },

    expire(entries, now) {
      const at = toTime(now)
      return replay(entries)
        .lots.filter((lot) => lot.expiresAt <= at && lot.remaining > 0)
        .sort((a, b) => a.expiresAt - b.expiresAt)
        .map(({ entry, remaining, expiresAt: expiredAt }) => {
          const when = new Date(expiredAt).toISOString()
          return {
            id: `expire:${entry.id}`,
            customerId: entry.customerId,
            kind: 'expire' as const,
            points: -remaining,
            reason: 'expiry',
            ...(entry.orderId ? { orderId: entry.orderId } : {}),
            occurredAt: when,
            expiresAt: when,
          }
        })
    },

    adjust(customerId, points, reason, now) {
      if (!Number.isInteger(points)) throw new RangeError(`loyalty: adjustment must be whole points, got ${points}`)
      return { id: createId(), customerId, kind: 'adjust', points, reason, occurredAt: toIso(now) }
    },
  }
}

function validate({ earn, tiers, rewards, expiry }: LoyaltyProgramConfig): void {
  if (!(earn.pointsPerUnit >= 0) || !Number.isFinite(earn.pointsPerUnit)) {
    throw new RangeError(`loyalty: earn.pointsPerUnit must be a non-negative number, got ${earn.pointsPerUnit}`)
  }
  for (const [action, points] of Object.entries(earn.actions ?? {})) {
    if (!Number.isInteger(points) || points < 0) throw new RangeError(`loyalty: action "${action}" must earn whole points`)
  }
  const sorted = sortTiers(tiers)
  if (sorted[0]?.minPoints !== 0) throw new RangeError('loyalty: the lowest tier must start at 0 points')
  if (new Set(tiers.map((tier) => tier.id)).size !== tiers.length) throw new RangeError('loyalty: tier ids must be unique')
  for (const reward of rewards) {
    if (!Number.isInteger(reward.points) || reward.points <= 0) {
      throw new RangeError(`loyalty: reward "${reward.id}" must cost a positive whole number of points`)
    }
    if (reward.minTier && !tiers.some((tier) => tier.id === reward.minTier)) {
      throw new RangeError(`loyalty: reward "${reward.id}" requires unknown tier "${reward.minTier}"`)
    }
  }
  if (expiry && !(expiry.afterDays > 0)) throw new RangeError('loyalty: expiry.afterDays must be positive')
}
