// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { loader } = await import('./product')
const { catalogCache } = await import('../lib/catalog-cache.server')
const { createReview, publishReview } = await import('../lib/reviews.server')
const { reviewLinkToken } = await import('../lib/email/review-link.server')

beforeAll(async () => {
  db = await openTestDatabase()
}, 60_000)
afterAll(async () => {
  await (await catalogCache(db)).close()
  await db.close()
})

/** The product page's data, as the next visitor's request gets it. */
async function productPage(slug = 'aurora-5') {
  const response = await loader({ params: { slug }, request: new Request(`http://shop.test/p/${slug}`), context: {} } as never)
  return response.data
}

describe('the product page served from the in-process catalog cache', () => {
  it('shows a review once a moderator publishes it', async () => {
    const before = await productPage()
    const { review, held } = await createReview(
      db,
      { productId: before.product.id, rating: 2, title: 'Strap frayed', body: 'The left strap frayed after a month of daily use.', authorName: 'Noor' },
      { moderation: 'all' },
    )
    expect(held).toBe(true)
    expect((await productPage()).reviews.map((review) => review.title)).not.toContain('Strap frayed')

    expect(await publishReview(db, review.id)).toBe(true)
    await expect.poll(async () => (await productPage()).reviews.map((review) => review.title)).toContain('Strap frayed')
    expect((await productPage()).summary.count).toBe(before.summary.count + 1)
  })

  it('shows the stock another process wrote (an order, the back office, an import)', async () => {
    const { product } = await productPage()
    await db.query('UPDATE variants SET stock = 0 WHERE product_id = $1', [product.id])
    await expect.poll(async () => (await productPage()).product.stock).toBe(0)
    expect(JSON.stringify((await productPage()).jsonLd)).toContain('OutOfStock')
  })

  it('answers 404 for a product that does not exist', async () => {
    await expect(productPage('no-such-product')).rejects.toMatchObject({ init: { status: 404 } })
  })
})

describe('the product page opened from a review link', () => {
  const open = (query: string, slug = 'aurora-5') =>
    loader({ params: { slug }, request: new Request(`http://shop.test/p/${slug}?${query}`), context: {} } as never) as unknown as Promise<{
      data: Awaited<ReturnType<typeof productPage>>
      init: { headers: Record<string, string> }
    }>

  it('offers the verified review form for the order and product the token was signed for, in a page no shared cache keeps', async () => {
    const { product } = await productPage()
    const token = reviewLinkToken('NW-1', product.id, new Date(Date.now() + 60_000))
    const page = await open(`order=NW-1&token=${token}`)
    expect(page.data.reviewLink).toEqual({ verified: true, orderId: 'NW-1', token })
    expect(page.init.headers['Cache-Control']).toBe('private, no-cache')
    expect((await productPage()).reviewLink).toBeNull()
  })

  it('says why a forged, expired or other product’s link makes no verified review', async () => {
    const { product } = await productPage()
    const expired = reviewLinkToken('NW-1', product.id, new Date(Date.now() - 1000))
    const otherProduct = reviewLinkToken('NW-1', `${product.id}-other`, new Date(Date.now() + 60_000))
    expect((await open(`order=NW-1&token=${expired}`)).data.reviewLink).toEqual({ verified: false, problem: expect.stringContaining('has expired') })
    expect((await open(`order=NW-1&token=${otherProduct}`)).data.reviewLink).toEqual({ verified: false, problem: expect.stringContaining('not valid') })
    expect((await open('order=NW-1&token=forged')).data.reviewLink).toEqual({ verified: false, problem: expect.stringContaining('not valid') })
  })
})
