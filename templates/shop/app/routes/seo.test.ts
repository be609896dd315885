// @vitest-environment node
import type { BreadcrumbList, WithContext } from 'schema-dts'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { env } from '../lib/env.server'
import { breadcrumbsJsonLd } from '../lib/seo/breadcrumbs'
import { DISALLOWED_PATHS } from '../lib/seo/robots'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const product = await import('./product')
const category = await import('./category')
const home = await import('./home')
const sitemap = await import('./sitemap')
const sitemapFile = await import('./sitemap.file')
const robots = await import('./robots')
const notFound = await import('./not-found')
const { catalogCache } = await import('../lib/catalog-cache.server')

beforeAll(async () => {
  db = await openTestDatabase()
}, 60_000)
afterAll(async () => {
  await (await catalogCache(db)).close()
  await db.close()
})

const args = (path: string, params: Record<string, string> = {}) => ({ request: new Request(`http://shop.test${path}`), params, context: {} }) as never
const origin = env.shopUrl
type JsonLd = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('structured data', () => {
  it("builds breadcrumbs of schema.org's types: the compiler checks every property against schema-dts", () => {
    expectTypeOf<ReturnType<typeof breadcrumbsJsonLd>>().toMatchTypeOf<WithContext<BreadcrumbList>>()
  })

  it("gives a product page the JSON-LD schema.org's Product, Offer and AggregateRating require", async () => {
    const { jsonLd, breadcrumbs, url } = (await product.loader(args('/p/aurora-5', { slug: 'aurora-5' }))).data as unknown as {
      jsonLd: JsonLd
      breadcrumbs: JsonLd
      url: string
    }
    expect(url).toBe(`${origin}/p/aurora-5`)
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Product', name: 'Aurora 5', sku: 'aurora-5', url })
    expect(jsonLd.brand).toEqual({ '@type': 'Brand', name: 'Halden Audio' })
    for (const image of jsonLd.image) expect(image).toMatch(new RegExp(`^${origin}/images/.+\\.svg$`))
    // Offer: a price as a decimal string, an ISO 4217 currency and a schema.org availability URL.
    expect(jsonLd.offers).toMatchObject({ '@type': 'Offer', priceCurrency: 'EUR', url })
    expect(jsonLd.offers.price).toMatch(/^\d+\.\d{2}$/)
    expect(jsonLd.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/)
    // AggregateRating: a value within the stated scale and a positive review count.
    const rating = jsonLd.aggregateRating
    expect(rating['@type']).toBe('AggregateRating')
    expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating ?? 1)
    expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating ?? 5)
    expect(Number.isInteger(rating.reviewCount ?? rating.ratingCount) && (rating.reviewCount ?? rating.ratingCount) > 0).toBe(true)
    for (const review of jsonLd.review) {
      expect(review['@type']).toBe('Review')
      expect(review.author).toMatchObject({ '@type': 'Person', name: expect.any(String) })
      expect(review.reviewRating).toMatchObject({ '@type': 'Rating', ratingValue: expect.any(Number) })
    }
    expect(breadcrumbs).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
        { '@type': 'ListItem', position: 2, name: 'Headphones', item: `${origin}/c/headphones` },
        { '@type': 'ListItem', position: 3, name: 'Aurora 5', item: url },
      ],
    })
  })

  it('gives the home page one canonical URL, without the campaign parameters of the link', async () => {
    const response = await home.loader(args('/?utm_source=newsletter&utm_campaign=spring'))
    const tags = home.meta({ data: response.data } as never)
    expect(tags).toContainEqual({ tagName: 'link', rel: 'canonical', href: `${origin}/` })
  })

  it('gives a category page its canonical URL and breadcrumbs', async () => {
    const response = await category.loader(args('/c/headphones?sort=price-asc', { category: 'headphones' }))
    const tags = category.meta({ data: response.data } as never)
    expect(tags).toContainEqual({ tagName: 'link', rel: 'canonical', href: `${origin}/c/headphones` })
    expect(tags).toContainEqual({ 'script:ld+json': expect.objectContaining({ '@type': 'BreadcrumbList' }) })
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists the home, category and product pages with their lastmod', async () => {
    const response = await sitemap.loader()
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain(`<url><loc>${origin}/</loc>`)
    expect(xml).toContain(`<loc>${origin}/c/headphones</loc>`)
    expect(xml).toMatch(new RegExp(`<loc>${origin}/p/aurora-5</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z</lastmod>`))
    const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM products')
    expect(xml.match(/<loc>[^<]+\/p\//g)).toHaveLength(rows[0]!.count)
  })

  it('moves a changed product’s lastmod', async () => {
    const lastmod = async () => /\/p\/aurora-5<\/loc><lastmod>([^<]+)</.exec(await (await sitemap.loader()).text())![1]!
    const before = await lastmod()
    await db.query(`UPDATE products SET price_amount = price_amount + 100 WHERE slug = 'aurora-5'`)
    expect(Date.parse(await lastmod())).toBeGreaterThan(Date.parse(before))
  })

  it('becomes an index of files when the shop has more pages than one file holds', async () => {
    const limit = env.sitemapMaxUrls
    env.sitemapMaxUrls = 10
    try {
      const index = await (await sitemap.loader()).text()
      const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
      expect(index).toContain('<sitemapindex')
      expect(files[0]).toBe(`${origin}/sitemap/1.xml`)
      const pages = await Promise.all(files.map(async (_, n) => (await (await sitemapFile.loader(args('', { file: `${n + 1}.xml` }))).text()).match(/<url>/g)?.length))
      expect(pages.slice(0, -1).every((count) => count === 10)).toBe(true)
      expect((await sitemapFile.loader(args('', { file: `${files.length + 1}.xml` }))).status).toBe(404)
      expect((await sitemapFile.loader(args('', { file: 'x.xml' }))).status).toBe(404)
    } finally {
      env.sitemapMaxUrls = limit
    }
  })

  it('keeps crawlers out of private and search pages and points them at the sitemap', async () => {
    const text = await robots.loader().text()
    for (const path of ['/cart', '/checkout', '/account', '/admin', '/search']) expect(DISALLOWED_PATHS).toContain(path)
    for (const path of DISALLOWED_PATHS) expect(text).toContain(`Disallow: ${path}\n`)
    expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`)
  })
})

describe('a path no page serves', () => {
  it("answers 404 with the best sellers of the category the path points at, by the category's or a product's slug", async () => {
    for (const path of ['/old-shop/headphones', '/sale/aurora-5']) {
      const response = await notFound.loader(args(path))
      expect(response.init?.status).toBe(404)
      expect(response.data.category).toBe('Headphones')
      expect(response.data.popular.length).toBeGreaterThan(0)
      for (const product of response.data.popular) expect(product.category).toBe('Headphones')
    }
  })

  it("falls back to the shop's best-selling category when the path points at none", async () => {
    const response = await notFound.loader(args('/no/such/page'))
    expect(response.init?.status).toBe(404)
    expect(response.data.category).toEqual(expect.any(String))
    expect(response.data.popular).toHaveLength(4)
    for (const product of response.data.popular) expect(product.category).toBe(response.data.category)
  })
})
