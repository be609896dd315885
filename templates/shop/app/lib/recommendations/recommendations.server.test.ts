import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { createServerEvent, storeJourneyEvents } from '../journey-events.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { alsoViewed, boughtTogether, recommendProducts, recommendSlots, similarProducts } from './recommendations.server'

let db: Database
const ids = (products: Array<{ id: string }>) => products.map((product) => product.id)

const shoe = (id: string, price: number, attributes: Record<string, string>) => ({
  id,
  name: id.replace('p-', 'Shoe '),
  price,
  attributes,
  variants: [{ id: `v-${id}`, label: '42', stock: 3 }],
})

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'shoes', name: 'Shoes' }, [
    shoe('p-road', 12000, { surface: 'road', drop: '8mm' }),
    shoe('p-road-2', 12500, { surface: 'road', drop: '8mm' }),
    shoe('p-road-3', 9000, { surface: 'road', drop: '4mm' }),
    shoe('p-trail', 14000, { surface: 'trail', drop: '4mm' }),
  ])
  await insertTestCatalog(db, { id: 'socks', name: 'Socks' }, [
    { id: 'p-socks', name: 'Running socks', price: 1500, variants: [{ id: 'v-p-socks', label: 'M', stock: 9 }] },
    { id: 'p-cap', name: 'Running cap', price: 2500, variants: [{ id: 'v-p-cap', label: 'One size', stock: 9 }] },
  ])
})
afterAll(() => db?.close())

async function order(id: string, status: string, productIds: string[]) {
  await db.query(`INSERT INTO customers (id, email) VALUES ($1, $1 || '@example.com') ON CONFLICT DO NOTHING`, [`c-${id}`])
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
     VALUES ($1, $1, $1, $2, 'buyer@example.com', $3, 'EUR', 0, 0, 0, 0, 0, 'standard', '{}')`,
    [id, `c-${id}`, status],
  )
  // one statement, as the checkout writes an order's lines
  await db.query(
    `INSERT INTO order_lines (order_id, variant_id, product_id, name, variant_label, unit_amount, quantity)
     SELECT $1, 'v-' || product_id, product_id, product_id, 'x', 100, 1 FROM unnest($2::text[]) AS line(product_id)`,
    [id, productIds],
  )
}

async function views(sessionId: string, productIds: string[]) {
  for (const [index, productId] of productIds.entries()) {
    await db.query(
      `INSERT INTO journey_events (id, name, stage, occurred_at, session_id, origin, event)
       VALUES ($1, 'product_viewed', 'consideration', now(), $2, 'client', $3)`,
      [`${sessionId}-${index}`, sessionId, JSON.stringify({ properties: { item: { id: productId } } })],
    )
  }
}

describe('a new shop without orders or visits', () => {
  it('recommends similar products of the category: shared attributes first, then the closest price', async () => {
    expect(await similarProducts(db, 'p-road')).toEqual(['p-road-2', 'p-road-3', 'p-trail'])
  })

  it('still fills every slot, from the catalog', async () => {
    expect(await boughtTogether(db, 'p-road')).toEqual([])
    expect(await alsoViewed(db, 'p-road')).toEqual([])
    const slot = await recommendProducts(db, 'bought-together', 'p-road')
    expect(ids(slot)).toEqual(['p-road-2', 'p-road-3', 'p-trail', 'p-cap'])
    expect(slot[0]).toMatchObject({ href: '/p/road-2', category: 'Shoes', inStock: true })
  })
})

describe('a shop with history', () => {
  beforeAll(async () => {
    await order('o-1', 'paid', ['p-road', 'p-socks'])
    await order('o-2', 'fulfilled', ['p-road', 'p-socks', 'p-cap'])
    await order('o-3', 'paid', ['p-road', 'p-cap'])
    await order('o-4', 'paid', ['p-road', 'p-cap'])
    // Not bought: a pending and a cancelled order do not count.
    await order('o-5', 'pending', ['p-road', 'p-trail'])
    await order('o-6', 'cancelled', ['p-road', 'p-trail'])
    await views('s-1', ['p-road', 'p-trail', 'p-road-3'])
    await views('s-2', ['p-road', 'p-trail'])
    await views('s-3', ['p-road-3', 'p-socks'])
  })

  it('recommends what was bought in the same orders, most shared orders first', async () => {
    expect(await boughtTogether(db, 'p-road')).toEqual(['p-cap', 'p-socks'])
    expect(ids(await recommendProducts(db, 'bought-together', 'p-road'))).toEqual(['p-cap', 'p-socks', 'p-trail', 'p-road-3'])
  })

  it('recommends what others viewed in the same visits', async () => {
    expect(await alsoViewed(db, 'p-road')).toEqual(['p-trail', 'p-road-3'])
    expect(await alsoViewed(db, 'p-socks')).toEqual(['p-road-3'])
  })

  it('fills the product page’s two slots from one query, never showing a product twice', async () => {
    const queries: string[] = []
    const counting = { query: ((sql: string, params?: unknown[]) => (queries.push(sql), db.query(sql, params))) as typeof db.query }
    expect(ids((await recommendSlots(counting, 'p-road', ['bought-together']))[0])).toEqual(['p-cap', 'p-socks', 'p-trail', 'p-road-3'])
    expect(queries).toHaveLength(1)

    queries.length = 0
    const [together, similar] = await recommendSlots(counting, 'p-road', ['bought-together', 'similar'])
    expect(ids(together)).toEqual(['p-cap', 'p-socks', 'p-trail', 'p-road-3'])
    // similar would lead with the road shoes; "bought together" took all but one, and the shop has no other product
    expect(ids(similar)).toEqual(['p-road-2'])
    // the sources, then the best sellers for the slot still short
    expect(queries).toHaveLength(2)
    // what the cart already holds is never recommended for it
    expect(ids(await recommendProducts(db, 'bought-together', 'p-road', 4, { exclude: ['p-cap', 'p-trail'] }))).toEqual(['p-socks', 'p-road-3', 'p-road-2'])
  })

  it('shows the category’s best sellers for popular-in-category, then the shop’s', async () => {
    // Socks holds the cap and the socks: the socks, then the best seller of the shop, then the rest by name.
    expect(ids(await recommendProducts(db, 'popular-in-category', 'p-cap'))).toEqual(['p-socks', 'p-road', 'p-road-2', 'p-road-3'])
  })
})

describe('kept up to date as orders are paid and views collected, without a recompute', () => {
  /** A pair's row with its transaction id (xmin): a row not rewritten keeps it. */
  const pair = async (table: string, productId: string, otherId: string) =>
    (await db.query<{ shared: number; version: string }>(`SELECT shared, xmin::text AS version FROM ${table} WHERE product_id = $1 AND other_id = $2`, [productId, otherId]))
      .rows[0]

  it('counts a new order once it is paid, touching only its own pairs, and uncounts it when refunded', async () => {
    const untouched = await pair('recommendation_bought_together', 'p-road', 'p-cap')
    // the checkout writes a pending order and its lines; nothing is bought yet
    await order('o-7', 'pending', ['p-trail', 'p-road-3'])
    expect(await boughtTogether(db, 'p-trail')).toEqual([])
    await db.query(`UPDATE orders SET status = 'paid' WHERE id = 'o-7'`)
    expect(await boughtTogether(db, 'p-trail')).toEqual(['p-road-3'])
    expect(await pair('recommendation_bought_together', 'p-road-3', 'p-trail')).toMatchObject({ shared: 1 })
    expect(ids(await recommendProducts(db, 'bought-together', 'p-trail'))).toEqual(['p-road-3', 'p-road', 'p-road-2', 'p-cap'])
    expect(await pair('recommendation_bought_together', 'p-road', 'p-cap')).toEqual(untouched)

    // fulfilled is still bought; refunded is not
    await db.query(`UPDATE orders SET status = 'fulfilled' WHERE id = 'o-7'`)
    expect(await pair('recommendation_bought_together', 'p-trail', 'p-road-3')).toMatchObject({ shared: 1 })
    await db.query(`UPDATE orders SET status = 'refunded' WHERE id = 'o-7'`)
    expect(await boughtTogether(db, 'p-trail')).toEqual([])
  })

  it('counts the units a paid order sold for the best sellers, and takes them back when it is refunded', async () => {
    const units = async (productId: string) => (await db.query<{ units: number }>('SELECT units FROM product_units_sold WHERE product_id = $1', [productId])).rows[0]?.units ?? 0
    const before = await units('p-trail')
    await order('o-9', 'pending', ['p-trail'])
    expect(await units('p-trail')).toBe(before)
    await db.query(`UPDATE orders SET status = 'paid' WHERE id = 'o-9'`)
    expect(await units('p-trail')).toBe(before + 1)
    await db.query(`UPDATE orders SET status = 'fulfilled' WHERE id = 'o-9'`)
    expect(await units('p-trail')).toBe(before + 1)
    await db.query(`UPDATE orders SET status = 'refunded' WHERE id = 'o-9'`)
    expect(await units('p-trail')).toBe(before)
  })

  it('counts a pair of products once per visit as the collector stores their views, however they arrive', async () => {
    const view = (id: string, session: string, productId: string) =>
      createServerEvent('product_viewed', { item: { id: productId, name: productId, price: { amount: 100, currency: 'EUR' } } }, { sessionId: session })
    const first = view('v-1', 's-9', 'p-cap')
    // one batch: the cap, then the socks twice; then the same batch again (a resend) and the cap once more
    await storeJourneyEvents(db, [first, view('v-2', 's-9', 'p-socks'), view('v-3', 's-9', 'p-socks')], 'client')
    await storeJourneyEvents(db, [first, view('v-4', 's-9', 'p-cap')], 'client')
    expect(await pair('recommendation_viewed_together', 'p-cap', 'p-socks')).toMatchObject({ shared: 1 })
    expect(await pair('recommendation_viewed_together', 'p-socks', 'p-cap')).toMatchObject({ shared: 1 })
    // the socks were viewed with the road shoe (3) in s-3 and now with the cap in s-9: a tie, by id
    expect(await alsoViewed(db, 'p-socks')).toEqual(['p-cap', 'p-road-3'])
  })
})
