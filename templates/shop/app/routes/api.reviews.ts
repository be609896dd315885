import { data } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { clientAddress, rateLimit } from '../lib/rate-limit.server'
import { createReview, ReviewError, voteHelpful } from '../lib/reviews.server'
import { requireCsrf, requireSession, sessionHeaders } from '../lib/session.server'
import type { Route } from './+types/api.reviews'

const HELPFUL_LIMIT = { limit: 30, windowMs: 60_000 }
/** A fresh cookie per vote makes a new visitor, not a new vote from this network. */
const HELPFUL_PER_REVIEW_LIMIT = { limit: 3, windowMs: 24 * 60 * 60_000 }
const CREATE_LIMIT = { limit: 5, windowMs: 10 * 60_000 }
/** Reviews without proof of purchase, per product from all clients: a burst (many addresses) stops here too. */
const ANONYMOUS_PER_PRODUCT_LIMIT = { limit: 10, windowMs: 60 * 60_000 }
const MAX_JSON_BYTES = 4_096

const STATUS: Record<ReviewError['code'], number> = {
  invalid: 400,
  unknown_product: 404,
  unknown_review: 404,
  already_reviewed: 409,
  not_buyer: 403,
}

export function loader() {
  return data({ error: 'Use POST.' }, { status: 405, headers: { Allow: 'POST' } })
}

/**
 * POST /api/reviews
 * - `helpful`: JSON `{ intent?: 'helpful', reviewId }` (same-origin fetch; a cross-site form cannot
 *   send JSON) or a form with `_csrf`. Voter = the session's visitor (one vote each). 30 per minute
 *   per address, and 3 a day per address and review. → `{ reviewId, helpfulCount }`.
 * - `create`: a form with `_csrf`, `productId`, `rating`, `title`, `body`, `name` and optional
 *   `orderId` with `orderToken` (the token of the order's link) or `reviewToken` (the token of the
 *   order's review link for this product): only the buyer reviews as the buyer; 403 without it, or
 *   with a forged, expired or other product's review token. 5 per 10 minutes per address; reviews that are not a verified purchase also 10 an
 *   hour per product. → 201 `{ review }`, 202 `{ held: true }` when the review waits for moderation
 *   (`REVIEW_MODERATION`), or 400 `{ error, fieldErrors }`.
 */
export async function action({ request }: Route.ActionArgs) {
  if (request.method !== 'POST') return data({ error: 'Use POST.' }, { status: 405, headers: { Allow: 'POST' } })
  const address = clientAddress(request)
  const isJson = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() === 'application/json'
  const fields = isJson ? await readJson(request) : await request.formData()
  const get = (name: string) => (fields instanceof FormData ? fields.get(name) : fields[name])
  const intent = get('intent') ?? (isJson ? 'helpful' : undefined)

  try {
    if (intent === 'helpful') {
      await rateLimit(await getDatabase(), `reviews-helpful:${address}`, HELPFUL_LIMIT)
      // A first vote starts the visitor's session (catalog pages set none), only from the shop's own pages.
      const session = fields instanceof FormData ? await requireCsrf(request, fields) : await requireSession(request)
      const reviewId = get('reviewId')
      if (typeof reviewId !== 'string' || !reviewId || reviewId.length > 100 || reviewId.includes('\0')) return data({ error: 'Which review? Send a reviewId.' }, { status: 400 })
      await rateLimit(await getDatabase(), `reviews-helpful:${address}:${reviewId}`, HELPFUL_PER_REVIEW_LIMIT)
      const helpfulCount = await voteHelpful(await getDatabase(), reviewId, session.visitorId)
      return data({ reviewId, helpfulCount }, { headers: sessionHeaders(session) })
    }
    if (intent === 'create') {
      if (!(fields instanceof FormData)) return data({ error: 'Send the review as a form.' }, { status: 415 })
      await rateLimit(await getDatabase(), `reviews-create:${address}`, CREATE_LIMIT)
      await requireCsrf(request, fields)
      const text = (name: string) => {
        const value = fields.get(name)
        return typeof value === 'string' ? value : ''
      }
      const orderId = text('orderId').trim()
      const productId = text('productId')
      const { review, held } = await createReview(
        await getDatabase(),
        {
          productId,
          rating: Number(text('rating')),
          title: text('title'),
          body: text('body'),
          authorName: text('name'),
          ...(orderId ? { orderId, ...(fields.has('reviewToken') ? { reviewToken: text('reviewToken') } : { orderToken: text('orderToken') }) } : {}),
        },
        // Any order id the author holds a link to (a pending one, another product's) does not skip the product's limit.
        { moderation: env.reviewModeration, beforeUnverified: async () => rateLimit(await getDatabase(), `reviews-anonymous:${productId.slice(0, 100)}`, ANONYMOUS_PER_PRODUCT_LIMIT) },
      )
      if (held) return data({ held: true, message: 'Thank you! Your review will appear once we have checked it.' }, { status: 202 })
      return data({ review }, { status: 201 })
    }
    return data({ error: 'Unknown intent: use "helpful" or "create".' }, { status: 400 })
  } catch (error) {
    if (error instanceof ReviewError) {
      const fieldErrors = Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {}
      return data({ error: error.message, code: error.code, ...fieldErrors }, { status: STATUS[error.code] })
    }
    throw error
  }
}

/** The JSON body as an object; a 400 response for anything else or anything oversized. */
async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text()
  if (text.length > MAX_JSON_BYTES) throw data({ error: 'The request is too large.' }, { status: 413 })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw data({ error: 'The body is not valid JSON.' }, { status: 400 })
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw data({ error: 'Send a JSON object.' }, { status: 400 })
  return body as Record<string, unknown>
}
