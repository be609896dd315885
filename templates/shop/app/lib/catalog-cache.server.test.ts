// @vitest-environment node
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogCache, type CatalogCache, type CatalogTag } from './catalog-cache.server'
import { getProductBySlug, listProducts } from './catalog.server'
import type { Database } from './db.server'
import { addToCart } from './cart.server'
import { checkoutIdForCart, markPaid, placeOrder } from './orders.server'
import { listReviews, recentPurchases, voteHelpful } from './reviews.server'
import { openTestDatabase } from './test-database.server'

let db: Database
let cache: CatalogCache
beforeAll(async () => {
  db = await openTestDatabase()
  cache = await catalogCache(db, { ttlSeconds: 60, maxEntries: 10 })
}, 60_000)
afterAll(async () => {
  await cache.close()
  await db.close()
})

/** Reads `key` through the cache, counting the loads that reach the database. */
function countedRead<T>(key: unknown[], load: () => Promise<T>, dependsOn?: (value: T) => CatalogTag[]) {
  let reads = 0
  const read = () => cache.read(key, () => (reads++, load()), dependsOn)
  return { read, reads: () => reads }
}

/** Reads the product aurora-5 through the cache, dropped by any change. */
const counted = () => countedRead(['product', 'aurora-5'], () => getProductBySlug(db, 'aurora-5'))

/** Two other products: one in aurora-5's category, one in another. */
async function neighbours() {
  const { rows } = await db.query<{ id: string; slug: string; category_id: string; same: boolean }>(
    `SELECT p.id, p.slug, p.category_id, p.category_id = a.category_id AS same
       FROM products p, products a WHERE a.slug = 'aurora-5' AND p.id <> a.id ORDER BY p.id`,
  )
  const aurora = (await db.query<{ id: string; category_id: string }>("SELECT id, category_id FROM products WHERE slug = 'aurora-5'")).rows[0]!
  return { aurora, sameCategory: rows.find((row) => row.same)!, otherCategory: rows.find((row) => !row.same)! }
}

describe('catalogCache', () => {
  it('answers a repeated read from memory, and reads again after any write to the catalog commits', async () => {
    const product = counted()
    const first = await product.read()
    expect(await product.read()).toBe(first)
    expect(product.reads()).toBe(1)

    await db.query("UPDATE products SET name = 'Aurora 5 (2027)' WHERE slug = 'aurora-5'")
    await expect.poll(async () => (await product.read())!.name).toBe('Aurora 5 (2027)')
    expect(product.reads()).toBeGreaterThan(1)
  })

  it('tells its change listeners of every change it hears of', async () => {
    let changes = 0
    cache.onChange(() => changes++)
    await db.query("UPDATE products SET brand = brand WHERE slug = 'aurora-5'")
    await expect.poll(() => changes).toBeGreaterThan(0)
  })

  it('is one cache per database, shared by every request of the process', async () => {
    expect(await catalogCache(db)).toBe(cache)
  })

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    for (let index = 0; index < 12; index++) await cache.read(['filler', index], async () => index)
    let loaded = false
    expect(await cache.read(['filler', 0], async () => ((loaded = true), -1))).toBe(-1)
    expect(loaded).toBe(true)
  })

  it('does not keep a cache that failed to start: the next request tries again', async () => {
    let refusals = 1
    const flaky: Database = {
      ...db,
      listen: (...args) => (refusals-- > 0 ? Promise.reject(new Error('connection refused')) : db.listen(...args)),
    }
    await expect(catalogCache(flaky, { ttlSeconds: 60, maxEntries: 10 })).rejects.toThrow('connection refused')
    const started = await catalogCache(flaky, { ttlSeconds: 60, maxEntries: 10 })
    expect(await started.read(['k'], async () => 'read')).toBe('read')
    await started.close()
  })

  it('with a lifetime of 0 caches nothing', async () => {
    const other = await openTestDatabase({ seed: false })
    try {
      const uncached = await catalogCache(other, { ttlSeconds: 0, maxEntries: 10 })
      let reads = 0
      await uncached.read(['k'], async () => reads++)
      await uncached.read(['k'], async () => reads++)
      expect(reads).toBe(2)
    } finally {
      await other.close()
    }
  }, 60_000)

  it('drops everything on a notification it cannot read', async () => {
    const product = counted()
    await product.read()
    await db.query("SELECT pg_notify('catalog_changed', 'not a list of tags')")
    await expect.poll(async () => (await product.read(), product.reads())).toBe(2)
  })
})

describe('catalogCache: what a change drops', () => {
  it('a helpful vote on a review drops the reviews of that product only, not those of another, its listing or the product', async () => {
    const { aurora, sameCategory } = await neighbours()
    const reviewsOf = (id: string) => countedRead(['reviews', id], () => listReviews(db, id), () => [`reviews:${id}`])
    const auroraReviews = reviewsOf(aurora.id)
    const otherReviews = reviewsOf(sameCategory.id)
    const listing = countedRead(['products', aurora.category_id], () => listProducts(db, { categoryId: aurora.category_id }), () => [
      `category:${aurora.category_id}`,
    ])
    const product = countedRead(['product', 'aurora-5', 'tagged'], () => getProductBySlug(db, 'aurora-5'), (found) => [`product:${found!.id}`])
    const all = [auroraReviews, otherReviews, listing, product]
    for (const read of all) await read.read()

    const [review] = await auroraReviews.read()
    await voteHelpful(db, review!.id, 'voter-targeted-test')
    await expect.poll(async () => (await auroraReviews.read())[0]!.helpfulCount).toBe((review!.helpfulCount ?? 0) + 1)
    for (const read of [otherReviews, listing, product]) await read.read()
    expect(all.map((read) => read.reads())).toEqual([2, 1, 1, 1])
  })

  it('a stock change (an order) drops the product and the listings of its category, not those of another', async () => {
    const { aurora, otherCategory } = await neighbours()
    const listingOf = (categoryId: string) =>
      countedRead(['products', categoryId, 'stock'], () => listProducts(db, { categoryId }), () => [`category:${categoryId}`])
    const auroraListing = listingOf(aurora.category_id)
    const otherListing = listingOf(otherCategory.category_id)
    const other = countedRead(['product', otherCategory.slug], () => getProductBySlug(db, otherCategory.slug), (found) => [`product:${found!.id}`])
    const all = [auroraListing, otherListing, other]
    for (const read of all) await read.read()

    await db.query('UPDATE variants SET stock = stock - 1 WHERE id = (SELECT id FROM variants WHERE product_id = $1 AND stock > 0 LIMIT 1)', [aurora.id])
    await expect.poll(async () => (await auroraListing.read(), auroraListing.reads())).toBe(2)
    for (const read of [otherListing, other]) await read.read()
    expect(all.map((read) => read.reads())).toEqual([2, 1, 1])
  })

  it('a paid order drops the recent purchases of its product, not those of another', async () => {
    const { aurora, sameCategory } = await neighbours()
    const purchasesOf = (id: string) => countedRead(['purchases', id], () => recentPurchases(db, id, { days: 14, limit: 5 }), () => [`purchases:${id}`])
    const auroraPurchases = purchasesOf(aurora.id)
    const otherPurchases = purchasesOf(sameCategory.id)
    expect(await auroraPurchases.read()).toEqual([])
    await otherPurchases.read()

    const cartId = randomUUID()
    const { rows } = await db.query<{ id: string }>('SELECT id FROM variants WHERE product_id = $1 AND stock > 0 LIMIT 1', [aurora.id])
    await addToCart(db, cartId, rows[0]!.id, 1)
    const address = { line1: 'Unter den Linden 1', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE' }
    const details = { email: 'ada@example.com', phone: '', givenName: 'Ada', familyName: 'Lovelace', saveDetails: false, ...address }
    const checkout = { cartId, checkoutId: checkoutIdForCart(cartId), idempotencyKey: randomUUID(), details, shippingMethod: 'standard' }
    const { order } = await placeOrder(db, checkout)
    await markPaid(db, order.id, 'pay_targeted_test')
    await expect.poll(async () => (await auroraPurchases.read()).length).toBe(1)
    await otherPurchases.read()
    expect(otherPurchases.reads()).toBe(1)
  })

  it('concurrent reads of one missing entry share one database query', async () => {
    const product = countedRead(['product', 'aurora-5', 'concurrent'], () => getProductBySlug(db, 'aurora-5'))
    const values = await Promise.all(Array.from({ length: 8 }, () => product.read()))
    expect(new Set(values).size).toBe(1)
    expect(values[0]!.slug).toBe('aurora-5')
    expect(product.reads()).toBe(1)
  })
})
