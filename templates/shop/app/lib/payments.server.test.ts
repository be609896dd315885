// @vitest-environment node
import { WebhookSignatureError } from '@journeykit/checkout/server'
import { insertTestCatalog, openTestDatabase } from './test-database.server'
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { addToCart } from './cart.server'
import type { Database } from './db.server'
import { cancelOrder, checkoutIdForCart, fulfillOrder, getOrder, markPaid, placeOrder, type Order } from './orders.server'
import { processStripeWebhook, settleSucceededPayment, testRefunder } from './payments.server'

const secret = 'whsec_test_shop'
const stripe = new Stripe('sk_test_shop')
let db: Database

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-pack', slug: 'day-pack', name: 'Day Pack', price: 3000, variants: [{ id: 'v-pack', label: 'Green', stock: 100 }] },
  ])
}, 60_000)

afterAll(() => db.close())

/** Stripe's refunds endpoint on loopback, for the real SDK: one refund per Idempotency-Key, as Stripe keeps them. */
const refundRequests: Array<{ body: string; idempotencyKey: string | undefined }> = []
let refundServer: Server
let refundingStripe: Stripe
beforeAll(async () => {
  const refunds = new Map<string, string>()
  refundServer = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk))
    request.on('end', () => {
      const idempotencyKey = request.headers['idempotency-key'] as string | undefined
      refundRequests.push({ body, idempotencyKey })
      if (request.method !== 'POST' || request.url !== '/v1/refunds') return response.writeHead(404).end('{}')
      const id = refunds.get(idempotencyKey ?? '') ?? `re_fake_${refunds.size + 1}`
      refunds.set(idempotencyKey ?? id, id)
      const paymentIntent = new URLSearchParams(body).get('payment_intent')
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, object: 'refund', status: 'succeeded', payment_intent: paymentIntent }))
    })
  })
  await new Promise<void>((resolve) => refundServer.listen(0, '127.0.0.1', resolve))
  refundingStripe = new Stripe('sk_test_shop', { host: '127.0.0.1', port: (refundServer.address() as AddressInfo).port, protocol: 'http' })
})
afterAll(() => new Promise<void>((resolve) => refundServer.close(() => resolve())))

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

  it('refunds through Stripe a payment that succeeds for an order cancelled meanwhile, records it on the order and logs a refund', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const order = await pendingOrder()
    await cancelOrder(db, order.id)
    const intent = intentFor(order)
    const process = (event: { payload: string; header: string }) => processStripeWebhook(db, event.payload, event.header, secret, { stripe: refundingStripe })
    // The same payment reported twice (a redelivery under a new event id, or two shop processes) is refunded once.
    await Promise.all([process(signed('payment_intent.succeeded', intent)), process(signed('payment_intent.succeeded', intent))])
    expect(await getOrder(db, order.id)).toMatchObject({ status: 'refunded', paymentId: intent.id })
    const { rows } = await db.query('SELECT order_id, payment_id, amount, currency, reason FROM order_refunds WHERE order_id = $1', [order.id])
    expect(rows).toEqual([{ order_id: order.id, payment_id: intent.id, amount: order.total.amount, currency: 'EUR', reason: 'order_cancelled' }])
    const refundCalls = refundRequests.filter((request) => new URLSearchParams(request.body).get('payment_intent') === intent.id)
    expect(new Set(refundCalls.map((request) => request.idempotencyKey)).size).toBe(1)
    const logged = info.mock.calls.map((call) => String(call[0])).filter((line) => line.includes(order.id))
    expect(logged).toEqual([expect.stringMatching(/^\[shop\] refund: payment pi_\S+ \(\d+ EUR\) arrived for order NW-\d+, which was cancelled; refunded as re_fake_\d+$/)])
    expect(logged[0]).not.toContain(order.email)
    // Stripe then reports its own refund: the order stays refunded.
    await process(signed('charge.refunded', { id: 'ch_x', object: 'charge', amount: order.total.amount, amount_refunded: order.total.amount, refunded: true, payment_intent: intent.id, metadata: {} }))
    expect((await getOrder(db, order.id))!.status).toBe('refunded')
  })

  it('refunds in test mode a test payment approved for a cancelled order, once', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
    const order = await pendingOrder()
    await cancelOrder(db, order.id)
    const payment = { orderId: order.id, paymentId: 'pi_test_abc123', amount: order.total }
    expect(await settleSucceededPayment(db, payment, testRefunder)).toEqual({ outcome: 'refunded', refundId: 're_test_abc123' })
    expect(await settleSucceededPayment(db, payment, testRefunder)).toEqual({ outcome: 'already_refunded' })
    expect((await getOrder(db, order.id))!.status).toBe('refunded')
    const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM order_refunds WHERE order_id = $1', [order.id])
    expect(rows[0]!.count).toBe(1)
  })

  it('refunds a second payment for an order already paid, leaving the order paid', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
    const order = await pendingOrder()
    await settleSucceededPayment(db, { orderId: order.id, paymentId: 'pi_test_first', amount: order.total }, testRefunder)
    expect(await settleSucceededPayment(db, { orderId: order.id, paymentId: 'pi_test_first', amount: order.total }, testRefunder)).toMatchObject({ outcome: 'paid' })
    expect(await settleSucceededPayment(db, { orderId: order.id, paymentId: 'pi_test_second', amount: order.total }, testRefunder)).toMatchObject({ outcome: 'refunded' })
    expect(await getOrder(db, order.id)).toMatchObject({ status: 'paid', paymentId: 'pi_test_first' })
  })

  it('answers a repeat of the payment that paid an order since fulfilled as paid, refunding nothing', async () => {
    const order = await pendingOrder()
    const payment = { orderId: order.id, paymentId: 'pi_test_shipped', amount: order.total }
    await settleSucceededPayment(db, payment, testRefunder)
    await fulfillOrder(db, order.id)
    expect(await settleSucceededPayment(db, payment, testRefunder)).toMatchObject({ outcome: 'paid', order: { status: 'fulfilled' } })
    const { rows } = await db.query('SELECT 1 FROM order_refunds WHERE order_id = $1', [order.id])
    expect(rows).toEqual([])
  })

  it('keeps the order paid when Stripe reports the refund of a second payment the shop returned', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const order = await pendingOrder()
    await deliver(signed('payment_intent.succeeded', intentFor(order)))
    const second = intentFor(order, { id: `pi_second_${order.id}` })
    const secondPayment = signed('payment_intent.succeeded', second)
    await processStripeWebhook(db, secondPayment.payload, secondPayment.header, secret, { stripe: refundingStripe })
    // Stripe copies the payment's metadata (the order id) onto the charge it refunds.
    const charge = { id: `ch_second_${order.id}`, object: 'charge', amount: order.total.amount, amount_refunded: order.total.amount, refunded: true }
    await deliver(signed('charge.refunded', { ...charge, payment_intent: second.id, metadata: { orderId: order.id } }))
    expect(await getOrder(db, order.id)).toMatchObject({ status: 'paid', paymentId: `pi_${order.id}` })
    const { rows } = await db.query("SELECT 1 FROM journey_events WHERE name = 'order_refunded' AND event->'properties'->>'orderId' = $1", [order.id])
    expect(rows).toEqual([])
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
