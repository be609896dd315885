import {
  CODE_ALPHABET,
  createLoyaltyProgram,
  type LedgerEntry,
  type LoyaltyMember,
  type LoyaltyProgramConfig,
  type LoyaltyTier,
  type RedeemRefusalReason,
  type TierProgress,
} from '@journeykit/loyalty/program'
import { randomInt } from 'node:crypto'
import type { Database, Queryable } from './db.server'
import { CURRENCY } from './seed.server'

/**
 * The shop's rewards club: 1 point per €1 of an order's subtotal after discount, 50 points for a
 * review, three tiers, points expire a year after they were earned. Plain data, so the loaders
 * can hand the same rules to LoyaltyPanel and RewardsDialog.
 */
export const LOYALTY_CONFIG: LoyaltyProgramConfig = {
  earn: { currency: CURRENCY, pointsPerUnit: 1, actions: { review: 50 } },
  tiers: [
    { id: 'member', name: 'Member', minPoints: 0 },
    { id: 'silver', name: 'Silver', minPoints: 500 },
    { id: 'gold', name: 'Gold', minPoints: 1500 },
  ],
  rewards: [
    { id: 'free-shipping', name: 'Free shipping on your next order', points: 150 },
    { id: 'five-off', name: '€5 off your next order', points: 250 },
    { id: 'fifteen-off', name: '€15 off your next order', points: 600, minTier: 'silver' },
  ],
  expiry: { afterDays: 365 },
}

/** The coupon each reward issues (money in minor units). */
const REWARD_COUPONS: Readonly<Record<string, { kind: CouponKind; value: number }>> = {
  'free-shipping': { kind: 'free_shipping', value: 0 },
  'five-off': { kind: 'fixed', value: 500 },
  'fifteen-off': { kind: 'fixed', value: 1500 },
}

/** Reward codes are valid this long after redemption. */
const REWARD_CODE_DAYS = 180

export const loyaltyProgram = createLoyaltyProgram(LOYALTY_CONFIG)

/** Orders in these states have been paid, so they earn points (and count as purchases). */
export const PAID_ORDER_STATUSES = ['paid', 'fulfilled'] as const

type CouponKind = 'percent' | 'fixed' | 'free_shipping'

/** A customer's standing in the rewards club, ready for LoyaltyPanel and RewardsDialog. */
export interface MemberSummary {
  customerId: string
  /** `{ balance, lifetimePoints }` for the blocks. */
  member: LoyaltyMember
  balance: number
  tier: LoyaltyTier
  progress: TierProgress
  /** Newest first. */
  history: LedgerEntry[]
  /** Rewards the customer has redeemed (RewardsDialog marks the one-time ones as taken). */
  redeemedRewardIds: string[]
  /** Reward codes issued to the customer that can still be used at checkout. */
  rewardCodes: Array<{ code: string; rewardName: string; expiresAt: string | null }>
}

/** A change of a customer's points and where it left them. */
export interface PointsChange {
  customerId: string
  /** Signed: positive when earned, negative when taken back. */
  points: number
  balance: number
}

export type RedeemRewardResult = { ok: true; code: string; entry: LedgerEntry } | { ok: false; reason: RedeemRefusalReason }

/**
 * Awards the points of a paid order (subtotal minus discount, 1 per whole euro). Idempotent: the
 * ledger id is `earn:<orderId>`, so awarding the same order again — from the webhook and the
 * confirmation page, or concurrently — writes nothing and returns `null`. Orders that are not
 * paid (or earn nothing) return `null` too.
 */
export async function awardOrderPoints(db: Queryable, orderId: string, now: Date = new Date()): Promise<PointsChange | null> {
  const { rows } = await db.query<{ customer_id: string; status: string; subtotal: number; discount: number; currency: string; paid_at: Date | null }>(
    'SELECT customer_id, status, subtotal, discount, currency, paid_at FROM orders WHERE id = $1',
    [orderId],
  )
  const order = rows[0]
  if (!order || !(PAID_ORDER_STATUSES as readonly string[]).includes(order.status)) return null
  const entries = await ledgerOf(db, order.customer_id)
  const entry = loyaltyProgram.earnForOrder(entries, {
    orderId,
    customerId: order.customer_id,
    amount: { amount: Math.max(0, order.subtotal - order.discount), currency: order.currency },
    occurredAt: order.paid_at ?? now,
  })
  if (!entry || !(await insertEntry(db, entry))) return null
  return { customerId: order.customer_id, points: entry.points, balance: loyaltyProgram.balance([...entries, entry], now) }
}

/**
 * Takes back an order's points when it is refunded (points already spent take the balance below
 * zero; expired ones are not taken twice). Idempotent (`void:<orderId>`); `null` when the order
 * earned nothing or was already voided.
 */
export async function voidOrderPoints(db: Queryable, orderId: string, now: Date = new Date()): Promise<PointsChange | null> {
  const { rows } = await db.query<{ customer_id: string }>('SELECT customer_id FROM orders WHERE id = $1', [orderId])
  const customerId = rows[0]?.customer_id
  if (!customerId) return null
  const entries = await ledgerOf(db, customerId)
  const entry = loyaltyProgram.voidOrder(entries, orderId, now)
  if (!entry || !(await insertEntry(db, entry))) return null
  return { customerId, points: entry.points, balance: loyaltyProgram.balance([...entries, entry], now) }
}

/** The 50 bonus points for a review, once per review (`earn:<customerId>:review:<reviewId>`). */
export async function awardReviewPoints(db: Queryable, customerId: string, reviewId: string, now: Date = new Date()): Promise<PointsChange | null> {
  const entries = await ledgerOf(db, customerId)
  const entry = loyaltyProgram.earnForAction(entries, { customerId, action: 'review', key: reviewId, occurredAt: now })
  if (!entry || !(await insertEntry(db, entry))) return null
  return { customerId, points: entry.points, balance: loyaltyProgram.balance([...entries, entry], now) }
}

/** The points an order earned (0 when none were awarded), e.g. for the order confirmation. */
export async function orderPoints(db: Queryable, orderId: string): Promise<number> {
  const { rows } = await db.query<{ points: number }>("SELECT points FROM loyalty_ledger WHERE id = $1 AND kind = 'earn'", [
    `earn:${orderId}`,
  ])
  return rows[0]?.points ?? 0
}

/**
 * Balance, tier, progress, history and open reward codes of a customer. Points past their expiry
 * are recorded as `expire` entries on the way (deterministic ids: recording twice is a no-op).
 */
export async function memberSummary(db: Queryable, customerId: string, now: Date = new Date()): Promise<MemberSummary> {
  const entries = await currentLedger(db, customerId, now)
  const balance = loyaltyProgram.balance(entries, now)
  const lifetimePoints = loyaltyProgram.lifetimePoints(entries)
  const { rows: codes } = await db.query<{ code: string; value: number; kind: CouponKind; expires_at: Date | null }>(
    `SELECT code, kind, value, expires_at FROM coupons
     WHERE customer_id = $1 AND code LIKE 'REWARD-%' AND used < coalesce(usage_limit, 1) AND (expires_at IS NULL OR expires_at > $2)
     ORDER BY expires_at NULLS LAST, code`,
    [customerId, now],
  )
  return {
    customerId,
    member: { balance, lifetimePoints },
    balance,
    tier: loyaltyProgram.tierFor(lifetimePoints),
    progress: loyaltyProgram.progressToNextTier(lifetimePoints),
    history: [...entries].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt)),
    redeemedRewardIds: [...new Set(entries.flatMap((entry) => (entry.kind === 'redeem' && entry.rewardId ? [entry.rewardId] : [])))],
    rewardCodes: codes.map((coupon) => ({
      code: coupon.code,
      rewardName: rewardNameForCoupon(coupon.kind, coupon.value),
      expiresAt: coupon.expires_at ? new Date(coupon.expires_at).toISOString() : null,
    })),
  }
}

/** The ledger with the points past their expiry recorded as `expire` entries (recording twice is a no-op). */
async function currentLedger(db: Queryable, customerId: string, now: Date): Promise<LedgerEntry[]> {
  const entries = await ledgerOf(db, customerId)
  for (const expired of loyaltyProgram.expire(entries, now)) {
    if (await insertEntry(db, expired)) entries.push(expired)
  }
  return entries
}

/** The points a customer can spend now, for many customers at once (expiry applied, not recorded). */
export async function pointsBalances(db: Queryable, customerIds: readonly string[], now: Date = new Date()): Promise<Map<string, number>> {
  const { rows } = await db.query<LedgerRow>(
    'SELECT id, customer_id, kind, points, reason, order_id, reward_id, occurred_at, expires_at FROM loyalty_ledger WHERE customer_id = ANY($1) ORDER BY occurred_at, id',
    [customerIds],
  )
  const entries = rows.map(toEntry)
  return new Map(customerIds.map((id) => [id, loyaltyProgram.balance(entries.filter((entry) => entry.customerId === id), now)]))
}

/**
 * A manual change of points by staff (positive or negative) with its reason, written as an `adjust`
 * entry. Refused when it would take the balance below zero: `{ refused: balance }`. Run it in a
 * transaction that has locked the customer row, so a concurrent redemption cannot spend the same points.
 */
export async function adjustPoints(
  tx: Queryable,
  customerId: string,
  change: { points: number; reason: string },
  now: Date = new Date(),
): Promise<{ before: number; after: number; entry: LedgerEntry } | { refused: number }> {
  const entries = await currentLedger(tx, customerId, now)
  const before = loyaltyProgram.balance(entries, now)
  if (before + change.points < 0) return { refused: before }
  const entry = loyaltyProgram.adjust(customerId, change.points, change.reason, now)
  await insertEntry(tx, entry)
  return { before, after: loyaltyProgram.balance([...entries, entry], now), entry }
}

/**
 * Redeems a reward in one transaction: the program checks balance, tier and availability, then the
 * redeem entry and a single-use coupon bound to the customer are written together. The customer
 * row is locked first, so two concurrent redemptions cannot both spend the same points.
 */
export async function redeemReward(db: Database, customerId: string, rewardId: string, now: Date = new Date()): Promise<RedeemRewardResult> {
  const coupon = REWARD_COUPONS[rewardId]
  if (!coupon) return { ok: false, reason: 'unknown_reward' }
  return db.transaction(async (tx) => {
    await tx.query('SELECT id FROM customers WHERE id = $1 FOR UPDATE', [customerId])
    const result = loyaltyProgram.redeem(await ledgerOf(tx, customerId), rewardId, now)
    if (!result.ok) return result
    await insertEntry(tx, result.entry)
    const code = await issueCoupon(tx, {
      prefix: 'REWARD',
      ...coupon,
      customerId,
      expiresAt: new Date(now.getTime() + REWARD_CODE_DAYS * 24 * 60 * 60 * 1000),
    })
    return { ok: true, code, entry: result.entry }
  })
}

/** A random code from the unambiguous alphabet (no 0/O, 1/I/L), e.g. `REWARD-7KQ2M9XP`. */
export function randomCouponCode(prefix: string, length = 8): string {
  let body = ''
  for (let index = 0; index < length; index++) body += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return `${prefix}-${body}`
}

export interface CouponToIssue {
  /** A fixed code (deterministic issuers insert at most once), else a random one with `prefix`. */
  code?: string
  prefix?: string
  kind: CouponKind
  /** Percent or minor units; 0 for free shipping. */
  value: number
  /** Only this customer may use it at checkout. */
  customerId: string
  expiresAt: Date
}

/**
 * Inserts a single-use coupon bound to a customer and returns its code. A fixed `code` that
 * already exists is left as it is (idempotent); a random one is drawn again on the (unlikely) clash.
 */
export async function issueCoupon(db: Queryable, coupon: CouponToIssue): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = coupon.code ?? randomCouponCode(coupon.prefix ?? 'CODE')
    const { rows } = await db.query<{ code: string }>(
      `INSERT INTO coupons (code, kind, value, expires_at, usage_limit, used, customer_id)
       VALUES ($1, $2, $3, $4, 1, 0, $5) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [code.toUpperCase(), coupon.kind, coupon.value, coupon.expiresAt, coupon.customerId],
    )
    if (rows[0] || coupon.code) return code.toUpperCase()
  }
  throw new Error('issueCoupon: could not find a free code')
}

/** A customer's ledger, in the order it was written. */
async function ledgerOf(db: Queryable, customerId: string): Promise<LedgerEntry[]> {
  const { rows } = await db.query<LedgerRow>(
    'SELECT id, customer_id, kind, points, reason, order_id, reward_id, occurred_at, expires_at FROM loyalty_ledger WHERE customer_id = $1 ORDER BY occurred_at, id',
    [customerId],
  )
  return rows.map(toEntry)
}

/** Whether the entry was new (false: an entry with its deterministic id was already there). */
async function insertEntry(db: Queryable, entry: LedgerEntry): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO loyalty_ledger (id, customer_id, kind, points, reason, order_id, reward_id, occurred_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      entry.id,
      entry.customerId,
      entry.kind,
      entry.points,
      entry.reason,
      entry.orderId ?? null,
      entry.rewardId ?? null,
      entry.occurredAt,
      entry.expiresAt ?? null,
    ],
  )
  return rows.length > 0
}

interface LedgerRow {
  id: string
  customer_id: string
  kind: LedgerEntry['kind']
  points: number
  reason: string
  order_id: string | null
  reward_id: string | null
  occurred_at: Date | string
  expires_at: Date | string | null
}

function toEntry(row: LedgerRow): LedgerEntry {
  return {
    id: row.id,
    customerId: row.customer_id,
    kind: row.kind,
    points: row.points,
    reason: row.reason,
    ...(row.order_id ? { orderId: row.order_id } : {}),
    ...(row.reward_id ? { rewardId: row.reward_id } : {}),
    occurredAt: new Date(row.occurred_at).toISOString(),
    ...(row.expires_at ? { expiresAt: new Date(row.expires_at).toISOString() } : {}),
  }
}

function rewardNameForCoupon(kind: CouponKind, value: number): string {
  const reward = Object.entries(REWARD_COUPONS).find(([, coupon]) => coupon.kind === kind && coupon.value === value)
  return LOYALTY_CONFIG.rewards.find((candidate) => candidate.id === reward?.[0])?.name ?? 'Reward'
}
