import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { parseSearchParams } from './params'
import { correctSpelling, searchCatalog, suggestProducts } from './search.server'

let db: Database

const search = (query: string) => searchCatalog(db, parseSearchParams(new URLSearchParams(query)))
const ids = (products: Array<{ id: string }>) => products.map((product) => product.id)

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'headphones', name: 'Headphones' }, [
    {
      id: 'p-aurora',
      name: 'Aurora Wireless Headphones',
      brand: 'Northwind',
      description: 'Over-ear sound with noise cancelling.',
      price: 19900,
      variants: [{ id: 'v-aurora', label: 'Black', stock: 5 }],
    },
    {
      id: 'p-breeze',
      name: 'Breeze Earbuds',
      brand: 'Lumen',
      description: 'Pocketable earbuds, a lighter alternative to headphones.',
      price: 7900,
      variants: [{ id: 'v-breeze', label: 'White', stock: 0 }],
    },
    {
      id: 'p-stille',
      name: 'Stille Kopfhörer',
      brand: 'Klangwerk',
      description: 'Kabellose Kopfhörer mit Geräuschunterdrückung und langer Akkulaufzeit.',
      price: 14900,
      variants: [{ id: 'v-stille', label: 'Grau', stock: 2 }],
    },
  ])
  await insertTestCatalog(db, { id: 'running-shoes', name: 'Running shoes' }, [
    {
      id: 'p-trail',
      name: 'Trail Runner',
      brand: 'Stride',
      description: 'Grippy trail running shoe.',
      price: 12900,
      variants: [{ id: 'v-trail', label: '42', stock: 4 }],
    },
    {
      id: 'p-road',
      name: 'Road Racer',
      brand: 'Stride',
      description: 'Light road running shoe.',
      price: 4900,
      variants: [{ id: 'v-road', label: '43', stock: 3 }],
    },
  ])
  // The German product's text is stemmed as German.
  await db.query(`UPDATE products SET search_language = 'german' WHERE id = 'p-stille'`)
  await db.query(
    `INSERT INTO reviews (id, product_id, rating, title, body, author_name) VALUES
       ('r1', 'p-aurora', 5, 'Great', 'Great.', 'A'), ('r2', 'p-aurora', 4, 'Good', 'Good.', 'B'),
       ('r3', 'p-breeze', 3, 'Fine', 'Fine.', 'C'), ('r4', 'p-trail', 4, 'Good', 'Good.', 'D')`,
  )
})

afterAll(() => db?.close())

describe('searchCatalog', () => {
  it('ranks a match in the name above a match in the description, and finds the rest of a category the query names', async () => {
    const results = await search('q=headphones')
    // p-stille ("Kopfhörer", German text) is found through its category's name, after the text matches
    expect(ids(results.products)).toEqual(['p-aurora', 'p-breeze', 'p-stille'])
    expect(results.total).toBe(3)
    expect(results.products[0]).toEqual({
      id: 'p-aurora',
      name: 'Aurora Wireless Headphones',
      price: { amount: 19900, currency: 'EUR' },
      brand: 'Northwind',
      category: 'Headphones',
      href: '/p/aurora',
      rating: { average: 4.5, count: 2 },
      inStock: true,
    })
  })

  it('finds a product by its brand', async () => {
    expect(ids((await search('q=stride')).products).sort()).toEqual(['p-road', 'p-trail'])
  })

  it('finds the product of a misspelt query and offers the correction', async () => {
    const results = await search('q=headphnoes')
    expect(ids(results.products)).toEqual(['p-aurora', 'p-breeze', 'p-stille'])
    expect(results.didYouMean).toBe('headphones')
    expect(results.popular).toBeUndefined()
  })

  it('stems German text as German: "Kopfhörern" and "kabellosen" find the "Kopfhörer"', async () => {
    const dative = await search('q=Kopfhörern')
    expect(ids(dative.products)).toEqual(['p-stille'])
    expect(dative.didYouMean).toBeUndefined()
    expect(ids((await search('q=kabellosen')).products)).toEqual(['p-stille'])
  })

  it('counts each facet value with the other facets applied', async () => {
    const results = await search('category=headphones')
    expect(results.total).toBe(3)
    // The category facet ignores its own selection, so the other categories stay choosable.
    expect(results.facets.category).toEqual([
      { value: 'headphones', label: 'Headphones', count: 3, selected: true },
      {
        value: 'running-shoes',
        label: 'Running shoes',
        count: 2,
        selected: false,
      },
    ])
    expect(results.facets.price.map(({ value, count, selected }) => [value, count, selected])).toEqual([
      ['0-5000', 0, false],
      ['5000-10000', 1, false],
      ['10000-20000', 2, false],
      ['20000-', 0, false],
    ])
    expect(results.facets.price[0]?.label).toBe('Under €50')
    expect(results.facets.rating.map(({ value, count }) => [value, count])).toEqual([
      ['4', 1],
      ['3', 2],
      ['2', 2],
      ['1', 2],
    ])
    expect(results.facets.inStock).toEqual([{ value: 'true', label: 'In stock', count: 2, selected: false }])
  })

  it('combines filters: category, price ranges, rating and stock', async () => {
    expect(ids((await search('category=headphones&price=10000-20000')).products).sort()).toEqual(['p-aurora', 'p-stille'])
    expect(ids((await search('category=headphones&price=10000-20000&rating=4')).products)).toEqual(['p-aurora'])
    expect(ids((await search('price=0-5000&price=5000-10000&sort=price-asc')).products)).toEqual(['p-road', 'p-breeze'])
    expect(ids((await search('price=0-5000&price=5000-10000&inStock=true')).products)).toEqual(['p-road'])
    const running = await search('q=running&category=running-shoes&category=headphones&sort=price-desc')
    expect(ids(running.products)).toEqual(['p-trail', 'p-road'])
    expect(
      running.facets.category
        .filter((value) => value.selected)
        .map((value) => value.value)
        .sort(),
    ).toEqual(['headphones', 'running-shoes'])
  })

  it('filters on the rating and stock of now: reviews and stock changes are seen by the next search', async () => {
    await db.query(`UPDATE variants SET stock = 0 WHERE product_id = 'p-aurora'`)
    await db.query(`UPDATE reviews SET status = 'held' WHERE product_id = 'p-trail'`)
    try {
      expect(ids((await search('q=headphones&inStock=true')).products)).toEqual(['p-stille'])
      expect(ids((await search('rating=4')).products)).toEqual(['p-aurora'])
    } finally {
      await db.query(`UPDATE variants SET stock = 5 WHERE product_id = 'p-aurora'`)
      await db.query(`UPDATE reviews SET status = 'published' WHERE product_id = 'p-trail'`)
    }
    expect(ids((await search('rating=4')).products).sort()).toEqual(['p-aurora', 'p-trail'])
  })

  it('sorts by rating and pages', async () => {
    expect(ids((await search('sort=rating')).products).slice(0, 3)).toEqual(['p-aurora', 'p-trail', 'p-breeze'])
    const beyond = await search('page=2')
    expect(beyond).toMatchObject({ total: 5, page: 2, products: [] })
  })

  it('shows popular products and no correction when nothing matches', async () => {
    const results = await search('q=xqzvw')
    expect(results).toMatchObject({ total: 0, products: [] })
    expect(results.didYouMean).toBeUndefined()
    expect(ids(results.popular ?? [])).toContain('p-aurora')
  })
})

describe('search_facet_counts', () => {
  // What the table must hold: the published products counted now, per category, price bucket, rating floor and stock.
  const counted = `SELECT p.category_id, search_price_bucket(p.price_amount) AS price_bucket, search_rating_floor(s.rating_average) AS rating_floor,
                          coalesce(s.stock, 0) > 0 AS in_stock, count(*)::int AS products
                     FROM products p LEFT JOIN search_product_stats s ON s.product_id = p.id WHERE p.published GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`
  const kept = 'SELECT category_id, price_bucket, rating_floor, in_stock, products FROM search_facet_counts WHERE products <> 0 ORDER BY 1, 2, 3, 4'
  const expectCountsCurrent = async () => expect((await db.query(kept)).rows).toEqual((await db.query(counted)).rows)

  it('follows every write: new products, price and category moves, stock, reviews and deletes', async () => {
    await expectCountsCurrent()
    try {
      await insertTestCatalog(db, { id: 'tents', name: 'Tents' }, [
        { id: 'p-dome', name: 'Dome Tent', price: 4500, variants: [{ id: 'v-dome', label: 'Green', stock: 1 }] },
        { id: 'p-tunnel', name: 'Tunnel Tent', price: 25000, variants: [] },
      ])
      await expectCountsCurrent()
      await db.query(`UPDATE products SET price_amount = 9000, category_id = 'headphones' WHERE id = 'p-dome'`)
      await db.query(`UPDATE variants SET stock = 0 WHERE product_id = 'p-dome'`)
      await db.query(`INSERT INTO reviews (id, product_id, rating, title, body, author_name) VALUES ('r-dome', 'p-dome', 5, 'Dry', 'Dry.', 'E')`)
      await expectCountsCurrent()
      // The facets without a query read the table: what a shopper sees follows the writes.
      const browse = await search('category=headphones&price=5000-10000')
      expect(browse.total).toBe(2)
      expect(browse.facets.rating.find((value) => value.value === '4')?.count).toBe(1)
      // A draft leaves the counts and the results; published again, it is back.
      await db.query(`UPDATE products SET published = false WHERE id = 'p-dome'`)
      await expectCountsCurrent()
      const withDraft = await search('category=headphones&price=5000-10000')
      expect(withDraft.total).toBe(1)
      expect(withDraft.facets.rating.find((value) => value.value === '4')?.count ?? 0).toBe(0)
      await db.query(`UPDATE products SET published = true WHERE id = 'p-dome'`)
      await expectCountsCurrent()
    } finally {
      await db.query(`DELETE FROM reviews WHERE product_id IN ('p-dome', 'p-tunnel')`)
      await db.query(`DELETE FROM variants WHERE product_id IN ('p-dome', 'p-tunnel')`)
      await db.query(`DELETE FROM products WHERE id IN ('p-dome', 'p-tunnel')`)
      await db.query(`DELETE FROM categories WHERE id = 'tents'`)
    }
    await expectCountsCurrent()
  })

  it('gives the same counts as counting the matches one by one', async () => {
    // A price range that is not one of the facet's buckets counts product by product: the two must agree.
    const fromTable = await search('category=headphones&inStock=true')
    const productByProduct = await search('category=headphones&inStock=true&price=0-100000000')
    expect(productByProduct.facets.category).toEqual(fromTable.facets.category)
    expect(productByProduct.facets.rating).toEqual(fromTable.facets.rating)
    expect(productByProduct.facets.inStock).toEqual(fromTable.facets.inStock)
    expect(productByProduct.total).toBe(fromTable.total)
  })
})

describe('correctSpelling', () => {
  it('replaces only the words that find nothing', async () => {
    expect(await correctSpelling(db, 'aurora headphnoes')).toBe('aurora headphones')
    expect(await correctSpelling(db, 'trail runner')).toBeUndefined()
  })
})

describe('suggestProducts', () => {
  it('suggests products and categories for a prefix', async () => {
    const suggestions = await suggestProducts(db, 'headph')
    expect(suggestions.query).toBe('headph')
    expect(ids(suggestions.products)).toEqual(['p-aurora', 'p-breeze'])
    expect(suggestions.categories).toEqual([{ name: 'Headphones', href: '/c/headphones' }])
  })

  it('suggests the products of a misspelt query', async () => {
    expect(ids((await suggestProducts(db, 'runnr')).products)).toEqual(['p-trail'])
  })

  it('suggests nothing for an empty query', async () => {
    expect(await suggestProducts(db, '  ')).toEqual({
      query: '',
      products: [],
      categories: [],
    })
  })
})
