// @vitest-environment node
import { resolveAttribution } from '@journeykit/core'
import { summarizeReviews } from '@journeykit/social-proof'
import { insertTestCatalog, openTestDatabase } from './test-database.server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './db.server'
import { orderAccessToken } from './orders.server'
import {
  createReview,
  listReviews,
  publishReview,
  ratingSummary,
  recentPurchases,
  ReviewError,
  reviewRequestPath,
  voteHelpful,
  type NewReview,
  type ReviewOptions,
} from './reviews.server'

let db: Database
const NOW = new Date('2026-11-20T12:00:00Z')

async function insertOrder(id: string, status: string, address: Record<string, string>, paidAt: string, productId = 'p-boot') {
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
                         shipping_method, address, created_at, paid_at)
     VALUES ($1, $1, $1, 'c-1', 'ada@example.com', $2, 'EUR', 100, 0, 0, 0, 100, 'standard', $3, $4, $4)`,
    [id, status, JSON.stringify(address), paidAt],
  )
  await db.query(
    `INSERT INTO order_lines (order_id, variant_id, product_id, name, variant_label, unit_amount, quantity)
     VALUES ($1, $2, $3, $4, 'EU 42', 100, 1)`,
    [id, productId === 'p-boot' ? 'v-boot-42' : 'v-cap', productId, productId === 'p-boot' ? 'Ridge Boot' : 'Cap'],
  )
}

// The file's own rows, so the tests do not depend on the demo seed's contents.
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'shoes', name: 'Shoes' }, [
    { id: 'p-boot', slug: 'ridge-boot', name: 'Ridge Boot', price: 15900, variants: [{ id: 'v-boot-42', label: 'EU 42', stock: 4 }] },
    { id: 'p-cap', name: 'Cap', price: 1900, variants: [{ id: 'v-cap', label: 'One size', stock: 9 }] },
    { id: 'p-empty', name: 'Unreviewed', price: 1900, variants: [] },
  ])
  await db.query(
    `INSERT INTO reviews (id, product_id, rating, title, body, author_name, verified, variant_label, photos, merchant_reply, helpful_count, created_at) VALUES
       ('r-1', 'p-boot', 5, 'Great', 'Comfortable from day one.', 'Maja K.', true, 'EU 42', '[{"src":"/images/boot.svg","alt":"Boot on a trail"}]', NULL, 3, '2026-10-01T10:00:00Z'),
       ('r-2', 'p-boot', 4, 'Good', 'Runs a little narrow.', 'Tom R.', false, NULL, '[]', NULL, 0, '2026-10-05T10:00:00Z'),
       ('r-3', 'p-boot', 2, 'Sole wore out', 'Worn through after 300 km.', 'Ines F.', true, 'EU 43', '[]', 'Covered by our warranty.', 1, '2026-09-01T10:00:00Z')`,
  )
  await db.query(`INSERT INTO customers (id, email, first_name) VALUES ('c-1', 'ada@example.com', 'Ada')`)
  await insertOrder('NW-1', 'paid', { givenName: 'Ada Marie', city: 'Lyon' }, '2026-11-19T08:00:00Z')
  await insertOrder('NW-2', 'fulfilled', { givenName: 'Ben', city: '' }, '2026-11-18T08:00:00Z')
  await insertOrder('NW-3', 'pending', { givenName: 'Cleo', city: 'Gent' }, '2026-11-19T09:00:00Z')
  await insertOrder('NW-4', 'refunded', { givenName: 'Dan', city: 'Porto' }, '2026-11-19T09:30:00Z')
  await insertOrder('NW-5', 'paid', { givenName: 'Eva', city: 'Graz' }, '2026-10-01T08:00:00Z')
  await insertOrder('NW-6', 'paid', { givenName: '  ', city: 'Oslo' }, '2026-11-19T10:00:00Z')
  await insertOrder('NW-7', 'paid', { givenName: 'Finn', city: 'Bern' }, '2026-11-19T11:00:00Z', 'p-cap')
}, 60_000)

afterAll(() => db.close())

const reviewError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ReviewError)
  return error as ReviewError
}

describe('listReviews', () => {
  it('maps rows to the Review type, newest first', async () => {
    const reviews = await listReviews(db, 'p-boot')
    expect(reviews.map((review) => review.id)).toEqual(['r-2', 'r-1', 'r-3'])
    expect(reviews[1]).toEqual({
      id: 'r-1',
      rating: 5,
      title: 'Great',
      body: 'Comfortable from day one.',
      author: 'Maja K.',
      createdAt: '2026-10-01T10:00:00.000Z',
      verifiedBuyer: true,
      variant: 'EU 42',
      photos: [{ src: '/images/boot.svg', alt: 'Boot on a trail' }],
      helpfulCount: 3,
    })
    expect(reviews[2]?.merchantReply).toEqual({ body: 'Covered by our warranty.', author: 'Northwind Outfitters' })
    expect(await listReviews(db, 'p-empty')).toEqual([])
  })
})

describe('ratingSummary', () => {
  it('matches summarizeReviews on the same reviews', async () => {
    const summary = await ratingSummary(db, 'p-boot')
    expect(summary).toEqual({ average: 3.7, count: 3, histogram: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 } })
    expect(summary).toEqual(summarizeReviews(await listReviews(db, 'p-boot')))
  })

  it('is zero for a product without reviews', async () => {
    expect(await ratingSummary(db, 'p-empty')).toEqual({ average: 0, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
  })
})

describe('voteHelpful', () => {
  it('counts one vote per voter and returns the new count', async () => {
    expect(await voteHelpful(db, 'r-2', 'visitor-a')).toBe(1)
    expect(await voteHelpful(db, 'r-2', 'visitor-a')).toBe(1)
    expect(await voteHelpful(db, 'r-2', 'visitor-b')).toBe(2)
    expect((await listReviews(db, 'p-boot')).find((review) => review.id === 'r-2')?.helpfulCount).toBe(2)
  })

  it('counts concurrent repeats of one vote once', async () => {
    const counts = await Promise.all([voteHelpful(db, 'r-3', 'visitor-c'), voteHelpful(db, 'r-3', 'visitor-c')])
    expect(counts).toEqual([2, 2])
  })

  it('refuses an unknown review and a missing voter', async () => {
    expect(await reviewError(voteHelpful(db, 'r-nope', 'visitor-a'))).toMatchObject({ code: 'unknown_review' })
    expect(await reviewError(voteHelpful(db, 'r-1', ''))).toMatchObject({ code: 'invalid' })
    expect((await db.query(`SELECT * FROM review_votes WHERE review_id = 'r-nope'`)).rows).toEqual([])
  })
})

describe('createReview', () => {
  const input: NewReview = {
    productId: 'p-boot',
    rating: 4,
    title: '  Solid boot ',
    body: 'Good grip on wet rock, and dry feet after a full day of rain.',
    authorName: 'Ada L.',
  }
  const secret = 'order-link-secret'
  const publish: ReviewOptions = { moderation: 'off', secret }
  const asBuyer = (orderId: string) => ({ orderId, orderToken: orderAccessToken(orderId, secret) })

  it('stores an unverified review without an order', async () => {
    const { review, held } = await createReview(db, input, publish)
    expect(held).toBe(false)
    expect(review).toMatchObject({ rating: 4, title: 'Solid boot', author: 'Ada L.', verifiedBuyer: false, helpfulCount: 0 })
    expect(review).not.toHaveProperty('variant')
    expect((await listReviews(db, 'p-boot')).map((r) => r.id)).toContain(review.id)
  })

  it('verifies a review from a paid order that holds the product, with the order link’s token, once per order', async () => {
    const { review } = await createReview(db, { ...input, ...asBuyer('NW-1') }, publish)
    expect(review).toMatchObject({ verifiedBuyer: true, variant: 'EU 42' })
    expect(await reviewError(createReview(db, { ...input, ...asBuyer('NW-1') }, publish))).toMatchObject({ code: 'already_reviewed' })
  })

  it('refuses to review as the buyer of an order without its token, or with another order’s token', async () => {
    for (const orderToken of [undefined, '', 'x'.repeat(32), orderAccessToken('NW-5', secret), orderAccessToken('NW-2', 'another-secret')]) {
      expect(await reviewError(createReview(db, { ...input, orderId: 'NW-2', ...(orderToken === undefined ? {} : { orderToken }) }, publish))).toMatchObject({
        code: 'not_buyer',
      })
    }
    const { rows } = await db.query(`SELECT 1 FROM reviews WHERE order_id = 'NW-2'`)
    expect(rows).toEqual([])
  })

  it('keeps one review per order and product when the buyer sends two at once (a unique index)', async () => {
    const results = await Promise.allSettled([createReview(db, { ...input, ...asBuyer('NW-2') }, publish), createReview(db, { ...input, ...asBuyer('NW-2') }, publish)])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const { rows } = await db.query(`SELECT 1 FROM reviews WHERE order_id = 'NW-2'`)
    expect(rows).toHaveLength(1)
  })

  it('does not verify a pending order, an order of another product or an unknown order', async () => {
    for (const orderId of ['NW-3', 'NW-7', 'NW-404']) {
      expect((await createReview(db, { ...input, ...asBuyer(orderId) }, publish)).review).toMatchObject({ verifiedBuyer: false })
    }
  })

  it('holds anonymous reviews by default: a burst of one-star reviews is not shown and does not move the rating', async () => {
    const before = await ratingSummary(db, 'p-cap')
    const shown = (await listReviews(db, 'p-cap')).length
    for (let index = 0; index < 20; index++) {
      const created = await createReview(db, { ...input, productId: 'p-cap', rating: 1, authorName: `Bot ${index}` }, { secret })
      expect(created.held).toBe(true)
    }
    expect(await ratingSummary(db, 'p-cap')).toEqual(before)
    expect(await listReviews(db, 'p-cap')).toHaveLength(shown)
    const { rows } = await db.query<{ rating_count: number }>(`SELECT count(*)::int AS rating_count FROM reviews WHERE product_id = 'p-cap' AND status = 'held'`)
    expect(rows[0]!.rating_count).toBe(20)
  })

  it('publishes a verified review at once unless every review is moderated; a moderator publishes a held one', async () => {
    expect((await createReview(db, { ...input, productId: 'p-cap', ...asBuyer('NW-7') }, { secret })).held).toBe(false)
    const held = await createReview(db, { ...input, productId: 'p-boot', ...asBuyer('NW-5') }, { moderation: 'all', secret })
    expect(held.held).toBe(true)
    expect((await listReviews(db, 'p-boot')).map((review) => review.id)).not.toContain(held.review.id)
    expect(await reviewError(voteHelpful(db, held.review.id, 'visitor-a'))).toMatchObject({ code: 'unknown_review' })
    expect(await publishReview(db, held.review.id)).toBe(true)
    expect(await publishReview(db, held.review.id)).toBe(false)
    expect((await listReviews(db, 'p-boot')).map((review) => review.id)).toContain(held.review.id)
  })

  it('hands out review requests tagged as earned (review), not direct', () => {
    const path = reviewRequestPath('ridge-boot', 'NW-1')
    expect(path).toBe('/p/ridge-boot?order=NW-1&utm_source=review-request&utm_medium=review&utm_campaign=review-request#reviews')
    expect(resolveAttribution(new URL(path, 'https://shop.example').toString(), 'https://shop.example/orders/NW-1').touchpoint).toEqual({
      channel: 'earned',
      source: 'review-request',
    })
  })

  it('refuses invalid fields with a message per field and writes nothing', async () => {
    const before = (await listReviews(db, 'p-boot')).length
    const error = await reviewError(createReview(db, { ...input, rating: 6, title: ' ', body: 'Too short', authorName: 'x'.repeat(61) }, publish))
    expect(error.code).toBe('invalid')
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['body', 'name', 'rating', 'title'])
    for (const rating of [0, 3.5, Number.NaN]) {
      expect((await reviewError(createReview(db, { ...input, rating }, publish))).fieldErrors).toHaveProperty('rating')
    }
    expect((await reviewError(createReview(db, { ...input, title: 't'.repeat(121) }, publish))).fieldErrors).toHaveProperty('title')
    expect((await reviewError(createReview(db, { ...input, body: 'b'.repeat(5001) }, publish))).fieldErrors).toHaveProperty('body')
    expect(await reviewError(createReview(db, { ...input, productId: 'p-nope' }, publish))).toMatchObject({ code: 'unknown_product' })
    expect((await listReviews(db, 'p-boot')).length).toBe(before)
  })
})

describe('recentPurchases', () => {
  it('lists real paid or fulfilled orders of the last 14 days with first name and city only', async () => {
    expect(await recentPurchases(db, 'p-boot', { now: NOW })).toEqual([
      { id: 'purchase-NW-1', kind: 'purchase', firstName: 'Ada', city: 'Lyon', productName: 'Ridge Boot', occurredAt: '2026-11-19T08:00:00.000Z' },
      { id: 'purchase-NW-2', kind: 'purchase', firstName: 'Ben', productName: 'Ridge Boot', occurredAt: '2026-11-18T08:00:00.000Z' },
    ])
  })

  it('is empty when there are no such orders', async () => {
    expect(await recentPurchases(db, 'p-empty', { now: NOW })).toEqual([])
    expect(await recentPurchases(db, 'p-boot', { now: new Date('2027-01-01T00:00:00Z') })).toEqual([])
  })
})
