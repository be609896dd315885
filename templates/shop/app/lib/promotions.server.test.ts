// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from './test-database.server'
import type { Database } from './db.server'
import { couponPromotion } from './promotions.server'

let db: Database

beforeAll(async () => {
  db = await openTestDatabase()
  await db.query(`INSERT INTO coupons (code, kind, value, expires_at, min_subtotal, usage_limit, used, customer_id) VALUES
    ('SPRING15', 'fixed', 1500, '2026-06-01T00:00:00Z', 6000, NULL, 0, NULL),
    ('GONE', 'percent', 20, NULL, NULL, 5, 5, NULL),
    ('REWARD-ABCDEFGH', 'fixed', 500, NULL, NULL, 1, 0, NULL)`)
  await db.query("INSERT INTO customers (id, email) VALUES ('cus_promo', 'promo@example.com')")
  await db.query("UPDATE coupons SET customer_id = 'cus_promo' WHERE code = 'REWARD-ABCDEFGH'")
}, 30_000)

afterAll(async () => {
  await db.close()
})

const NOW = new Date('2026-05-01T00:00:00Z')

describe('couponPromotion', () => {
  it('describes a usable public coupon from its rules', async () => {
    expect(await couponPromotion(db, 'welcome10', NOW)).toEqual({
      id: 'coupon-welcome10',
      code: 'WELCOME10',
      name: '10% off your order with code WELCOME10',
      description: 'Enter the code in the coupon field at checkout.',
    })
    expect(await couponPromotion(db, 'SPRING15', NOW)).toMatchObject({
      name: '€15 off orders from €60 with code SPRING15',
      endsAt: '2026-06-01T00:00:00.000Z',
    })
    expect((await couponPromotion(db, 'FREESHIP', NOW))?.name).toBe('Free shipping on orders from €50 with code FREESHIP')
  })

  it('never advertises an expired, used-up, personal or unknown coupon', async () => {
    expect(await couponPromotion(db, 'SPRING15', new Date('2026-06-02T00:00:00Z'))).toBeNull()
    expect(await couponPromotion(db, 'GONE', NOW)).toBeNull()
    expect(await couponPromotion(db, 'REWARD-ABCDEFGH', NOW)).toBeNull()
    expect(await couponPromotion(db, 'NOPE', NOW)).toBeNull()
  })
})
