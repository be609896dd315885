// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from './test-database.server'
import type { Database } from './db.server'
import { awardOrderPoints, awardReviewPoints, memberSummary, orderPoints, redeemReward, voidOrderPoints } from './loyalty.server'

let db: Database

beforeAll(async () => {
  db = await openTestDatabase()
}, 30_000)

afterAll(async () => {
  await db.close()
})

let sequence = 0

async function customer(): Promise<string> {
  const id = `cus_loyalty_${++sequence}`
  await db.query('INSERT INTO customers (id, email) VALUES ($1, $2)', [id, `${id}@example.com`])
  return id
}

async function order(
  customerId: string,
  { subtotal, discount = 0, status = 'paid', paidAt = '2026-03-01T10:00:00Z' }: { subtotal: number; discount?: number; status?: string; paidAt?: string },
): Promise<string> {
  const id = `NW-L${++sequence}`
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
       shipping_method, address, paid_at)
     VALUES ($1, $1, $1, $2, $3, $4, 'EUR', $5::int, 490, 0, $6::int, $5::int - $6::int + 490, 'standard', '{}', $7)`,
    [id, customerId, `${customerId}@example.com`, status, subtotal, discount, status === 'pending' ? null : paidAt],
  )
  return id
}

const SOON = new Date('2026-03-02T10:00:00Z')

describe('awardOrderPoints', () => {
  it('awards 1 point per whole euro of the subtotal minus the discount, once per order', async () => {
    const anna = await customer()
    const orderId = await order(anna, { subtotal: 12_999, discount: 1_300 })
    expect(await awardOrderPoints(db, orderId, SOON)).toEqual({ customerId: anna, points: 116, balance: 116 })
    expect(await awardOrderPoints(db, orderId, SOON)).toBeNull()
    expect(await orderPoints(db, orderId)).toBe(116)
    const { rows } = await db.query('SELECT id FROM loyalty_ledger WHERE customer_id = $1', [anna])
    expect(rows).toEqual([{ id: `earn:${orderId}` }])
  })

  it('writes one entry when the same order is awarded concurrently', async () => {
    const anna = await customer()
    const orderId = await order(anna, { subtotal: 5_000 })
    const results = await Promise.all([awardOrderPoints(db, orderId, SOON), awardOrderPoints(db, orderId, SOON)])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect((await memberSummary(db, anna, SOON)).balance).toBe(50)
  })

  it('awards nothing for unpaid or unknown orders', async () => {
    const anna = await customer()
    expect(await awardOrderPoints(db, await order(anna, { subtotal: 5_000, status: 'pending' }), SOON)).toBeNull()
    expect(await awardOrderPoints(db, 'NW-NOPE', SOON)).toBeNull()
    expect((await memberSummary(db, anna, SOON)).history).toEqual([])
  })
})

describe('voidOrderPoints', () => {
  it('takes back the points of a refunded order once', async () => {
    const anna = await customer()
    const kept = await order(anna, { subtotal: 3_000 })
    const refunded = await order(anna, { subtotal: 8_000 })
    await awardOrderPoints(db, kept, SOON)
    await awardOrderPoints(db, refunded, SOON)
    expect(await voidOrderPoints(db, refunded, SOON)).toEqual({ customerId: anna, points: -80, balance: 30 })
    expect(await voidOrderPoints(db, refunded, SOON)).toBeNull()
    // A void is final: the order is not awarded again afterwards.
    expect(await awardOrderPoints(db, refunded, SOON)).toBeNull()
    const summary = await memberSummary(db, anna, SOON)
    expect(summary.member).toEqual({ balance: 30, lifetimePoints: 30 })
  })

  it('does nothing for an order that earned nothing', async () => {
    const anna = await customer()
    expect(await voidOrderPoints(db, await order(anna, { subtotal: 3_000 }), SOON)).toBeNull()
  })
})

describe('memberSummary', () => {
  it('reports balance, tier and progress to the next tier, newest history first', async () => {
    const anna = await customer()
    await awardOrderPoints(db, await order(anna, { subtotal: 40_000, paidAt: '2026-01-10T10:00:00Z' }), SOON)
    await awardOrderPoints(db, await order(anna, { subtotal: 15_000, paidAt: '2026-02-10T10:00:00Z' }), SOON)
    await awardReviewPoints(db, anna, 'rev_1', new Date('2026-02-20T10:00:00Z'))
    expect(await awardReviewPoints(db, anna, 'rev_1', SOON)).toBeNull()
    const summary = await memberSummary(db, anna, SOON)
    expect(summary.balance).toBe(600)
    expect(summary.tier.name).toBe('Silver')
    expect(summary.progress).toMatchObject({ next: { name: 'Gold' }, pointsToNext: 900 })
    expect(summary.history.map((entry) => entry.reason)).toEqual(['review', 'order', 'order'])
  })

  it('expires points a year after they were earned and records the expiry once', async () => {
    const anna = await customer()
    await awardOrderPoints(db, await order(anna, { subtotal: 20_000, paidAt: '2025-01-05T10:00:00Z' }), SOON)
    const later = new Date('2026-02-01T00:00:00Z')
    const summary = await memberSummary(db, anna, later)
    expect(summary.balance).toBe(0)
    expect(summary.history[0]).toMatchObject({ kind: 'expire', points: -200 })
    await memberSummary(db, anna, later)
    const { rows } = await db.query("SELECT id FROM loyalty_ledger WHERE customer_id = $1 AND kind = 'expire'", [anna])
    expect(rows).toHaveLength(1)
  })

  it('is empty for a customer without points', async () => {
    const summary = await memberSummary(db, await customer(), SOON)
    expect(summary).toMatchObject({ balance: 0, member: { balance: 0, lifetimePoints: 0 }, tier: { id: 'member' }, history: [], rewardCodes: [] })
  })
})

describe('redeemReward', () => {
  it('spends the points and issues a single-use coupon bound to the customer', async () => {
    const anna = await customer()
    await awardOrderPoints(db, await order(anna, { subtotal: 30_000 }), SOON)
    const result = await redeemReward(db, anna, 'five-off', SOON)
    if (!result.ok) throw new Error(result.reason)
    expect(result.code).toMatch(/^REWARD-[2-9A-HJKMNP-Z]{8}$/)
    const { rows } = await db.query('SELECT kind, value, usage_limit, used, customer_id FROM coupons WHERE code = $1', [result.code])
    expect(rows).toEqual([{ kind: 'fixed', value: 500, usage_limit: 1, used: 0, customer_id: anna }])
    const summary = await memberSummary(db, anna, SOON)
    expect(summary.balance).toBe(50)
    expect(summary.rewardCodes).toEqual([{ code: result.code, rewardName: '€5 off your next order', expiresAt: expect.any(String) }])
  })

  it('refuses with a typed reason and writes nothing', async () => {
    const anna = await customer()
    await awardOrderPoints(db, await order(anna, { subtotal: 20_000 }), SOON)
    expect(await redeemReward(db, anna, 'five-off', SOON)).toEqual({ ok: false, reason: 'insufficient_points' })
    expect(await redeemReward(db, anna, 'fifteen-off', SOON)).toEqual({ ok: false, reason: 'tier_too_low' })
    expect(await redeemReward(db, anna, 'a-pony', SOON)).toEqual({ ok: false, reason: 'unknown_reward' })
    const { rows } = await db.query('SELECT count(*)::int AS count FROM coupons WHERE customer_id = $1', [anna])
    expect(rows[0]).toEqual({ count: 0 })
    expect((await memberSummary(db, anna, SOON)).balance).toBe(200)
  })

  it('lets a Silver member redeem €15 off and never spends the same points twice at once', async () => {
    const anna = await customer()
    await awardOrderPoints(db, await order(anna, { subtotal: 70_000 }), SOON)
    const results = await Promise.all([redeemReward(db, anna, 'fifteen-off', SOON), redeemReward(db, anna, 'fifteen-off', SOON)])
    expect(results.map((result) => result.ok).sort()).toEqual([false, true])
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: 'insufficient_points' })
    expect((await memberSummary(db, anna, SOON)).balance).toBe(100)
  })

  it('issues a free-shipping coupon for 150 points', async () => {
    const anna = await customer()
    await awardOrderPoints(db, await order(anna, { subtotal: 15_000 }), SOON)
    const result = await redeemReward(db, anna, 'free-shipping', SOON)
    if (!result.ok) throw new Error(result.reason)
    const { rows } = await db.query('SELECT kind FROM coupons WHERE code = $1', [result.code])
    expect(rows).toEqual([{ kind: 'free_shipping' }])
  })
})
