// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const search = await import('./search')
const suggest = await import('./api.search.suggest')
const recommendations = await import('./api.recommendations')

beforeAll(async () => {
  db = await openTestDatabase()
}, 60_000)
afterAll(() => db?.close())

const get = (path: string) =>
  ({
    request: new Request(`http://shop.test${path}`),
    params: {},
    context: {},
  } as never)

describe('/search', () => {
  it('returns the results of the demo catalog, marked noindex', async () => {
    const response = await search.loader(get('/search?q=headphones&sort=price-asc'))
    const { results } = response.data
    expect(results.query).toBe('headphones')
    expect(results.total).toBeGreaterThan(0)
    expect(results.products.every((product) => product.category === 'Headphones')).toBe(true)
    const prices = results.products.map((product) => product.price.amount)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    expect(results.facets.category.find((facet) => facet.value === 'headphones')?.count).toBe(results.total)
    expect(new Headers(response.init?.headers).get('X-Robots-Tag')).toBe('noindex, follow')
    expect(search.meta({ data: response.data } as never)).toContainEqual({
      name: 'robots',
      content: 'noindex, follow',
    })
  })

  it('answers 400 with the reason for a malformed link', async () => {
    await expect(search.loader(get('/search?q=boots&sort=cheapest'))).rejects.toMatchObject({
      init: { status: 400 },
      data: 'sort must be one of relevance, price-asc, price-desc, rating',
    })
    await expect(search.loader(get(`/search?q=${'x'.repeat(201)}`))).rejects.toMatchObject({ init: { status: 400 } })
  })
})

describe('GET /api/search/suggest', () => {
  it('returns suggestions a shared cache may keep', async () => {
    const response = (await suggest.loader(get('/api/search/suggest?q=auro'))) as {
      data: { query: string; products: Array<{ href: string }> }
      init: ResponseInit
    }
    expect(response.data.query).toBe('auro')
    expect(response.data.products.map((product) => product.href)).toContain('/p/aurora-5')
    expect(new Headers(response.init.headers).get('Cache-Control')).toMatch(/^public, max-age=60/)
  })

  it('answers 400 without q or with a q too long to be typed', async () => {
    for (const path of ['/api/search/suggest', `/api/search/suggest?q=${'x'.repeat(101)}`]) {
      const response = (await suggest.loader(get(path))) as {
        data: { error: string }
        init: ResponseInit
      }
      expect(response.init.status).toBe(400)
      expect(response.data.error).toMatch(/^q is/)
    }
  })
})

describe('GET /api/recommendations', () => {
  it('returns a slot of products for the Recommendations block, never the product itself', async () => {
    const response = (await recommendations.loader(get('/api/recommendations?slot=similar&product=aurora-5'))) as {
      data: Array<{ id: string; category: string }>
      init: ResponseInit
    }
    expect(response.data).toHaveLength(4)
    expect(response.data.map((product) => product.id)).not.toContain('aurora-5')
    expect(response.data.every((product) => product.category === 'Headphones')).toBe(true)
    expect(new Headers(response.init.headers).get('Cache-Control')).toMatch(/^public/)
  })

  it('answers 400 for a slot it does not serve or a malformed product', async () => {
    for (const path of ['/api/recommendations?slot=recently-viewed&product=aurora-5', '/api/recommendations?slot=similar&product=%27', '/api/recommendations?slot=similar&product=aurora-5&limit=99']) {
      const response = (await recommendations.loader(get(path))) as { init: ResponseInit }
      expect(response.init.status).toBe(400)
    }
  })
})
