import type { Money } from '@journeykit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customerKpis } from './customer-kpis.server'
import { previousRange } from './dashboard.server'
import type { Database } from './db.server'
import { createServerEvent, storeJourneyEvents } from './journey-events.server'
import { openTestDatabase } from './test-database.server'

let db: Database
const eur = (amount: number): Money => ({ amount, currency: 'EUR' })

async function order(id: string, customer: string, placed: string, total: number, channel: string | null) {
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address, touchpoint, created_at, paid_at)
     VALUES ($1, $1, $1, $2, $3, 'paid', 'EUR', $4, 0, 0, 0, $4, 'standard', '{}', $5, $6, $6)`,
    [id, customer, `${customer}@example.com`, total, channel ? JSON.stringify({ channel }) : null, `${placed}T12:00:00Z`],
  )
  const zero = eur(0)
  await storeJourneyEvents(db, [createServerEvent('order_completed', { orderId: id, items: [], subtotal: eur(total), shipping: zero, tax: zero, discount: zero, total: eur(total) }, { occurredAt: `${placed}T12:00:00Z` })], 'server')
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  for (const customer of ['c1', 'c2', 'c3', 'c4']) await db.query(`INSERT INTO customers (id, email) VALUES ($1, $2)`, [customer, `${customer}@example.com`])
  await order('NW-1', 'c1', '2026-06-10', 10000, 'paid')
  await order('NW-2', 'c1', '2026-07-05', 5000, 'paid')
  await order('NW-3', 'c1', '2026-11-10', 8000, 'paid')
  await storeJourneyEvents(db, [createServerEvent('order_refunded', { orderId: 'NW-3', total: eur(2000) }, { occurredAt: '2026-11-20T12:00:00Z' })], 'server')
  await order('NW-4', 'c2', '2026-11-12', 4000, null)
  await order('NW-5', 'c3', '2026-08-20', 3000, 'paid')
  await order('NW-6', 'c3', '2026-10-02', 3000, 'paid')
  await order('NW-7', 'c4', '2025-09-01', 12000, 'owned')
  await order('NW-8', 'c4', '2026-09-15', 2000, 'owned')
  for (const [id, score, day] of [['s1', 5, '2026-11-02'], ['s2', 4, '2026-11-03'], ['s3', 2, '2026-11-04'], ['s4', 1, '2026-10-30']] as const) {
    await db.query(`INSERT INTO survey_responses (id, survey_id, kind, score, created_at) VALUES ($1, 'csat', 'csat', $2, $3)`, [id, score, `${day}T12:00:00Z`])
  }
}, 60_000)
afterAll(() => db.close())

describe('customerKpis for November 2026', () => {
  it('gives the average order value after refunds, the repeat-purchase rate and CSAT of the period', async () => {
    const kpis = await customerKpis(db, { from: '2026-11-01', to: '2026-11-30' })
    // NW-3 (8,000 − 2,000 refunded) and NW-4 (4,000): 10,000 / 2
    expect(kpis.averageOrderValue).toEqual([eur(5000)])
    // c1 (three orders by the end) and c2 (one) bought in November: 1 of 2
    expect(kpis.repeatPurchaseRate).toBe(0.5)
    // 5 and 4 of 5, 2, 4 in November (the October answer is outside)
    expect(kpis.csat).toEqual({ satisfied: 2 / 3, responses: 3 })
  })

  it('follows each month of first orders: how many came back in each later month', async () => {
    const { cohorts } = await customerKpis(db, { from: '2026-11-01', to: '2026-11-30' })
    expect(cohorts).toEqual([
      // c1: back in July (NW-2) and November (NW-3)
      { month: '2026-06', customers: 1, retention: [1, 0, 0, 0, 1] },
      { month: '2026-07', customers: 0, retention: [] },
      // c3: back in October (NW-6)
      { month: '2026-08', customers: 1, retention: [0, 1, 0] },
      // c4's first order was in 2025: no cohort here
      { month: '2026-09', customers: 0, retention: [] },
      { month: '2026-10', customers: 0, retention: [] },
      { month: '2026-11', customers: 1, retention: [] },
    ])
  })

  it('gives the revenue per customer within 90 and 365 days of the first order, by its first-touch channel, for complete windows only', async () => {
    const { lifetimeValue } = await customerKpis(db, { from: '2026-11-01', to: '2026-11-30' })
    expect(lifetimeValue).toEqual([
      // c4: NW-7 only (NW-8 came after both windows)
      { channel: 'owned', currency: 'EUR', days90: { value: 12000, customers: 1 }, days365: { value: 12000, customers: 1 } },
      // c1: NW-1 + NW-2 = 15,000; c3: NW-5 + NW-6 = 6,000; neither first order is 365 days old
      { channel: 'paid', currency: 'EUR', days90: { value: 10500, customers: 2 }, days365: null },
    ])
  })

  it('has nothing to say about a period without orders or answers', async () => {
    const kpis = await customerKpis(db, { from: '2026-01-01', to: '2026-01-31' })
    expect(kpis).toMatchObject({ averageOrderValue: [], repeatPurchaseRate: null, csat: null })
  })
})

describe('previousRange', () => {
  it('is the period of the same length just before', () => {
    expect(previousRange({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-10-02', to: '2026-10-31' })
    expect(previousRange({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' })
  })
})
