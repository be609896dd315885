import type { Activity } from '@journeykit/social-proof'
import type { RatingBreakdown, Review, StarValue } from '@journeykit/social-proof'
import { randomUUID } from 'node:crypto'
import type { Queryable } from './db.server'
import { checkReviewLinkToken, REVIEW_LINK_PROBLEMS } from './email/review-link.server'
import { isOrderAccessToken } from './orders.server'

/** The name merchant replies are shown under. */
export const SHOP_NAME = 'Northwind Outfitters'

/** Field limits, the same as the ReviewForm block's. */
export const REVIEW_LIMITS = { title: 120, bodyMin: 20, body: 5000, authorName: 60 } as const

export type ReviewErrorCode = 'invalid' | 'unknown_product' | 'unknown_review' | 'already_reviewed' | 'not_buyer'

/**
 * Which new reviews wait for a moderator before they are shown and counted in the rating:
 * `anonymous` (the default) holds reviews that are not a verified purchase, `all` holds every
 * review, `off` publishes every review at once.
 */
export type ReviewModeration = 'off' | 'anonymous' | 'all'

/** A refused review operation; 'invalid' carries a message per field (`fieldErrors`). */
export class ReviewError extends Error {
  readonly code: ReviewErrorCode
  readonly fieldErrors: Record<string, string>

  constructor(code: ReviewErrorCode, message: string, fieldErrors: Record<string, string> = {}) {
    super(message)
    this.name = 'ReviewError'
    this.code = code
    this.fieldErrors = fieldErrors
  }
}

interface ReviewRow {
  id: string
  rating: number
  title: string
  body: string
  author_name: string
  verified: boolean
  variant_label: string | null
  photos: Array<{ src: string; alt?: string }>
  merchant_reply: string | null
  helpful_count: number
  created_at: Date | string
}

const REVIEW_COLUMNS = 'id, rating, title, body, author_name, verified, variant_label, photos, merchant_reply, helpful_count, created_at'

function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    rating: row.rating,
    ...(row.title ? { title: row.title } : {}),
    body: row.body,
    author: row.author_name,
    createdAt: new Date(row.created_at).toISOString(),
    verifiedBuyer: row.verified,
    ...(row.variant_label ? { variant: row.variant_label } : {}),
    photos: row.photos,
    helpfulCount: row.helpful_count,
    ...(row.merchant_reply ? { merchantReply: { body: row.merchant_reply, author: SHOP_NAME } } : {}),
  }
}

/** A product's published reviews (held ones wait for moderation), newest first, in social-proof's Review shape. */
export async function listReviews(db: Queryable, productId: string): Promise<Review[]> {
  const { rows } = await db.query<ReviewRow>(
    `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE product_id = $1 AND status = 'published' ORDER BY created_at DESC, id`,
    [productId],
  )
  return rows.map(toReview)
}

/**
 * A product's aggregate rating from SQL: the same numbers as `summarizeReviews(listReviews(…))`
 * (published reviews only; average rounded to one decimal, 0 without reviews) without loading them.
 */
export async function ratingSummary(db: Queryable, productId: string): Promise<RatingBreakdown> {
  const { rows } = await db.query<{ rating: number; count: number }>(
    "SELECT rating, count(*)::int AS count FROM reviews WHERE product_id = $1 AND status = 'published' GROUP BY rating",
    [productId],
  )
  const histogram: Record<StarValue, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  let count = 0
  let sum = 0
  for (const row of rows) {
    histogram[row.rating as StarValue] = row.count
    count += row.count
    sum += row.rating * row.count
  }
  return { average: count ? Math.round((sum / count) * 10) / 10 : 0, count, histogram }
}

/**
 * Records that `voterId` found a published review helpful; a second vote by the same voter is not
 * counted (the primary key of review_votes, so also across processes). Returns the review's
 * helpful count after the vote.
 * @throws {ReviewError} 'unknown_review' (also for a review held for moderation).
 */
export async function voteHelpful(db: Queryable, reviewId: string, voterId: string): Promise<number> {
  if (!voterId) throw new ReviewError('invalid', 'A vote needs a voter.')
  // One statement: the vote row and the count move together, and the primary key of
  // review_votes makes a repeated vote (even a concurrent one) add nothing.
  const { rows } = await db.query<{ helpful_count: number }>(
    `WITH vote AS (
       INSERT INTO review_votes (review_id, voter_id)
       SELECT id, $2 FROM reviews WHERE id = $1 AND status = 'published'
       ON CONFLICT DO NOTHING
       RETURNING review_id
     )
     UPDATE reviews SET helpful_count = helpful_count + (SELECT count(*) FROM vote)::int
      WHERE id = $1 AND status = 'published'
     RETURNING helpful_count`,
    [reviewId, voterId],
  )
  const row = rows[0]
  if (!row) throw new ReviewError('unknown_review', 'That review does not exist.')
  return row.helpful_count
}

export interface NewReview {
  productId: string
  rating: number
  title: string
  body: string
  authorName: string
  /** The order the review comes from; makes it verified when that paid order holds the product. */
  orderId?: string
  /** Proof that the author is the buyer: the token of the order's confirmation link (`orderAccessToken`). */
  orderToken?: string
  /** Or proof from a review link (email, order page): its token, signed for this order and product (`reviewLinkToken`). */
  reviewToken?: string
}

export interface ReviewOptions {
  moderation?: ReviewModeration
  /** The secret order links are signed with; default the session secret. */
  secret?: string
  /**
   * Runs before a review that is not a verified purchase is stored (with or without an order id);
   * throws or rejects to refuse it. The route's per-product limit on anonymous reviews.
   */
  beforeUnverified?: () => Promise<void> | void
  /** When a review link's token is checked against its expiry; default now. */
  now?: Date
}

export interface CreatedReview {
  review: Review
  /** Waiting for a moderator: not shown and not counted until `publishReview`. */
  held: boolean
}

function validate(input: NewReview): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) errors.rating = 'Choose a rating from 1 to 5 stars.'
  const title = input.title.trim()
  if (!title) errors.title = 'Give your review a title.'
  else if (title.length > REVIEW_LIMITS.title) errors.title = `Keep the title under ${REVIEW_LIMITS.title + 1} characters.`
  const body = input.body.trim()
  if (body.length < REVIEW_LIMITS.bodyMin) errors.body = `Tell us a little more: at least ${REVIEW_LIMITS.bodyMin} characters.`
  else if (body.length > REVIEW_LIMITS.body) errors.body = `Keep the review under ${REVIEW_LIMITS.body + 1} characters.`
  const name = input.authorName.trim()
  if (!name) errors.name = 'Add the name to show with your review.'
  else if (name.length > REVIEW_LIMITS.authorName) errors.name = `Keep the name under ${REVIEW_LIMITS.authorName + 1} characters.`
  return errors
}

/**
 * Stores a review. It is verified when `orderId` names a paid or fulfilled order that contains
 * the product and `orderToken` proves the author holds that order's link, or `reviewToken` the
 * unexpired review link of that order and product (a forged, expired or other product's one is
 * refused as 'not_buyer', with what to do); one review per order
 * and product (a unique index, so also across processes). Depending on `moderation`, the review
 * is published or held.
 * @throws {ReviewError} 'invalid' (with `fieldErrors`: rating, title, body, name),
 * 'unknown_product', 'not_buyer' (an order without its token), 'already_reviewed'.
 */
export async function createReview(db: Queryable, input: NewReview, options: ReviewOptions = {}): Promise<CreatedReview> {
  const fieldErrors = validate(input)
  if (Object.keys(fieldErrors).length > 0) throw new ReviewError('invalid', 'Check the highlighted fields.', fieldErrors)
  const product = await db.query('SELECT 1 FROM products WHERE id = $1', [input.productId])
  if (product.rows.length === 0) throw new ReviewError('unknown_product', 'That product does not exist.')

  let purchase: { order_id: string; variant_label: string } | undefined
  if (input.orderId) {
    if (input.reviewToken !== undefined) {
      const link = checkReviewLinkToken(input.orderId, input.productId, input.reviewToken, options.now)
      if (!link.ok) throw new ReviewError('not_buyer', REVIEW_LINK_PROBLEMS[link.reason])
    } else if (!isOrderAccessToken(input.orderId, input.orderToken, options.secret)) {
      throw new ReviewError('not_buyer', 'Only the buyer can review an order: open the review link from your order confirmation.')
    }
    const { rows } = await db.query<{ order_id: string; variant_label: string }>(
      `SELECT l.order_id, l.variant_label FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE o.id = $1 AND l.product_id = $2 AND o.status IN ('paid', 'fulfilled')
        ORDER BY l.variant_id LIMIT 1`,
      [input.orderId, input.productId],
    )
    purchase = rows[0]
  }
  if (!purchase) await options.beforeUnverified?.()
  const moderation = options.moderation ?? 'anonymous'
  const held = moderation === 'all' || (moderation === 'anonymous' && !purchase)
  const { rows } = await db.query<ReviewRow>(
    `INSERT INTO reviews (id, product_id, rating, title, body, author_name, verified, variant_label, order_id, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING
     RETURNING ${REVIEW_COLUMNS}`,
    [
      `rv-${randomUUID()}`,
      input.productId,
      input.rating,
      input.title.trim(),
      input.body.trim(),
      input.authorName.trim(),
      purchase !== undefined,
      purchase?.variant_label ?? null,
      purchase?.order_id ?? null,
      held ? 'held' : 'published',
    ],
  )
  const row = rows[0]
  if (!row) throw new ReviewError('already_reviewed', 'You have already reviewed this product for that order. Thank you!')
  return { review: toReview(row), held }
}

/**
 * The review request the order page (and later an email) hands the buyer: the product page's
 * reviews with the order, tagged as the earned `review` medium so the visit it starts is not
 * counted as direct.
 */
export function reviewRequestPath(productSlug: string, orderId: string): string {
  const query = new URLSearchParams({ order: orderId, utm_source: 'review-request', utm_medium: 'review', utm_campaign: 'review-request' })
  return `/p/${encodeURIComponent(productSlug)}?${query}#reviews`
}

/** A moderator publishes a held review: it is shown and counted from now on. Returns whether it was held. */
export async function publishReview(db: Queryable, reviewId: string): Promise<boolean> {
  const { rows } = await db.query("UPDATE reviews SET status = 'published' WHERE id = $1 AND status = 'held' RETURNING id", [reviewId])
  return rows.length > 0
}

/**
 * Real purchases of a product for LiveActivity: paid or fulfilled orders of the last `days`
 * days, newest first, with the first name and city from the order's address. Orders without a
 * first name are left out; nothing is invented.
 */
export async function recentPurchases(
  db: Queryable,
  productId: string,
  { days = 14, limit = 5, now = new Date() }: { days?: number; limit?: number; now?: Date } = {},
): Promise<Activity[]> {
  const { rows } = await db.query<{ order_id: string; first_name: string; city: string | null; name: string; at: Date | string }>(
    `SELECT o.id AS order_id, o.address->>'givenName' AS first_name, o.address->>'city' AS city,
            min(l.name) AS name, coalesce(o.paid_at, o.created_at) AS at
       FROM orders o JOIN order_lines l ON l.order_id = o.id
      WHERE l.product_id = $1
        AND o.status IN ('paid', 'fulfilled')
        AND coalesce(o.paid_at, o.created_at) > $2::timestamptz - make_interval(days => $3)
        AND coalesce(o.paid_at, o.created_at) <= $2::timestamptz
        AND coalesce(trim(o.address->>'givenName'), '') <> ''
      GROUP BY o.id
      ORDER BY at DESC
      LIMIT $4`,
    [productId, now.toISOString(), days, limit],
  )
  return rows.map((row) => ({
    id: `purchase-${row.order_id}`,
    kind: 'purchase',
    firstName: row.first_name.trim().split(/\s+/)[0]!,
    ...(row.city?.trim() ? { city: row.city.trim() } : {}),
    productName: row.name,
    occurredAt: new Date(row.at).toISOString(),
  }))
}
