// @vitest-environment node
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addToCart } from '../cart.server'
import type { Database } from '../db.server'
import { orderPoints } from '../loyalty.server'
import { checkoutIdForCart, markPaid, OrderStateError, placeOrder } from '../orders.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { listAudit } from './audit.server'
import {
  AdminInputError,
  cancelUnpaidOrder,
  fulfilOrder,
  listOrders,
  orderDetail,
  ORDERS_PAGE_SIZE,
  refundOrderAmount,
  testAmountRefunder,
  type AmountRefunder,
} from './orders.server'
import { createStaff, type StaffMember } from './staff.server'

let db: Database
let actor: StaffMember
const NOW = new Date('2026-12-01T10:00:00Z')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-pack', slug: 'day-pack', name: 'Day Pack', price: 5000, variants: [{ id: 'v-pack', label: 'Green', stock: 100 }] },
  ])
  actor = (await createStaff(db, { email: 'clerk@example.com', role: 'staff' }, NOW)).staff
}, 60_000)
afterAll(() => db.close())

async function order({ givenName = 'Ada', familyName = 'Lovelace', email = 'ada@example.com', quantity = 2, paid = true } = {}) {
  const cartId = randomUUID()
  await addToCart(db, cartId, 'v-pack', quantity)
  const { order: placed } = await placeOrder(db, {
    cartId,
    checkoutId: checkoutIdForCart(cartId),
    idempotencyKey: randomUUID(),
    details: { email, phone: '', givenName, familyName, line1: 'Main St 1', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE', saveDetails: false },
    shippingMethod: 'standard',
  })
  if (paid) await markPaid(db, placed.id, `pi_test_${placed.id}`, NOW)
  return placed
}

const stock = async () => (await db.query<{ stock: number }>("SELECT stock FROM variants WHERE id = 'v-pack'")).rows[0]!.stock
const refundEvents = async (orderId: string) =>
  (
    await db.query<{ event: { properties: { total: { amount: number } } } }>(
      "SELECT event FROM journey_events WHERE name = 'order_refunded' AND origin = 'server' AND event->'properties'->>'orderId' = $1 ORDER BY occurred_at",
      [orderId],
    )
  ).rows.map((row) => row.event.properties.total.amount)
const pointsOf = async (orderId: string) =>
  (await db.query<{ sum: number }>('SELECT coalesce(sum(points), 0)::int AS sum FROM loyalty_ledger WHERE order_id = $1', [orderId])).rows[0]!.sum

describe('listOrders', () => {
  it('finds orders by number, email or name, filters by status and pages', async () => {
    const grace = await order({ givenName: 'Grace', familyName: 'Hopper', email: 'grace@navy.example' })
    const pending = await order({ givenName: 'Linus', familyName: 'T', email: 'linus@example.com', paid: false })
    expect((await listOrders(db, { search: 'hopper' })).orders.map((row) => row.id)).toEqual([grace.id])
    expect((await listOrders(db, { search: 'GRACE@navy' })).orders.map((row) => row.id)).toEqual([grace.id])
    expect((await listOrders(db, { search: grace.id })).orders[0]).toMatchObject({ id: grace.id, name: 'Grace Hopper', status: 'paid' })
    expect((await listOrders(db, { search: 'Grace Hopper' })).total).toBe(1)
    expect((await listOrders(db, { search: '%' })).total).toBe(0)
    expect((await listOrders(db, { status: 'pending' })).orders.map((row) => row.id)).toEqual([pending.id])

    for (let i = 0; i < ORDERS_PAGE_SIZE; i++) await order({ email: `bulk${i}@example.com`, quantity: 1, paid: false })
    const first = await listOrders(db, { status: 'pending' })
    expect(first).toMatchObject({ total: ORDERS_PAGE_SIZE + 1, page: 1, pageCount: 2 })
    expect(first.orders).toHaveLength(ORDERS_PAGE_SIZE)
    const second = await listOrders(db, { status: 'pending', page: 2 })
    expect(second.orders).toHaveLength(1)
    expect(second.orders[0]!.id).toBe(pending.id)
    expect((await listOrders(db, { status: 'pending', page: 99 })).page).toBe(2)
  })
})

describe('fulfilOrder', () => {
  it('ships a paid order with carrier and tracking number, audited', async () => {
    const placed = await order()
    await fulfilOrder(db, actor, placed.id, { carrier: 'DHL', trackingNumber: '00340434161234567890' }, NOW)
    const detail = await orderDetail(db, placed.id)
    expect(detail?.order.status).toBe('fulfilled')
    expect(detail?.fulfilment).toEqual({ carrier: 'DHL', trackingNumber: '00340434161234567890', fulfilledAt: NOW.toISOString() })
    const { entries } = await listAudit(db)
    expect(entries[0]).toMatchObject({
      staffEmail: 'clerk@example.com',
      action: 'order.fulfil',
      subject: `order:${placed.id}`,
      before: { status: 'paid', carrier: null, trackingNumber: null },
      after: { status: 'fulfilled', carrier: 'DHL', trackingNumber: '00340434161234567890' },
    })
  })

  it('refuses an unpaid order and a missing tracking number', async () => {
    const pending = await order({ paid: false })
    await expect(fulfilOrder(db, actor, pending.id, { carrier: 'DHL', trackingNumber: 'ABC123' }, NOW)).rejects.toThrow(OrderStateError)
    const paid = await order()
    const error = await fulfilOrder(db, actor, paid.id, { carrier: '', trackingNumber: '' }, NOW).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AdminInputError)
    expect(Object.keys((error as AdminInputError).fields)).toEqual(['carrier', 'trackingNumber'])
    expect((await orderDetail(db, paid.id))?.order.status).toBe('paid')
  })
})

describe('refundOrderAmount', () => {
  it('refunds in part, then the rest: points reversed in proportion, one order_refunded per refund', async () => {
    const placed = await order({ quantity: 4 })
    const total = placed.total.amount
    const earned = await orderPoints(db, placed.id)
    expect(earned).toBeGreaterThan(0)
    const quarter = Math.round(total / 4)

    const first = await refundOrderAmount(db, actor, placed.id, { amount: quarter, reason: 'One pack damaged', key: 'refund-key-one' }, testAmountRefunder, NOW)
    expect(first.fullyRefunded).toBe(false)
    let detail = await orderDetail(db, placed.id)
    expect(detail?.order.status).toBe('paid')
    expect(detail?.refundable.amount).toBe(total - quarter)
    expect(detail?.refunds).toEqual([expect.objectContaining({ amount: { amount: quarter, currency: 'EUR' }, providerRefundId: 're_test_refund-key-one' })])
    expect(await pointsOf(placed.id)).toBe(earned - Math.round((earned * quarter) / total))

    // the same form submitted again refunds nothing more
    await refundOrderAmount(db, actor, placed.id, { amount: quarter, reason: 'One pack damaged', key: 'refund-key-one' }, testAmountRefunder, NOW)
    expect(await refundEvents(placed.id)).toEqual([quarter])

    const rest = await refundOrderAmount(db, actor, placed.id, { amount: total - quarter, reason: 'Returned', key: 'refund-key-two' }, testAmountRefunder, NOW)
    expect(rest.fullyRefunded).toBe(true)
    detail = await orderDetail(db, placed.id)
    expect(detail?.order.status).toBe('refunded')
    expect(detail?.refundable.amount).toBe(0)
    expect(await pointsOf(placed.id)).toBe(0)
    expect(await refundEvents(placed.id)).toEqual([quarter, total - quarter])
    const audit = (await listAudit(db)).entries.filter((entry) => entry.subject === `order:${placed.id}`)
    expect(audit.map((entry) => entry.action)).toEqual(['order.refund', 'order.refund'])
    expect(audit[0]).toMatchObject({ before: { status: 'paid', refunded: quarter }, after: { status: 'refunded', refunded: total } })
  })

  it('a full refund at once voids the points and records order_refunded with the items', async () => {
    const placed = await order()
    await refundOrderAmount(db, actor, placed.id, { amount: placed.total.amount, reason: 'Cancelled by phone', key: 'refund-key-full' }, testAmountRefunder, NOW)
    expect((await orderDetail(db, placed.id))?.order.status).toBe('refunded')
    expect(await pointsOf(placed.id)).toBe(0)
    const { rows } = await db.query<{ event: { properties: { items?: unknown[] } } }>(
      "SELECT event FROM journey_events WHERE name = 'order_refunded' AND event->'properties'->>'orderId' = $1",
      [placed.id],
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]!.event.properties.items).toHaveLength(1)
  })

  it('refuses more than is left, no reason, and an unpaid order; a provider failure writes nothing', async () => {
    const placed = await order()
    const tooMuch = refundOrderAmount(db, actor, placed.id, { amount: placed.total.amount + 1, reason: 'x', key: 'refund-key-much' }, testAmountRefunder, NOW)
    await expect(tooMuch).rejects.toThrow(AdminInputError)
    await expect(refundOrderAmount(db, actor, placed.id, { amount: 100, reason: ' ', key: 'refund-key-noreason' }, testAmountRefunder, NOW)).rejects.toThrow(
      AdminInputError,
    )
    const pending = await order({ paid: false })
    await expect(refundOrderAmount(db, actor, pending.id, { amount: 100, reason: 'x', key: 'refund-key-pending' }, testAmountRefunder, NOW)).rejects.toThrow(
      OrderStateError,
    )
    const failing: AmountRefunder = {
      refund: async () => {
        throw new Error('card_declined')
      },
    }
    await expect(refundOrderAmount(db, actor, placed.id, { amount: 100, reason: 'x', key: 'refund-key-fails' }, failing, NOW)).rejects.toThrow('card_declined')
    expect((await orderDetail(db, placed.id))?.refunds).toEqual([])
    expect(await refundEvents(placed.id)).toEqual([])
  })
})

describe('cancelUnpaidOrder', () => {
  it('cancels a pending order and puts its stock back; a paid order is refused', async () => {
    const before = await stock()
    const pending = await order({ quantity: 3, paid: false })
    expect(await stock()).toBe(before - 3)
    await cancelUnpaidOrder(db, actor, pending.id, NOW)
    expect(await stock()).toBe(before)
    expect((await orderDetail(db, pending.id))?.order.status).toBe('cancelled')
    expect((await listAudit(db)).entries[0]).toMatchObject({ action: 'order.cancel', before: { status: 'pending' }, after: { status: 'cancelled' } })

    const paid = await order()
    await expect(cancelUnpaidOrder(db, actor, paid.id, NOW)).rejects.toThrow(OrderStateError)
  })
})
