// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from './test-database.server'
import {
  firstAvailableVariant,
  getCategory,
  getListingFacets,
  getProductBySlug,
  getProductsByIds,
  hasFilters,
  listCategories,
  listProducts,
  parseListingQuery,
  parseProductIds,
  toComparisonProduct,
  type Category,
  type ListingFacets,
} from './catalog.server'
import type { Database } from './db.server'
import { COUPONS, PRODUCTS, REVIEWS } from './seed-data'

let db: Database
let headphones: Category
let headphoneFacets: ListingFacets

beforeAll(async () => {
  db = await openTestDatabase()
  headphones = (await getCategory(db, 'headphones'))!
  headphoneFacets = await getListingFacets(db, headphones)
  // Seeding ~300 rows into PGlite takes a few seconds, more on a loaded 2-core CI machine.
}, 60_000)

afterAll(async () => {
  await db.close()
})

describe('the demo catalog', () => {
  it('seeds at least 24 products in at least 3 categories, each with variants and local images', async () => {
    const { rows } = await db.query<{ products: number; categories: number }>(
      'SELECT count(*)::int AS products, count(DISTINCT category_id)::int AS categories FROM products',
    )
    expect(rows[0]!.products).toBeGreaterThanOrEqual(24)
    expect(rows[0]!.categories).toBeGreaterThanOrEqual(3)
    for (const product of PRODUCTS) {
      expect(product.variants.length).toBeGreaterThan(0)
      expect(product.images[0]?.src).toMatch(/^\/images\/[\w-]+\.svg$/)
    }
  })

  it('gives every product 4 to 20 reviews, some with photos, merchant replies and variant labels', () => {
    for (const product of PRODUCTS) {
      const count = REVIEWS.filter((review) => review.productId === product.id).length
      expect(count, product.id).toBeGreaterThanOrEqual(4)
      expect(count, product.id).toBeLessThanOrEqual(20)
    }
    expect(REVIEWS.some((review) => review.photos.length > 0)).toBe(true)
    expect(REVIEWS.some((review) => review.merchantReply)).toBe(true)
    expect(REVIEWS.some((review) => review.verified && review.variantLabel)).toBe(true)
    expect(new Set(REVIEWS.map((review) => review.rating)).size).toBe(5)
  })

  it('has low-stock and sold-out variants for the stock notice', () => {
    const variants = PRODUCTS.flatMap((product) => product.variants)
    expect(variants.some((variant) => variant.stock >= 1 && variant.stock <= 3)).toBe(true)
    expect(variants.some((variant) => variant.stock === 0)).toBe(true)
  })

  it('holds the three demo coupons', () => {
    expect(COUPONS.map((coupon) => coupon.code)).toEqual(['WELCOME10', 'FREESHIP', 'SUMMER5'])
  })
})

describe('categories', () => {
  it('lists the categories in their seeded order with their attribute groups', async () => {
    const categories = await listCategories(db)
    expect(categories.map((category) => category.id)).toEqual(['headphones', 'running-shoes', 'backpacks'])
    expect(categories[0]!.attributeGroups.map((group) => group.id)).toContain('battery')
  })

  it('returns undefined for an unknown category', async () => {
    expect(await getCategory(db, 'toasters')).toBeUndefined()
  })
})

describe('listProducts', () => {
  it('lists the eight products of a category with price, rating and stock', async () => {
    const products = await listProducts(db, { categoryId: 'headphones' })
    expect(products).toHaveLength(8)
    const aurora = products.find((product) => product.id === 'aurora-5')!
    const reviews = REVIEWS.filter((review) => review.productId === 'aurora-5')
    const average = reviews.reduce((sum, review) => sum + review.rating, 0) / reviews.length
    expect(aurora.price).toEqual({ amount: 34900, currency: 'EUR' })
    expect(aurora.compareAtPrice).toEqual({ amount: 39900, currency: 'EUR' })
    expect(aurora.rating).toEqual({ value: Math.round(average * 10) / 10, count: reviews.length })
    expect(aurora.stock).toBe(26)
    expect(aurora.categoryName).toBe('Headphones')
    expect(aurora.image).toEqual({ src: '/images/aurora-5-black.svg', alt: expect.stringContaining('Aurora 5') })
  })

  it('lists nothing for an unknown category', async () => {
    expect(await listProducts(db, { categoryId: 'toasters' })).toEqual([])
  })

  it('puts sold-out products last in the featured order', async () => {
    const products = await listProducts(db, { categoryId: 'headphones', sort: 'featured' })
    expect(products.at(-1)!.id).toBe('studio-pro')
    expect(products.at(-1)!.stock).toBe(0)
  })

  it('sorts by price both ways and by rating', async () => {
    const ascending = await listProducts(db, { categoryId: 'backpacks', sort: 'price-asc' })
    const amounts = ascending.map((product) => product.price.amount)
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b))
    const descending = await listProducts(db, { categoryId: 'backpacks', sort: 'price-desc' })
    expect(descending.map((product) => product.id)).toEqual(ascending.map((product) => product.id).reverse())
    const byRating = await listProducts(db, { categoryId: 'backpacks', sort: 'rating' })
    const ratings = byRating.map((product) => product.rating?.value ?? 0)
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a))
  })

  it('filters by brand, price range and stock', async () => {
    const halden = await listProducts(db, { categoryId: 'headphones', brands: ['Halden Audio'] })
    expect(halden.map((product) => product.id).sort()).toEqual(['aurora-3', 'aurora-5'])
    const midRange = await listProducts(db, { categoryId: 'headphones', priceMin: 10000, priceMax: 20000 })
    expect(midRange.map((product) => product.price.amount).every((amount) => amount >= 10000 && amount <= 20000)).toBe(true)
    expect(midRange.map((product) => product.id).sort()).toEqual(['aurora-3', 'pebble-anc', 'trail-buds'])
    const inStock = await listProducts(db, { categoryId: 'headphones', inStock: true })
    expect(inStock.map((product) => product.id)).not.toContain('studio-pro')
    expect(inStock).toHaveLength(7)
  })

  it('filters by features and attribute options', async () => {
    const anc = await listProducts(db, { categoryId: 'headphones', attributes: { noiseCancelling: [true] } })
    expect(anc.map((product) => product.id)).not.toContain('nomad')
    expect(anc.every((product) => product.attributes.noiseCancelling === true)).toBe(true)
    const trail = await listProducts(db, { categoryId: 'running-shoes', attributes: { terrain: ['Trail', 'Road to trail'] } })
    expect(trail.map((product) => product.id).sort()).toEqual(['forest-loop', 'ridgeline-gtx', 'scree-2'])
  })

  it('returns nothing when the filters exclude everything', async () => {
    expect(await listProducts(db, { categoryId: 'headphones', brands: ['Kestrel'], priceMin: 50000 })).toEqual([])
  })
})

describe('listing facets and the listing URL', () => {
  it('offers the brands, the price range and the attributes worth filtering on', () => {
    expect(headphoneFacets.brands).toEqual(['Fjord Sound', 'Halden Audio', 'Kestrel', 'Sonora'])
    expect(headphoneFacets.priceRange).toEqual({ min: 8900, max: 39900 })
    const ids = headphoneFacets.attributes.map((facet) => facet.attributeId)
    expect(ids).toEqual(expect.arrayContaining(['noiseCancelling', 'multipoint', 'fit']))
    // A list of codecs and a yes/no without a better side make poor filters.
    expect(ids).not.toContain('codecs')
    expect(ids).not.toContain('foldable')
    // Two option filters at most, the first in the category's order.
    expect(headphoneFacets.attributes.filter((facet) => facet.kind === 'options').map((facet) => facet.attributeId)).toEqual(['fit', 'waterResistance'])
    expect(headphoneFacets.attributes.find((facet) => facet.attributeId === 'fit')!.options).toEqual(['In-ear', 'On-ear', 'Open-ear', 'Over-ear'])
  })

  it('reads the filters from the URL', () => {
    const params = new URLSearchParams('brand=Sonora&brand=Kestrel&min=100&max=300&stock=1&sort=price-desc&f.noiseCancelling=1&f.fit=Over-ear')
    expect(parseListingQuery(params, headphones, headphoneFacets)).toEqual({
      categoryId: 'headphones',
      sort: 'price-desc',
      brands: ['Sonora', 'Kestrel'],
      priceMin: 10000,
      priceMax: 30000,
      inStock: true,
      attributes: { noiseCancelling: [true], fit: ['Over-ear'] },
    })
  })

  it('drops values the category does not offer instead of failing', () => {
    const params = new URLSearchParams('brand=Acme&min=-5&max=cheap&sort=random&stock=yes&f.fit=Helmet&f.codecs=LDAC&f.unknown=1')
    const query = parseListingQuery(params, headphones, headphoneFacets)
    expect(query).toEqual({ categoryId: 'headphones', sort: 'featured' })
    expect(hasFilters(query)).toBe(false)
    expect(hasFilters(parseListingQuery(new URLSearchParams('stock=1'), headphones, headphoneFacets))).toBe(true)
  })
})

describe('products by slug and by ids', () => {
  it('finds a product by slug with its variants in order', async () => {
    const product = await getProductBySlug(db, 'tempo-glide')
    expect(product?.name).toBe('Tempo Glide')
    expect(product?.variants.map((variant) => variant.label)).toEqual(['EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45'])
    expect(product?.images).toHaveLength(2)
    expect(product?.description).toMatch(/road trainer/)
  })

  it('returns undefined for an unknown slug', async () => {
    expect(await getProductBySlug(db, 'does-not-exist')).toBeUndefined()
  })

  it('reads each variant with its stock, and a product without variants or reviews as empty', async () => {
    const seeded = PRODUCTS.find((product) => product.slug === 'aurora-5')!
    const aurora = await getProductBySlug(db, 'aurora-5')
    expect(aurora?.variants).toEqual(seeded.variants.map(({ id, label, stock }) => ({ id, label, stock })))
    expect(aurora?.stock).toBe(seeded.variants.reduce((total, variant) => total + variant.stock, 0))
    expect(aurora?.rating?.count).toBe(REVIEWS.filter((review) => review.productId === 'aurora-5').length)

    await db.query(
      `INSERT INTO products (id, slug, category_id, name, brand, description, price_amount, currency, images, attributes)
       VALUES ('bare', 'bare', 'headphones', 'Bare', 'Nobody', 'Nothing yet.', 1000, 'EUR', '[]', '{}')`,
    )
    try {
      const [bare] = await getProductsByIds(db, ['bare'])
      expect(bare).toMatchObject({ variants: [], stock: 0 })
      expect(bare?.rating).toBeUndefined()
    } finally {
      await db.query("DELETE FROM products WHERE id = 'bare'")
    }
  })

  it('returns products by id in the order asked, without unknown ids or repeats', async () => {
    const products = await getProductsByIds(db, ['nomad', 'nope', 'aurora-5', 'nomad'])
    expect(products.map((product) => product.id)).toEqual(['nomad', 'aurora-5'])
    expect(await getProductsByIds(db, [])).toEqual([])
  })

  it('reads product ids from a comma list, dropping malformed ids and repeats', () => {
    expect(parseProductIds(' aurora-5,Nomad,,nomad,<script>,a b, pebble-anc ')).toEqual(['aurora-5', 'nomad', 'pebble-anc'])
    expect(parseProductIds(null)).toEqual([])
    expect(parseProductIds(Array.from({ length: 50 }, (_, index) => `p${index}`).join(','))).toHaveLength(12)
  })

  it('maps a product to a comparison column with price, rating, values and availability', async () => {
    const [aurora, studio] = await getProductsByIds(db, ['aurora-5', 'studio-pro'])
    const column = toComparisonProduct(aurora!)
    expect(column).toMatchObject({
      id: 'aurora-5',
      name: 'Aurora 5',
      href: '/p/aurora-5',
      price: { amount: 34900, currency: 'EUR' },
      compareAtPrice: { amount: 39900, currency: 'EUR' },
      brand: 'Halden Audio',
      category: 'Headphones',
      available: true,
    })
    expect(column.rating?.count).toBeGreaterThan(0)
    expect(column.values.batteryLife).toBe(30)
    expect(column.values.waterResistance).toBeNull()
    expect(toComparisonProduct(studio!).available).toBe(false)
  })

  it('picks the first variant in stock for a one-click add', async () => {
    const [pebble, studio] = await getProductsByIds(db, ['pebble-anc', 'studio-pro'])
    expect(firstAvailableVariant(pebble!)?.id).toBe('pebble-anc-white')
    expect(firstAvailableVariant(studio!)).toBeUndefined()
    const [carbon] = await getProductsByIds(db, ['carbon-rush'])
    expect(firstAvailableVariant(carbon!)?.label).toBe('EU 40')
  })
})
