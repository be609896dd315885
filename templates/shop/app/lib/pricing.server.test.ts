// @vitest-environment node
import { PricingError } from '@journeykit/checkout/server'
import { insertTestCatalog, openTestDatabase } from './test-database.server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './db.server'
import { checkCustomerLimit, couponRefusal, priceShopCart, taxNote, toCheckoutCart } from './pricing.server'

let db: Database

// The file's own catalog and coupons, so the tests do not depend on the demo seed's contents.
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'lights', name: 'Lights' }, [
    { id: 'p-lamp', slug: 'camp-lamp', name: 'Camp Lamp', brand: 'Lumen', price: 2000, variants: [{ id: 'v-lamp', label: 'One size', stock: 5 }] },
    {
      id: 'p-torch',
      slug: 'head-torch',
      name: 'Head Torch',
      brand: 'Lumen',
      price: 4000,
      variants: [
        { id: 'v-torch-red', label: 'Red', stock: 10 },
        { id: 'v-torch-blue', label: 'Blue', stock: 1 },
      ],
    },
  ])
  await db.query(`INSERT INTO customers (id, email) VALUES ('cus-owner', 'owner@example.com'), ('cus-other', 'other@example.com')`)
  await db.query(
    `INSERT INTO coupons (code, kind, value, expires_at, min_subtotal, usage_limit, used, customer_id) VALUES
       ('TENOFF', 'percent', 10, NULL, NULL, NULL, 0, NULL),
       ('FIVE', 'fixed', 500, NULL, NULL, NULL, 0, NULL),
       ('SHIPFREE', 'free_shipping', 0, NULL, 5000, NULL, 0, NULL),
       ('OLD', 'percent', 20, '2020-01-01T00:00:00Z', NULL, NULL, 0, NULL),
       ('GONE', 'fixed', 500, NULL, NULL, 3, 3, NULL),
       ('MINE', 'fixed', 500, NULL, NULL, 1, 0, 'cus-owner')`,
  )
}, 60_000)

afterAll(() => db.close())

const lamp = (quantity = 1) => ({ productId: 'p-lamp', variantId: 'v-lamp', quantity })
const torch = (variantId = 'v-torch-red', quantity = 1) => ({ productId: 'p-torch', variantId, quantity })

async function refusal(promise: Promise<unknown>): Promise<PricingError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(PricingError)
  return error as PricingError
}

describe('priceShopCart', () => {
  it('prices lines from the catalog with VAT included (19 % in Germany)', async () => {
    const cart = await priceShopCart(db, [lamp(2), torch()], { country: 'DE', shippingMethod: 'standard' })
    expect(cart.subtotal).toEqual({ amount: 8000, currency: 'EUR' })
    expect(cart.shipping.amount).toBe(0) // free from €75
    expect(cart.total.amount).toBe(8000)
    expect(cart.tax.amount).toBe(Math.round((8000 * 0.19) / 1.19))
    expect(cart.lines.map((line) => [line.variantId, line.unitPrice.amount, line.quantity])).toEqual([
      ['v-lamp', 2000, 2],
      ['v-torch-red', 4000, 1],
    ])
    expect(cart.items[1]).toMatchObject({ id: 'p-torch', name: 'Head Torch', variant: 'Red', brand: 'Lumen', category: 'Lights' })
  })

  it('charges €4.90 standard shipping under €75 and offers express in Europe only', async () => {
    const france = await priceShopCart(db, [lamp()], { country: 'FR', shippingMethod: 'standard' })
    expect(france.shipping.amount).toBe(490)
    expect(france.total.amount).toBe(2490)
    expect(france.tax.amount).toBe(Math.round((2490 * 0.2) / 1.2))
    expect(france.shippingOptions.map((option) => [option.id, option.price.amount])).toEqual([
      ['standard', 490],
      ['express', 1290],
    ])
    const us = await priceShopCart(db, [lamp()], { country: 'US' })
    expect(us.shippingOptions.map((option) => option.id)).toEqual(['standard'])
    expect((await refusal(priceShopCart(db, [lamp()], { country: 'US', shippingMethod: 'express' }))).code).toBe('shipping_unavailable')
  })

  it('charges no VAT outside Europe and says why', async () => {
    const china = await priceShopCart(db, [lamp()], { country: 'CN', shippingMethod: 'standard' })
    expect(china.tax.amount).toBe(0)
    expect(taxNote('CN')).toMatch(/No VAT/)
    expect(taxNote('DE')).toBeUndefined()
  })

  it('applies percent, fixed and free-shipping coupons from the coupons table, case-insensitively', async () => {
    const percent = await priceShopCart(db, [lamp()], { country: 'DE', shippingMethod: 'standard', coupon: ' tenoff ' })
    expect(percent.discount.amount).toBe(200)
    expect(percent.coupon).toBe('TENOFF')
    expect((await priceShopCart(db, [lamp()], { country: 'DE', coupon: 'FIVE' })).total.amount).toBe(1500)
    const freeShipping = await priceShopCart(db, [lamp(3)], { country: 'DE', shippingMethod: 'express', coupon: 'SHIPFREE' })
    expect(freeShipping.discount.amount).toBe(1290)
    expect(freeShipping.total.amount).toBe(6000)
  })

  it('refuses unknown, expired, used-up, too-small and other customers’ coupons with a message for the payer', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['NOPE', 'coupon_unknown', /not valid/],
      ['OLD', 'coupon_expired', /expired/],
      ['GONE', 'coupon_exhausted', /used up/],
      ['SHIPFREE', 'coupon_min_subtotal', /at least €50\.00/],
    ]
    for (const [coupon, code, message] of cases) {
      const error = await refusal(priceShopCart(db, [lamp()], { country: 'DE', coupon }))
      expect(error.code).toBe(code)
      expect(couponRefusal(error)).toMatch(message)
    }
    const foreign = await refusal(priceShopCart(db, [lamp()], { country: 'DE', coupon: 'MINE', customerId: 'cus-other' }))
    expect(couponRefusal(foreign)).toMatch(/another account/)
    expect((await priceShopCart(db, [lamp()], { country: 'DE', coupon: 'MINE', customerId: 'cus-owner' })).discount.amount).toBe(500)
    // While the payer is unknown (a quote), the owner's code is accepted; placing the order checks it.
    expect((await priceShopCart(db, [lamp()], { country: 'DE', coupon: 'MINE' })).discount.amount).toBe(500)
  })

  it('refuses more than the stock, unknown variants and an empty cart', async () => {
    expect((await refusal(priceShopCart(db, [torch('v-torch-blue', 2)]))).code).toBe('out_of_stock')
    expect((await refusal(priceShopCart(db, [torch('v-nope')]))).code).toBe('unknown_variant')
    expect((await refusal(priceShopCart(db, [{ productId: 'p-nope', variantId: 'v-lamp', quantity: 1 }]))).code).toBe('unknown_product')
    expect((await refusal(priceShopCart(db, []))).code).toBe('empty_cart')
  })
})

describe('checkCustomerLimit', () => {
  let orders = 0
  const usedOnce = async (code: string, email: string, status = 'paid') => {
    const id = `NW-LIM-${++orders}`
    await db.query('INSERT INTO customers (id, email) VALUES ($1, $2)', [`cus-lim-${orders}`, email])
    await db.query(
      `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address, coupon_code)
       VALUES ($1, $1, $1, $5, $2, $3, 'EUR', 2000, 0, 0, 200, 1800, 'standard', '{}', $4)`,
      [id, email, status, code, `cus-lim-${orders}`],
    )
  }
  const limit = (code: string, payer: { email?: string; customerId?: string }) => checkCustomerLimit(db, { code, perCustomerLimit: 1 }, payer)

  it('counts per inbox: case, spaces, Gmail dots and +tags are one payer; a cancelled order does not count', async () => {
    await usedOnce('INBOX1', 'jo.walker@gmail.com')
    await usedOnce('INBOX1', 'someone@example.com', 'cancelled')
    for (const spelling of ['jo.walker@gmail.com', ' JoWalker+deals@Gmail.com ', 'jowalker@googlemail.com']) {
      const refused = await limit('INBOX1', { email: spelling }).then(() => null, (error: unknown) => error)
      expect(refused, spelling).toBeInstanceOf(PricingError)
      expect(couponRefusal(refused as PricingError)).toBe('You have already used this code once, as often as one customer may.')
    }
    await expect(limit('INBOX1', { email: 'someone@example.com' })).resolves.toBeUndefined()
    await expect(limit('INBOX1', { email: 'jo.walker@example.com' })).resolves.toBeUndefined()
  })

  it('has nothing to count before the payer is known, and no limit means none', async () => {
    await usedOnce('INBOX2', 'kim@example.com')
    await expect(limit('INBOX2', {})).resolves.toBeUndefined()
    await expect(checkCustomerLimit(db, { code: 'INBOX2', perCustomerLimit: null }, { email: 'kim@example.com' })).resolves.toBeUndefined()
  })

  it('is what priceShopCart checks once the payer typed their email', async () => {
    await db.query("INSERT INTO coupons (code, kind, value, per_customer_limit) VALUES ('ONEPER', 'fixed', 300, 1)")
    await usedOnce('ONEPER', 'lee@example.com')
    const lines = [{ productId: 'p-lamp', variantId: 'v-lamp', quantity: 1 }]
    expect((await priceShopCart(db, lines, { coupon: 'ONEPER' })).coupon).toBe('ONEPER')
    expect((await priceShopCart(db, lines, { coupon: 'ONEPER', email: 'new@example.com' })).coupon).toBe('ONEPER')
    await expect(priceShopCart(db, lines, { coupon: 'oneper', email: 'LEE+x@example.com' })).rejects.toMatchObject({ code: 'coupon_exhausted' })
  })
})

describe('toCheckoutCart', () => {
  it('gives the checkout the server’s numbers with tax marked as included', async () => {
    const cart = toCheckoutCart(await priceShopCart(db, [torch()], { country: 'DE', shippingMethod: 'standard', coupon: 'FIVE' }))
    expect(cart).toMatchObject({
      lines: [{ id: 'p-torch', name: 'Head Torch', variant: 'Red', quantity: 1, price: { amount: 4000, currency: 'EUR' } }],
      subtotal: { amount: 4000 },
      shipping: { amount: 490 },
      discount: { amount: 500 },
      total: { amount: 3990 },
      coupon: 'FIVE',
      taxIncluded: true,
    })
  })
})
