// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { CLIENT_ADDRESS_HEADER, resetRateLimits } from '../lib/rate-limit.server'
import { insertTestCatalog, openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { action } = await import('./api.reviews')
const { getShopSession } = await import('../lib/session.server')
const { ratingSummary } = await import('../lib/reviews.server')
const { orderAccessToken } = await import('../lib/orders.server')
const { reviewLinkToken } = await import('../lib/email/review-link.server')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-pack', slug: 'day-pack', name: 'Day Pack', price: 3000, variants: [{ id: 'v-pack', label: 'Green', stock: 100 }] },
    { id: 'p-bottle', slug: 'bottle', name: 'Bottle', price: 1500, variants: [{ id: 'v-bottle', label: 'Steel', stock: 100 }] },
  ])
  await db.query(`INSERT INTO customers (id, email) VALUES ('c-1', 'ada@example.com')`)
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
     VALUES ('NW-1', 'chk-1', 'key-1', 'c-1', 'ada@example.com', 'paid', 'EUR', 3000, 0, 0, 0, 3000, 'standard', '{}')`,
  )
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
     VALUES ('NW-2', 'chk-2', 'key-2', 'c-1', 'ada@example.com', 'pending', 'EUR', 3000, 0, 0, 0, 3000, 'standard', '{}')`,
  )
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
     VALUES ('NW-3', 'chk-3', 'key-3', 'c-1', 'ada@example.com', 'fulfilled', 'EUR', 3000, 0, 0, 0, 3000, 'standard', '{}')`,
  )
  for (const orderId of ['NW-1', 'NW-2', 'NW-3']) {
    await db.query(
      `INSERT INTO order_lines (order_id, variant_id, product_id, name, variant_label, unit_amount, quantity) VALUES ($1, 'v-pack', 'p-pack', 'Day Pack', 'Green', 3000, 1)`,
      [orderId],
    )
  }
  await db.query(
    `INSERT INTO reviews (id, product_id, rating, title, body, author_name) VALUES ('r-1', 'p-pack', 5, 'Great', 'Carries everything I need.', 'Maja K.')`,
  )
}, 60_000)
afterAll(() => db.close())
beforeEach(() => resetRateLimits(db))

const session = await getShopSession(new Request('http://shop.test/'))
const sessionCookie = session.setCookie!.split(';')[0]!
let clients = 0

async function post(body: URLSearchParams | Record<string, unknown>, address = `198.51.100.${++clients}`) {
  const isForm = body instanceof URLSearchParams
  const request = new Request('http://shop.test/api/reviews', {
    method: 'POST',
    headers: { Cookie: sessionCookie, [CLIENT_ADDRESS_HEADER]: address, ...(isForm ? {} : { 'Content-Type': 'application/json' }) },
    body: isForm ? body : JSON.stringify(body),
  })
  try {
    const result = (await action({ request, params: {}, context: {} } as unknown as Parameters<typeof action>[0])) as { data: unknown; init: ResponseInit | null }
    return { status: result.init?.status ?? 200, data: result.data as Record<string, unknown> }
  } catch (thrown) {
    const refused = thrown as { data: unknown; init: ResponseInit | null }
    return { status: refused.init?.status ?? 500, data: refused.data as Record<string, unknown> }
  }
}

const review = (fields: Record<string, string> = {}) =>
  new URLSearchParams({
    _csrf: session.csrf,
    intent: 'create',
    productId: 'p-pack',
    rating: '1',
    title: 'Bad',
    body: 'It fell apart on the very first day.',
    name: 'A. Nonymous',
    ...fields,
  })

describe('POST /api/reviews', () => {
  it('reviews as the buyer only with the order link’s token', async () => {
    expect(await post(review({ orderId: 'NW-1' }))).toMatchObject({ status: 403, data: { code: 'not_buyer' } })
    expect(await post(review({ orderId: 'NW-1', orderToken: 'guess' }))).toMatchObject({ status: 403, data: { code: 'not_buyer' } })
    const buyer = await post(review({ orderId: 'NW-1', orderToken: orderAccessToken('NW-1'), rating: '4' }))
    expect(buyer).toMatchObject({ status: 201, data: { review: { verifiedBuyer: true, rating: 4 } } })
    expect(await post(review({ orderId: 'NW-1', orderToken: orderAccessToken('NW-1') }))).toMatchObject({ status: 409 })
  })

  it('reviews as the buyer from a review link only with its token for that order and product, before it expires', async () => {
    const soon = new Date(Date.now() + 60_000)
    const fromLink = (fields: Record<string, string>) => post(review({ orderId: 'NW-3', rating: '5', ...fields }))
    expect(await fromLink({ reviewToken: 'x.forged' })).toMatchObject({ status: 403, data: { code: 'not_buyer', error: expect.stringContaining('not valid') } })
    expect(await fromLink({ reviewToken: reviewLinkToken('NW-3', 'p-bottle', soon) })).toMatchObject({ status: 403, data: { error: expect.stringContaining('not valid') } })
    expect(await fromLink({ reviewToken: reviewLinkToken('NW-1', 'p-pack', soon) })).toMatchObject({ status: 403, data: { error: expect.stringContaining('not valid') } })
    expect(await fromLink({ reviewToken: reviewLinkToken('NW-3', 'p-pack', new Date(Date.now() - 1000)) })).toMatchObject({
      status: 403,
      data: { code: 'not_buyer', error: expect.stringContaining('has expired') },
    })
    const { rows } = await db.query("SELECT 1 FROM reviews WHERE order_id = 'NW-3'")
    expect(rows).toEqual([])
    expect(await fromLink({ reviewToken: reviewLinkToken('NW-3', 'p-pack', soon) })).toMatchObject({ status: 201, data: { review: { verifiedBuyer: true, rating: 5 } } })
  })

  it('holds anonymous reviews and limits them per client and per product, so a burst cannot move the rating', async () => {
    const before = await ratingSummary(db, 'p-pack')
    expect(await post(review())).toMatchObject({ status: 202, data: { held: true } })
    const oneClient = '203.0.113.7'
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await post(review(), oneClient)).status)
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429])
    // Many addresses: the product's allowance for anonymous reviews (10 an hour) ends the burst.
    const burst: number[] = []
    for (let attempt = 0; attempt < 8; attempt++) burst.push((await post(review())).status)
    expect(burst.filter((status) => status === 202)).toHaveLength(4)
    expect(burst.slice(4)).toEqual([429, 429, 429, 429])
    // The token of one's own unpaid order proves no purchase: the review is anonymous and so is its limit.
    expect(await post(review({ orderId: 'NW-2', orderToken: orderAccessToken('NW-2') }))).toMatchObject({ status: 429 })
    expect(await ratingSummary(db, 'p-pack')).toEqual(before)
  })

  it('counts one helpful vote per visitor and limits votes per address and review', async () => {
    const address = '192.0.2.44'
    const first = await post({ intent: 'helpful', reviewId: 'r-1' }, address)
    expect(first).toMatchObject({ status: 200, data: { reviewId: 'r-1', helpfulCount: 1 } })
    expect(await post({ intent: 'helpful', reviewId: 'r-1' }, address)).toMatchObject({ status: 200, data: { helpfulCount: 1 } })
    expect(await post({ intent: 'helpful', reviewId: 'r-1' }, address)).toMatchObject({ status: 200, data: { helpfulCount: 1 } })
    expect((await post({ intent: 'helpful', reviewId: 'r-1' }, address)).status).toBe(429)
    expect(await post({ intent: 'helpful', reviewId: 'r-1' })).toMatchObject({ status: 200, data: { helpfulCount: 1 } })
  })

  it('refuses a vote for a review id no review can have (a NUL byte, too long) with 400, and counts nothing', async () => {
    for (const reviewId of ['r-1\u0000', 'r'.repeat(101)]) {
      expect(await post({ intent: 'helpful', reviewId })).toMatchObject({ status: 400, data: { error: 'Which review? Send a reviewId.' } })
    }
    expect((await db.query<{ helpful_count: number }>(`SELECT helpful_count FROM reviews WHERE id = 'r-1'`)).rows).toEqual([{ helpful_count: 1 }])
  })

  it('lets a first vote from the shop’s own page start the session, and refuses one from nowhere', async () => {
    const vote = (headers: Record<string, string>) =>
      action({
        request: new Request('http://shop.test/api/reviews', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: `198.51.100.${++clients}`, ...headers },
          body: JSON.stringify({ intent: 'helpful', reviewId: 'r-1' }),
        }),
        params: {},
        context: {},
      } as unknown as Parameters<typeof action>[0]).catch((thrown: { init: ResponseInit | null }) => thrown)
    const first = (await vote({ 'Sec-Fetch-Site': 'same-origin' })) as { data: unknown; init: ResponseInit | null }
    expect(first.data).toEqual({ reviewId: 'r-1', helpfulCount: 2 })
    expect(new Headers(first.init?.headers).get('Set-Cookie')).toMatch(/^jk_session=/)
    const fromNowhere = (await vote({})) as { init: ResponseInit | null }
    expect(fromNowhere.init?.status).toBe(403)
  })
})
