// @vitest-environment node
import { PricingError } from '@journeykit/checkout/server'
import { insertTestCatalog, openTestDatabase } from './test-database.server'
import { rejection } from '../../test/rejection'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addToCart } from './cart.server'
import type { Database } from './db.server'
import { recordServerEvent, createServerEvent } from './journey-events.server'
import {
  cancelOrder,
  checkoutIdForCart,
  fulfillOrder,
  getOrder,
  initialCheckoutQuote,
  isOrderAccessToken,
  markFailed,
  markPaid,
  orderAccessToken,
  orderCompletedProperties,
  OrderStateError,
  OrderValidationError,
  placeOrder,
  quoteCheckout,
  refundOrder,
  SoldOutError,
  type PlaceOrderInput,
} from './orders.server'

let db: Database

// The file's own catalog rows, so the tests do not depend on the demo seed's contents.
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    {
      id: 'p-pack',
      slug: 'day-pack',
      name: 'Day Pack',
      price: 3000,
      variants: [
        { id: 'v-pack', label: 'Green', stock: 100 },
        { id: 'v-pack-blue', label: 'Blue', stock: 100 },
      ],
    },
    { id: 'p-last', slug: 'last-lantern', name: 'Last Lantern', brand: 'Lumen', price: 5000, variants: [{ id: 'v-last', label: 'One size', stock: 1 }] },
  ])
  await db.query(`INSERT INTO coupons (code, kind, value, usage_limit) VALUES ('TENOFF', 'percent', 10, NULL), ('ONCE', 'fixed', 500, 1)`)
}, 60_000)

afterAll(() => db.close())

const details = (overrides: Record<string, unknown> = {}) => ({
  email: 'Ada@Example.com',
  phone: '',
  givenName: 'Ada',
  familyName: 'Lovelace',
  line1: 'Unter den Linden 1',
  line2: '',
  city: 'Berlin',
  region: '',
  postalCode: '10117',
  country: 'DE',
  saveDetails: false,
  ...overrides,
})

async function cartWith(...lines: Array<[variantId: string, quantity: number]>): Promise<string> {
  const cartId = randomUUID()
  for (const [variantId, quantity] of lines) await addToCart(db, cartId, variantId, quantity)
  return cartId
}

function input(cartId: string, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    cartId,
    checkoutId: checkoutIdForCart(cartId),
    idempotencyKey: randomUUID(),
    details: details(),
    shippingMethod: 'standard',
    ...overrides,
  }
}

async function stockOf(variantId: string): Promise<number> {
  const { rows } = await db.query<{ stock: number }>('SELECT stock FROM variants WHERE id = $1', [variantId])
  return rows[0]!.stock
}

async function countOrders(): Promise<number> {
  const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM orders')
  return rows[0]!.count
}

/** A fresh variant with `stock` units, for tests that change stock. */
async function variantWith(stock: number): Promise<string> {
  const id = `v-${randomUUID()}`
  await db.query(`INSERT INTO variants (id, product_id, label, position, stock) VALUES ($1, 'p-pack', 'Blue', 1, $2)`, [id, stock])
  return id
}

describe('placeOrder', () => {
  it('re-prices the cart, creates the customer, reserves stock and counts the coupon, as a pending order', async () => {
    const cartId = await cartWith(['v-pack', 2])
    const before = await stockOf('v-pack')
    const { order, created } = await placeOrder(db, input(cartId, { coupon: 'tenoff', anonymousId: 'visitor-1', touchpoint: { channel: 'owned', source: 'newsletter' } }))
    expect(created).toBe(true)
    expect(order.id).toMatch(/^NW-\d{5}$/)
    expect(order).toMatchObject({
      status: 'pending',
      email: 'Ada@Example.com',
      subtotal: { amount: 6000, currency: 'EUR' },
      discount: { amount: 600 },
      shipping: { amount: 490 },
      total: { amount: 5890 },
      coupon: 'TENOFF',
      shippingMethod: 'standard',
      anonymousId: 'visitor-1',
      touchpoint: { channel: 'owned', source: 'newsletter' },
      address: { givenName: 'Ada', city: 'Berlin', country: 'DE', postalCode: '10117' },
    })
    expect(order.lines).toEqual([
      expect.objectContaining({ variantId: 'v-pack', productId: 'p-pack', slug: 'day-pack', name: 'Day Pack', variantLabel: 'Green', quantity: 2 }),
    ])
    expect(await stockOf('v-pack')).toBe(before - 2)
    const { rows: customers } = await db.query<{ id: string; email: string; first_name: string }>('SELECT * FROM customers')
    expect(customers).toEqual([expect.objectContaining({ id: order.customerId, email: 'ada@example.com', first_name: 'Ada' })])
    const { rows: coupons } = await db.query<{ used: number }>(`SELECT used FROM coupons WHERE code = 'TENOFF'`)
    expect(coupons[0]!.used).toBe(1)
  })

  it('numbers orders one after the other and finds the same customer by email in any case', async () => {
    const first = await placeOrder(db, input(await cartWith(['v-pack', 1])))
    const second = await placeOrder(db, input(await cartWith(['v-pack', 1]), { details: details({ email: ' ADA@example.COM ' }) }))
    expect(Number(second.order.id.slice(3))).toBe(Number(first.order.id.slice(3)) + 1)
    expect(second.order.customerId).toBe(first.order.customerId)
  })

  it('returns the existing order for the same idempotency key, also when both requests race', async () => {
    const cartId = await cartWith(['v-pack', 1])
    const before = await stockOf('v-pack')
    const orders = await countOrders()
    const attempt = input(cartId)
    const [a, b] = await Promise.all([placeOrder(db, attempt), placeOrder(db, attempt)])
    const again = await placeOrder(db, attempt)
    expect(new Set([a.order.id, b.order.id, again.order.id]).size).toBe(1)
    expect([a.created, b.created, again.created].filter(Boolean)).toHaveLength(1)
    expect(await countOrders()).toBe(orders + 1)
    expect(await stockOf('v-pack')).toBe(before - 1)
  })

  it('keeps one pending order per cart whatever keys two concurrent attempts carry, the stock reserved once', async () => {
    const cartId = await cartWith(['v-pack', 2])
    const before = await stockOf('v-pack')
    const placed = await Promise.all([placeOrder(db, input(cartId)), placeOrder(db, input(cartId)), placeOrder(db, input(cartId))])
    const { rows: pending } = await db.query<{ id: string }>(`SELECT id FROM orders WHERE checkout_id = $1 AND status = 'pending'`, [checkoutIdForCart(cartId)])
    expect(pending).toHaveLength(1)
    expect(placed.map((result) => result.order.id)).toContain(pending[0]!.id)
    expect(await stockOf('v-pack')).toBe(before - 2)
  })

  it('settles concurrent attempts on two carts of one customer sharing variants, each cart superseding its pending order, without a deadlock', async () => {
    const carts = [await cartWith(['v-pack', 1], ['v-pack-blue', 1]), await cartWith(['v-pack-blue', 1], ['v-pack', 1])]
    for (const cartId of carts) await placeOrder(db, input(cartId))
    const before = [await stockOf('v-pack'), await stockOf('v-pack-blue')]
    const attempts = carts.flatMap((cartId) => [1, 2, 3].map(() => placeOrder(db, input(cartId))))
    await expect(Promise.all(attempts)).resolves.toHaveLength(6)
    for (const cartId of carts) {
      const { rows } = await db.query(`SELECT id FROM orders WHERE checkout_id = $1 AND status = 'pending'`, [checkoutIdForCart(cartId)])
      expect(rows).toHaveLength(1)
    }
    expect([await stockOf('v-pack'), await stockOf('v-pack-blue')]).toEqual(before)
  })

  it('lets a new attempt supersede the cart’s pending order: the earlier one is cancelled, its stock and coupon returned', async () => {
    const couponUses = async () => (await db.query<{ used: number }>(`SELECT used FROM coupons WHERE code = 'TENOFF'`)).rows[0]!.used
    const cartId = await cartWith(['v-last', 1])
    const usesBefore = await couponUses()
    const first = await placeOrder(db, input(cartId, { coupon: 'TENOFF' }))
    expect(await couponUses()).toBe(usesBefore + 1)
    const second = await placeOrder(db, input(cartId, { details: details({ city: 'Hamburg', postalCode: '20095' }) }))
    expect(second).toMatchObject({ created: true, order: { status: 'pending', address: { city: 'Hamburg' } } })
    expect((await getOrder(db, first.order.id))!.status).toBe('cancelled')
    expect(await couponUses()).toBe(usesBefore)
    expect(await stockOf('v-last')).toBe(0)
    await cancelOrder(db, second.order.id)
    expect(await stockOf('v-last')).toBe(1)
  })

  it('refuses a second pending order for one checkout in the database itself (another process cannot slip one in)', async () => {
    const { order } = await placeOrder(db, input(await cartWith(['v-pack', 1])))
    const copy = db.query(
      `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
       SELECT 'NW-COPY', checkout_id, 'another-key', customer_id, email, 'pending', currency, subtotal, shipping, tax, discount, total, shipping_method, address
         FROM orders WHERE id = $1`,
      [order.id],
    )
    await expect(copy).rejects.toMatchObject({ code: '23505' })
  })

  it('sells the last unit once when two buyers race for it: the other is told it sold out', async () => {
    const [alice, bob] = [await cartWith(['v-last', 1]), await cartWith(['v-last', 1])]
    const orders = await countOrders()
    const results = await Promise.allSettled([placeOrder(db, input(alice)), placeOrder(db, input(bob, { details: details({ email: 'bob@example.com' }) }))])
    const fulfilled = results.filter((result) => result.status === 'fulfilled')
    const rejected = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []))
    expect(fulfilled).toHaveLength(1)
    expect(rejected).toHaveLength(1)
    expect(rejected[0]).toBeInstanceOf(SoldOutError)
    expect((rejected[0] as SoldOutError).message).toBe('Last Lantern just sold out.')
    expect((rejected[0] as SoldOutError).item).toMatchObject({ productId: 'p-last', variantId: 'v-last' })
    expect(await stockOf('v-last')).toBe(0)
    expect(await countOrders()).toBe(orders + 1)
  })

  it('writes nothing when a later line is sold out (the whole transaction rolls back)', async () => {
    const scarce = await variantWith(2)
    const cartId = await cartWith(['v-pack', 1], [scarce, 2])
    await db.query('UPDATE variants SET stock = 1 WHERE id = $1', [scarce])
    const packs = await stockOf('v-pack')
    const orders = await countOrders()
    const error = await rejection(placeOrder(db, input(cartId, { coupon: 'ONCE' })), SoldOutError)
    expect(error.message).toBe('Only 1 of Day Pack (Blue) left.')
    expect(error.available).toBe(1)
    expect(await stockOf('v-pack')).toBe(packs)
    expect(await stockOf(scarce)).toBe(1)
    expect(await countOrders()).toBe(orders)
    const { rows } = await db.query<{ used: number }>(`SELECT used FROM coupons WHERE code = 'ONCE'`)
    expect(rows[0]!.used).toBe(0)
  })

  it('refuses invalid details field by field, an unavailable shipping method and an empty cart, writing nothing', async () => {
    const cartId = await cartWith(['v-pack', 1])
    const orders = await countOrders()
    const invalid = await rejection(
      placeOrder(db, input(cartId, { details: details({ email: 'nope', postalCode: '1', givenName: ' ', country: 'JP' }), shippingMethod: 'teleport' })),
      OrderValidationError,
    )
    expect(Object.keys(invalid.fields).sort()).toEqual(['country', 'email', 'givenName', 'shippingMethod'])
    const usPostal = await rejection(placeOrder(db, input(cartId, { details: details({ country: 'US', region: '', postalCode: '1234' }) })), OrderValidationError)
    expect(Object.keys(usPostal.fields).sort()).toEqual(['postalCode', 'region'])
    const express = await rejection(
      placeOrder(db, input(cartId, { details: details({ country: 'US', region: 'NY', postalCode: '10001' }), shippingMethod: 'express' })),
      PricingError,
    )
    expect(express.code).toBe('shipping_unavailable')
    expect((await rejection(placeOrder(db, input(randomUUID())), PricingError)).code).toBe('empty_cart')
    expect((await rejection(placeOrder(db, input(cartId, { idempotencyKey: 'short' })), OrderValidationError)).fields).toHaveProperty('idempotencyKey')
    expect(await countOrders()).toBe(orders)
  })

  it('keeps a customer’s reward code for that customer', async () => {
    await db.query(`INSERT INTO customers (id, email) VALUES ('cus-grace', 'grace@example.com')`)
    await db.query(`INSERT INTO coupons (code, kind, value, usage_limit, customer_id) VALUES ('GRACE5', 'fixed', 500, 1, 'cus-grace')`)
    const cartId = await cartWith(['v-pack', 1])
    expect((await rejection(placeOrder(db, input(cartId, { coupon: 'GRACE5' })), PricingError)).code).toBe('coupon_unknown')
    const { order } = await placeOrder(db, input(cartId, { coupon: 'GRACE5', details: details({ email: 'grace@example.com' }) }))
    expect(order.discount.amount).toBe(500)
  })
})

async function pendingOrder(coupon?: string) {
  const { order } = await placeOrder(db, input(await cartWith(['v-pack', 1]), coupon ? { coupon } : {}))
  return order
}

async function serverEvents(orderId: string) {
  const { rows } = await db.query<{ name: string; origin: string; transaction_id: string | null; event: { properties: Record<string, unknown> } }>(
    `SELECT name, origin, transaction_id, event FROM journey_events WHERE event->'properties'->>'orderId' = $1 ORDER BY name`,
    [orderId],
  )
  return rows
}

describe('quoteCheckout', () => {
  it('prices the cart for a destination and drops a method that does not ship there, saying why', async () => {
    const cartId = await cartWith(['v-pack', 1])
    const germany = await quoteCheckout(db, cartId, { country: 'DE', shippingMethod: 'express', coupon: 'TENOFF' })
    expect(germany).toMatchObject({ country: 'DE', shippingMethod: 'express', shippingNotice: null, taxNote: null })
    expect(germany.cart).toMatchObject({ shipping: { amount: 1290 }, discount: { amount: 300 }, coupon: 'TENOFF', taxIncluded: true })
    expect(germany.shippingOptions.map((option) => option.id)).toEqual(['standard', 'express'])
    const us = await quoteCheckout(db, cartId, { country: 'us', shippingMethod: 'express' })
    expect(us).toMatchObject({ country: 'US', shippingMethod: null, cart: { shipping: { amount: 0 }, tax: { amount: 0 } } })
    expect(us.shippingNotice).toBe('Express delivery does not reach United States. Choose another shipping method.')
    expect(us.taxNote).toMatch(/No VAT/)
    expect((await quoteCheckout(db, cartId, { country: 'XX' })).country).toBe('DE')
  })

  it('with the payer’s email, refuses a coupon their inbox used up, as placing the order does', async () => {
    await db.query("INSERT INTO coupons (code, kind, value, per_customer_limit) VALUES ('ONEEACH', 'fixed', 500, 1)")
    await placeOrder(db, input(await cartWith(['v-pack', 1]), { coupon: 'ONEEACH', details: details({ email: 'grace@example.com' }) }))
    const cartId = await cartWith(['v-pack', 1])
    expect((await quoteCheckout(db, cartId, { coupon: 'ONEEACH' })).cart.coupon).toBe('ONEEACH')
    expect((await quoteCheckout(db, cartId, { coupon: 'ONEEACH', email: 'hopper@example.com' })).cart.coupon).toBe('ONEEACH')
    const quoted = await quoteCheckout(db, cartId, { coupon: 'ONEEACH', email: ' Grace+again@Example.com ' }).catch((error: unknown) => error)
    expect(quoted).toMatchObject({ code: 'coupon_exhausted', details: { reason: 'customer_limit' } })
    const placed = await placeOrder(db, input(cartId, { coupon: 'ONEEACH', details: details({ email: ' Grace+again@Example.com ' }) })).catch((error: unknown) => error)
    expect(placed).toMatchObject({ code: 'coupon_exhausted', details: { reason: 'customer_limit' } })
  })

  it('starts the checkout in Germany with standard shipping and the cart’s coupon while it applies', async () => {
    const cartId = await cartWith(['v-pack', 1])
    await db.query(`UPDATE carts SET coupon_code = 'TENOFF' WHERE id = $1`, [cartId])
    expect(await initialCheckoutQuote(db, cartId)).toMatchObject({ country: 'DE', shippingMethod: 'standard', cart: { coupon: 'TENOFF' } })
    await db.query(`UPDATE carts SET coupon_code = 'NOPE' WHERE id = $1`, [cartId])
    expect((await initialCheckoutQuote(db, cartId))!.cart.coupon).toBeUndefined()
    expect(await initialCheckoutQuote(db, randomUUID())).toBeNull()
    const scarce = await variantWith(1)
    const overStock = await cartWith([scarce, 1])
    await db.query('UPDATE variants SET stock = 0 WHERE id = $1', [scarce])
    expect(await initialCheckoutQuote(db, overStock)).toBeNull()
  })
})

describe('order states', () => {
  it('pending → paid records order_completed server-side once, awards loyalty points, and ignores a repeated confirmation', async () => {
    const order = await pendingOrder()
    const paid = await markPaid(db, order.id, 'pi_1')
    expect(paid).toMatchObject({ status: 'paid', paymentId: 'pi_1' })
    expect(paid.paidAt).not.toBeNull()
    const again = await markPaid(db, order.id, 'pi_1')
    expect(again.status).toBe('paid')
    const events = await serverEvents(order.id)
    expect(events).toEqual([expect.objectContaining({ name: 'order_completed', origin: 'server', transaction_id: order.id })])
    expect(events[0]!.event.properties).toMatchObject({ orderId: order.id, total: { amount: 3490, currency: 'EUR' }, items: [{ id: 'p-pack', quantity: 1 }] })
    const { rows: points } = await db.query<{ points: number }>(`SELECT points FROM loyalty_ledger WHERE order_id = $1 AND kind = 'earn'`, [order.id])
    expect(points).toEqual([{ points: 30 }])
  })

  it('stores one server copy per purchase (de-duplicated by transaction id), and a redelivered event once', async () => {
    const order = await markPaid(db, (await pendingOrder()).id, 'pi_2')
    const secondCopy = createServerEvent('order_completed', orderCompletedProperties(order))
    expect(await recordServerEvent(db, secondCopy)).toBe(false)
    expect(await serverEvents(order.id)).toHaveLength(1)
    // Any other event is stored once per event id.
    const refund = createServerEvent('order_refunded', { orderId: order.id, total: order.total })
    expect(await recordServerEvent(db, refund)).toBe(true)
    expect(await recordServerEvent(db, refund)).toBe(false)
  })

  it('refuses illegal transitions with a typed error', async () => {
    const order = await pendingOrder()
    for (const transition of [refundOrder, fulfillOrder]) {
      const error = await rejection(transition(db, order.id), OrderStateError)
      expect(error).toMatchObject({ orderId: order.id, from: 'pending' })
    }
    await markPaid(db, order.id, 'pi_3')
    expect(await rejection(markPaid(db, order.id, 'pi_other'), OrderStateError)).toMatchObject({ from: 'paid', to: 'paid' })
    expect(await rejection(cancelOrder(db, order.id), OrderStateError)).toMatchObject({ from: 'paid', to: 'cancelled' })
    expect(await rejection(markPaid(db, 'NW-1', 'pi_x'), Error)).toHaveProperty('name', 'OrderNotFoundError')
  })

  it('paid → fulfilled → refunded records order_refunded and takes the points back', async () => {
    const order = await pendingOrder()
    await markPaid(db, order.id, 'pi_4')
    expect((await fulfillOrder(db, order.id)).status).toBe('fulfilled')
    const refunded = await refundOrder(db, order.id)
    expect(refunded.status).toBe('refunded')
    expect((await refundOrder(db, order.id)).status).toBe('refunded')
    expect((await serverEvents(order.id)).map((event) => [event.name, event.transaction_id])).toEqual([
      ['order_completed', order.id],
      ['order_refunded', null],
    ])
    const { rows } = await db.query<{ total: number }>('SELECT coalesce(sum(points), 0)::int AS total FROM loyalty_ledger WHERE order_id = $1', [order.id])
    expect(rows[0]!.total).toBe(0)
    expect(await rejection(markPaid(db, order.id, 'pi_4b'), OrderStateError)).toMatchObject({ from: 'refunded' })
  })

  it('pending → cancelled (failed payment) puts the stock and the coupon use back and frees the attempt’s key', async () => {
    const variant = await variantWith(1)
    const cartId = await cartWith([variant, 1])
    const attempt = input(cartId, { coupon: 'TENOFF' })
    const { order } = await placeOrder(db, attempt)
    const { rows: used } = await db.query<{ used: number }>(`SELECT used FROM coupons WHERE code = 'TENOFF'`)
    expect(await stockOf(variant)).toBe(0)
    const cancelled = await markFailed(db, order.id)
    expect(cancelled.status).toBe('cancelled')
    expect((await cancelOrder(db, order.id)).status).toBe('cancelled')
    expect(await stockOf(variant)).toBe(1)
    const { rows: after } = await db.query<{ used: number }>(`SELECT used FROM coupons WHERE code = 'TENOFF'`)
    expect(after[0]!.used).toBe(used[0]!.used - 1)
    expect(await rejection(markPaid(db, order.id, 'pi_late'), OrderStateError)).toMatchObject({ from: 'cancelled' })
    // The payer retries the same attempt (e.g. another card): a new order is placed.
    const retry = await placeOrder(db, attempt)
    expect(retry.created).toBe(true)
    expect(retry.order.id).not.toBe(order.id)
    expect((await getOrder(db, order.id))!.status).toBe('cancelled')
  })
})

describe('access', () => {
  it('signs order links and checkout ids with the session secret', () => {
    const token = orderAccessToken('NW-10001', 'secret')
    expect(isOrderAccessToken('NW-10001', token, 'secret')).toBe(true)
    expect(isOrderAccessToken('NW-10002', token, 'secret')).toBe(false)
    expect(isOrderAccessToken('NW-10001', token, 'other secret')).toBe(false)
    expect(isOrderAccessToken('NW-10001', undefined, 'secret')).toBe(false)
    expect(checkoutIdForCart('cart-1', 'secret')).toBe(checkoutIdForCart('cart-1', 'secret'))
    expect(checkoutIdForCart('cart-1', 'secret')).not.toContain('cart-1')
  })
})
