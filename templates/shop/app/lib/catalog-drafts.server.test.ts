// @vitest-environment node
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getCatalogProduct } from './admin/catalog.server'
import { addToCart, CartError, getCart } from './cart.server'
import { getCategory, getListingFacets, getProductBySlug, getProductsByIds, listProducts } from './catalog.server'
import type { Database } from './db.server'
import { checkoutIdForCart, getOrder, placeOrder, quoteCheckout } from './orders.server'
import { priceShopCart } from './pricing.server'
import { recommendProducts, similarProducts } from './recommendations/recommendations.server'
import { discoveryProducts, popularProducts } from './search/discovery-product.server'
import { parseSearchParams } from './search/params'
import { searchCatalog, suggestProducts } from './search/search.server'
import { countSitemapEntries, sitemapEntries } from './seo/sitemap.server'
import { insertTestCatalog, openTestDatabase } from './test-database.server'

// Drafts (products.published = false) and per-variant prices, migration 017, as shoppers meet them.
let db: Database
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    {
      id: 'p-day',
      slug: 'day-pack',
      name: 'Day Pack',
      price: 5000,
      variants: [
        { id: 'v-day-green', label: 'Green', stock: 10 },
        { id: 'v-day-xl', label: 'XL', stock: 10 },
      ],
    },
    { id: 'p-trail', slug: 'trail-pack', name: 'Trail Pack', price: 9000, variants: [{ id: 'v-trail', label: 'Grey', stock: 5 }] },
    { id: 'p-secret', slug: 'secret-pack', name: 'Secret Pack', price: 7000, brand: 'Hidden', variants: [{ id: 'v-secret', label: 'Black', stock: 5 }] },
  ])
  await db.query("UPDATE products SET published = false WHERE id = 'p-secret'")
  await db.query("UPDATE variants SET price_amount = 1950 WHERE id = 'v-day-xl'")
}, 60_000)
afterAll(() => db.close())

const ids = (products: ReadonlyArray<{ id: string }>) => products.map((product) => product.id).sort()

describe('a draft product', () => {
  it('is in no listing, facet, comparison or product page, while the back office still edits it', async () => {
    expect(ids(await listProducts(db, { categoryId: 'packs' }))).toEqual(['p-day', 'p-trail'])
    expect((await getListingFacets(db, (await getCategory(db, 'packs'))!)).brands).toEqual(['Northwind'])
    expect(await getProductBySlug(db, 'secret-pack')).toBeUndefined()
    expect(ids(await getProductsByIds(db, ['p-secret', 'p-day']))).toEqual(['p-day'])
    expect(await getCatalogProduct(db, 'p-secret')).toMatchObject({ name: 'Secret Pack', published: false })
  })

  it('is not found by search, suggestions, recommendations or best sellers, nor listed in the sitemap', async () => {
    const search = await searchCatalog(db, parseSearchParams(new URLSearchParams('q=pack')))
    expect(ids(search.products)).toEqual(['p-day', 'p-trail'])
    expect(search.total).toBe(2)
    expect((await suggestProducts(db, 'secr')).products).toEqual([])
    expect(ids(await discoveryProducts(db, ['p-secret', 'p-trail']))).toEqual(['p-trail'])
    expect(ids(await popularProducts(db, 10))).toEqual(['p-day', 'p-trail'])
    expect(await similarProducts(db, 'p-day')).toEqual(['p-trail'])
    expect(ids(await recommendProducts(db, 'similar', 'p-day'))).toEqual(['p-trail'])
    const paths = (await sitemapEntries(db, { limit: 100 })).map((entry) => entry.path)
    expect(paths).toContain('/p/day-pack')
    expect(paths).not.toContain('/p/secret-pack')
    expect(await countSitemapEntries(db)).toBe(paths.length)
  })

  it('cannot be added to a cart, with a clear reason, and shows up once published', async () => {
    const cartId = randomUUID()
    const refused = await addToCart(db, cartId, 'v-secret', 1).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(CartError)
    expect(refused).toMatchObject({ code: 'unknown_variant', message: 'Sorry, that product is not for sale.' })
    expect((await getCart(db, cartId)).lines).toEqual([])
    await db.query("UPDATE products SET published = true WHERE id = 'p-secret'")
    try {
      expect(await getProductBySlug(db, 'secret-pack')).toMatchObject({ id: 'p-secret' })
      await expect(addToCart(db, cartId, 'v-secret', 1)).resolves.toMatchObject({ variantId: 'v-secret' })
    } finally {
      await db.query("UPDATE products SET published = false WHERE id = 'p-secret'")
    }
  })
  it('already in a cart, is refused at the quote and the order with its name, and no order is written', async () => {
    const cartId = randomUUID()
    await db.query("UPDATE products SET published = true WHERE id = 'p-secret'")
    try {
      await addToCart(db, cartId, 'v-secret', 1)
    } finally {
      await db.query("UPDATE products SET published = false WHERE id = 'p-secret'")
    }
    const reason = { code: 'unknown_product', message: '"Secret Pack" is no longer for sale: remove it from the cart to go on.' }
    await expect(quoteCheckout(db, cartId, { country: 'DE' })).rejects.toMatchObject(reason)
    const ordersBefore = (await db.query('SELECT count(*)::int AS n FROM orders')).rows[0]
    const refused = await placeOrder(db, {
      cartId,
      checkoutId: checkoutIdForCart(cartId),
      idempotencyKey: randomUUID(),
      shippingMethod: 'standard',
      details: { email: 'grace@example.com', phone: '', givenName: 'Grace', familyName: 'Hopper', line1: 'Unter den Linden 2', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE', saveDetails: false },
    }).catch((error: unknown) => error)
    expect(refused).toMatchObject(reason)
    expect((await db.query('SELECT count(*)::int AS n FROM orders')).rows[0]).toEqual(ordersBefore)
  })
})

describe('a variant with its own price', () => {
  it('is shown on the product page, and charged in the cart, the quote and the order; the other variants keep the product price', async () => {
    const product = await getProductBySlug(db, 'day-pack')
    expect(product!.price).toEqual({ amount: 5000, currency: 'EUR' })
    expect(product!.variants).toEqual([
      { id: 'v-day-green', label: 'Green', stock: 10 },
      { id: 'v-day-xl', label: 'XL', stock: 10, price: { amount: 1950, currency: 'EUR' } },
    ])

    const cartId = randomUUID()
    await addToCart(db, cartId, 'v-day-xl', 2)
    await addToCart(db, cartId, 'v-day-green', 1)
    const cart = await getCart(db, cartId)
    expect(cart.lines.map((line) => [line.variantId, line.unitPrice.amount])).toEqual([
      ['v-day-green', 5000],
      ['v-day-xl', 1950],
    ])
    const lines = cart.lines.map((line) => ({ productId: line.productId, variantId: line.variantId, quantity: line.quantity }))
    expect((await priceShopCart(db, lines)).subtotal).toEqual({ amount: 5000 + 2 * 1950, currency: 'EUR' })
    const quote = await quoteCheckout(db, cartId, { country: 'DE' })
    expect(quote).toMatchObject({ cart: { subtotal: { amount: 8900 } } })

    const { order } = await placeOrder(db, {
      cartId,
      checkoutId: checkoutIdForCart(cartId),
      idempotencyKey: randomUUID(),
      shippingMethod: 'standard',
      details: { email: 'ada@example.com', phone: '', givenName: 'Ada', familyName: 'Lovelace', line1: 'Unter den Linden 1', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE', saveDetails: false },
    })
    const placed = await getOrder(db, order.id)
    expect(placed!.lines.map((line) => [line.variantId, line.unitPrice.amount, line.quantity])).toEqual([
      ['v-day-green', 5000, 1],
      ['v-day-xl', 1950, 2],
    ])
    expect(placed!.subtotal.amount).toBe(8900)
  })
})
