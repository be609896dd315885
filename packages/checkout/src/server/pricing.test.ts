// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { PricingError } from './errors'
import { priceCart, type CatalogProduct, type PricingRules } from './pricing'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

const products: CatalogProduct[] = [
  { id: 'trail-runner', name: 'Trail Runner GTX', price: eur(12900), stock: 5, brand: 'Northwind', category: 'Shoes' },
  { id: 'merino-socks', name: 'Merino running socks', price: eur(1499), variants: [{ id: 'm', name: 'M' }, { id: 'l', name: 'L', price: eur(1599), stock: 1 }] },
  { id: 'usd-cap', name: 'Cap', price: { amount: 2000, currency: 'USD' } },
]
const catalog = new Map(products.map((product) => [product.id, product]))

const rules: PricingRules = {
  currency: 'EUR',
  shipping: [
    { id: 'standard', label: 'Standard', price: eur(495), freeAbove: eur(15000), countries: ['DE', 'FR', 'RO'] },
    { id: 'express', label: 'Express', price: eur(1290) },
  ],
  tax: { rate: (country) => (country === 'DE' ? 0.19 : 0.2), inclusive: true },
  coupons: [
    { code: 'WELCOME10', kind: 'percent', value: 10 },
    { code: 'TAKE5', kind: 'fixed', value: 500, minSubtotal: eur(5000) },
    { code: 'SHIPFREE', kind: 'free_shipping', value: 0 },
    { code: 'SUMMER', kind: 'percent', value: 20, expiresAt: '2026-09-01T00:00:00Z' },
    { code: 'ONCE', kind: 'fixed', value: 100, usageLimit: 1, usageCount: 1 },
  ],
}

async function expectPricingError(promise: Promise<unknown>, code: string) {
  const error = await promise.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(PricingError)
  expect((error as PricingError).code).toBe(code)
  return error as PricingError
}

describe('priceCart', () => {
  it('prices lines, shipping and included tax from the catalog in minor units', async () => {
    const cart = await priceCart([{ productId: 'trail-runner', quantity: 1 }], catalog, rules, { shippingMethod: 'standard', country: 'DE' })
    expect(cart.subtotal).toEqual(eur(12900))
    expect(cart.shipping).toEqual(eur(495))
    expect(cart.discount).toEqual(eur(0))
    // 13395 × 0.19 / 1.19 = 2138.7 → 2139 included
    expect(cart.tax).toEqual(eur(2139))
    expect(cart.total).toEqual(eur(13395))
    expect(cart.items[0]).toMatchObject({ id: 'trail-runner', name: 'Trail Runner GTX', price: eur(12900), quantity: 1, brand: 'Northwind' })
  })

  it('adds exclusive tax on top', async () => {
    const cart = await priceCart([{ productId: 'merino-socks', variantId: 'm', quantity: 3 }], catalog, { ...rules, tax: { rate: () => 0.0725, inclusive: false } }, { shippingMethod: 'express', country: 'US' })
    // (4497 + 1290) × 0.0725 = 419.5575 → 420
    expect(cart.tax).toEqual(eur(420))
    expect(cart.total).toEqual(eur(4497 + 1290 + 420))
    expect(cart.lines[0]).toMatchObject({ name: 'Merino running socks – M', unitPrice: eur(1499), total: eur(4497) })
  })

  it('ignores a price sent by the client (tampered amount)', async () => {
    const tampered = [{ productId: 'trail-runner', quantity: 1, price: eur(1), unitPrice: 1, total: 1 }]
    const cart = await priceCart(tampered, catalog, rules)
    expect(cart.total).toEqual(eur(12900))
  })

  it('makes shipping free above the threshold and lists the options for the country', async () => {
    const cart = await priceCart([{ productId: 'trail-runner', quantity: 2 }], catalog, rules, { country: 'FR' })
    expect(cart.shippingOptions.map((option) => [option.id, option.price.amount])).toEqual([['standard', 0], ['express', 1290]])
    const gb = await priceCart([{ productId: 'trail-runner', quantity: 1 }], catalog, rules, { country: 'GB' })
    expect(gb.shippingOptions.map((option) => option.id)).toEqual(['express'])
  })

  it('applies percent, fixed and free-shipping coupons case-insensitively', async () => {
    const line = [{ productId: 'trail-runner', quantity: 1 }]
    const percent = await priceCart(line, catalog, rules, { coupon: 'welcome10', shippingMethod: 'standard', country: 'DE' })
    expect(percent.discount).toEqual(eur(1290))
    expect(percent.total).toEqual(eur(12900 - 1290 + 495))
    expect(percent.coupon).toBe('WELCOME10')
    expect(percent.items[0]?.coupon).toBe('WELCOME10')
    const fixed = await priceCart(line, catalog, rules, { coupon: 'TAKE5' })
    expect(fixed.discount).toEqual(eur(500))
    const free = await priceCart(line, catalog, rules, { coupon: 'SHIPFREE', shippingMethod: 'express' })
    expect(free.discount).toEqual(eur(1290))
    expect(free.total).toEqual(eur(12900))
  })

  it('accepts an async catalog function', async () => {
    const cart = await priceCart([{ productId: 'trail-runner', quantity: 1 }], async (id) => catalog.get(id), rules)
    expect(cart.total.amount).toBe(12900)
  })

  it('rejects unknown products and variants', async () => {
    const error = await expectPricingError(priceCart([{ productId: 'nope', quantity: 1 }], catalog, rules), 'unknown_product')
    expect(error.details).toMatchObject({ productId: 'nope' })
    await expectPricingError(priceCart([{ productId: 'merino-socks', variantId: 'xxl', quantity: 1 }], catalog, rules), 'unknown_variant')
  })

  it.each([0, -1, 1.5, Number.NaN, 100])('rejects quantity %s', async (quantity) => {
    await expectPricingError(priceCart([{ productId: 'trail-runner', quantity }], catalog, rules), 'invalid_quantity')
  })

  it('honours a configured maximum quantity', async () => {
    await expectPricingError(priceCart([{ productId: 'merino-socks', quantity: 4 }], catalog, { ...rules, maxQuantity: 3 }), 'invalid_quantity')
  })

  it('rejects more than the stock, also across lines', async () => {
    await expectPricingError(priceCart([{ productId: 'trail-runner', quantity: 6 }], catalog, rules), 'out_of_stock')
    await expectPricingError(
      priceCart([{ productId: 'trail-runner', quantity: 3 }, { productId: 'trail-runner', quantity: 3 }], catalog, rules),
      'out_of_stock',
    )
    await expectPricingError(priceCart([{ productId: 'merino-socks', variantId: 'l', quantity: 2 }], catalog, rules), 'out_of_stock')
  })

  it('rejects an empty cart and a product in another currency', async () => {
    await expectPricingError(priceCart([], catalog, rules), 'empty_cart')
    await expectPricingError(priceCart([{ productId: 'usd-cap', quantity: 1 }], catalog, rules), 'currency_mismatch')
  })

  it('rejects an expired coupon, and accepts it before expiry', async () => {
    const line = [{ productId: 'trail-runner', quantity: 1 }]
    await expectPricingError(priceCart(line, catalog, rules, { coupon: 'SUMMER', now: new Date('2026-11-22T10:00:00Z') }), 'coupon_expired')
    const early = await priceCart(line, catalog, rules, { coupon: 'SUMMER', now: new Date('2026-08-01T10:00:00Z') })
    expect(early.discount).toEqual(eur(2580))
  })

  it('rejects unknown, used-up and under-minimum coupons', async () => {
    await expectPricingError(priceCart([{ productId: 'trail-runner', quantity: 1 }], catalog, rules, { coupon: 'FREE100' }), 'coupon_unknown')
    await expectPricingError(priceCart([{ productId: 'trail-runner', quantity: 1 }], catalog, rules, { coupon: 'ONCE' }), 'coupon_exhausted')
    await expectPricingError(priceCart([{ productId: 'merino-socks', quantity: 1 }], catalog, rules, { coupon: 'TAKE5' }), 'coupon_min_subtotal')
  })

  it('rejects a shipping method that is unknown or does not ship to the country', async () => {
    await expectPricingError(priceCart([{ productId: 'trail-runner', quantity: 1 }], catalog, rules, { shippingMethod: 'drone' }), 'shipping_unavailable')
    await expectPricingError(
      priceCart([{ productId: 'trail-runner', quantity: 1 }], catalog, rules, { shippingMethod: 'standard', country: 'CN' }),
      'shipping_unavailable',
    )
  })
})
