// @vitest-environment node
import { WebhookSignatureError } from '@journeykit/checkout/server'
import { openTestDatabase } from './test-database.server'
import { randomUUID } from 'node:crypto'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { addToCart } from './cart.server'
import type { Database } from './db.server'
import { checkoutIdForCart, getOrder, markPaid, placeOrder, type Order } from './orders.server'
import { processStripeWebhook } from './payments.server'

const secret = 'whsec_test_shop'
const stripe = new Stripe('sk_test_shop')
let db: Database

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await db.query(`INSERT INTO categories (id, name, description, position, attribute_groups) VALUES ('packs', 'Packs', 'Bags', 0, '[]')`)
  await db.query(
    `INSERT INTO products (id, slug, category_id, name, brand, description, price_amount, currency, images, attributes)
     VALUES ('p-pack', 'day-pack', 'packs', 'Day Pack', 'Northwind', 'A pack.', 3000, 'EUR', '[]', '{}')`,
  )
  await db.query(`INSERT INTO variants (id, product_id, label, position, stock) VALUES ('v-pack', 'p-pack', 'Green', 0, 100)`)
}, 60_000)

afterAll(() => db.close())

async function pendingOrder(): Promise<Order> {
  const cartId = randomUUID()
  await addToCart(db, cartId, 'v-pack', 1)
  const details = { email: 'ada@example.com', phone: '', givenName: 'Ada', familyName: 'L', line1: 'Street 1', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE' }
  const { order } = await placeOrder(db, { cartId, checkoutId: checkoutIdForCart(cartId), idempotencyKey: randomUUID(), details, shippingMethod: 'standard' })
  return order
}

function signed(type: string, object: Record<string, unknown>, id = `evt_${randomUUID()}`) {
  const payload = JSON.stringify({ id, object: 'event', type, api_version: '2026-01-01', created: 1_790_000_000, data: { object }, livemode: false })
  return { payload, header: stripe.webhooks.generateTestHeaderString({ payload, secret }) }
}

const intentFor = (order: Order, overrides: Record<string, unknown> = {}) => ({
  id: `pi_${order.id}`,
  object: 'payment_intent',
  amount: order.total.amount,
  currency: 'eur',
  status: 'succeeded',
  metadata: { orderId: order.id },
  ...overrides,
})

const deliver = (event: { payload: string; header: string }) => processStripeWebhook(db, event.payload, event.header, secret, { stripe })

async function stockOfPack(): Promise<number> {
  const { rows } = await db.query<{ stock: number }>(`SELECT stock FROM variants WHERE id = 'v-pack'`)
  return rows[0]!.stock
}

describe('processStripeWebhook', () => {
  it('marks the order paid on payment_intent.succeeded; a replayed event changes nothing', async () => {
    const order = await pendingOrder()
    const event = signed('payment_intent.succeeded', intentFor(order))
    expect(await deliver(event)).toMatchObject({ status: 'processed' })
    expect(await getOrder(db, order.id)).toMatchObject({ status: 'paid', paymentId: `pi_${order.id}` })
    const { rows: processed } = await db.query('SELECT event_id FROM processed_webhooks')
    expect(processed.length).toBeGreaterThan(0)
    const before = await db.query('SELECT count(*)::int AS count FROM journey_events')
    expect(await deliver(event)).toMatchObject({ status: 'duplicate' })
    expect(await db.query('SELECT count(*)::int AS count FROM journey_events')).toEqual(before)
  })

  it('refuses a forged signature or one made with another secret, changing nothing', async () => {
    const order = await pendingOrder()
    const { payload, header } = signed('payment_intent.succeeded', intentFor(order))
    await expect(processStripeWebhook(db, payload, 't=1790000000,v1=deadbeef', secret, { stripe })).rejects.toBeInstanceOf(WebhookSignatureError)
    await expect(processStripeWebhook(db, payload, header, 'whsec_other', { stripe })).rejects.toBeInstanceOf(WebhookSignatureError)
    await expect(processStripeWebhook(db, payload.replace(`"amount":${order.total.amount}`, '"amount":1'), header, secret, { stripe })).rejects.toBeInstanceOf(
      WebhookSignatureError,
    )
    expect((await getOrder(db, order.id))!.status).toBe('pending')
  })

  it('does not mark an order paid for an amount other than its total', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const order = await pendingOrder()
    await deliver(signed('payment_intent.succeeded', intentFor(order, { amount: 100 })))
    expect((await getOrder(db, order.id))!.status).toBe('pending')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('does not match'))
  })

  it('cancels the order and releases its stock on payment_intent.payment_failed', async () => {
    const order = await pendingOrder()
    const stock = await stockOfPack()
    await deliver(signed('payment_intent.payment_failed', intentFor(order, { status: 'requires_payment_method' })))
    expect((await getOrder(db, order.id))!.status).toBe('cancelled')
    expect(await stockOfPack()).toBe(stock + 1)
  })

  it('acknowledges a late failure of an order that was paid meanwhile, leaving it paid', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const order = await pendingOrder()
    await markPaid(db, order.id, `pi_${order.id}`)
    expect(await deliver(signed('payment_intent.payment_failed', intentFor(order)))).toMatchObject({ status: 'processed' })
    expect((await getOrder(db, order.id))!.status).toBe('paid')
    expect(warn).toHaveBeenCalled()
  })

  it('refunds the order on a full charge.refunded, found by its payment intent; a partial refund leaves it paid', async () => {
    const order = await pendingOrder()
    await deliver(signed('payment_intent.succeeded', intentFor(order)))
    const charge = { id: `ch_${order.id}`, object: 'charge', amount: order.total.amount, payment_intent: `pi_${order.id}`, metadata: {} }
    await deliver(signed('charge.refunded', { ...charge, amount_refunded: 100, refunded: false }))
    expect((await getOrder(db, order.id))!.status).toBe('paid')
    await deliver(signed('charge.refunded', { ...charge, amount_refunded: order.total.amount, refunded: true }))
    expect((await getOrder(db, order.id))!.status).toBe('refunded')
  })
})
