import type { Database, Queryable } from '../db.server'
import { recordAudit } from './audit.server'
import { AdminInputError } from './orders.server'
import type { StaffMember } from './staff.server'

import { REPLY_MAX_LENGTH, type ModerationStatus } from './constants'

export { MODERATION_STATUSES, REPLY_MAX_LENGTH, type ModerationStatus } from './constants'
const STORED_STATUS = { pending: 'held', published: 'published', rejected: 'rejected' } as const satisfies Record<ModerationStatus, string>
const STATUS_OF_STORED: Record<string, ModerationStatus> = { held: 'pending', published: 'published', rejected: 'rejected' }

export const REVIEWS_PAGE_SIZE = 20

export interface ModeratedReview {
  id: string
  productName: string
  productSlug: string
  rating: number
  title: string
  body: string
  author: string
  verifiedBuyer: boolean
  status: ModerationStatus
  merchantReply: string | null
  createdAt: string
}

export class ReviewNotFoundError extends Error {
  override name = 'ReviewNotFoundError'
  constructor(readonly reviewId: string) {
    super(`No review ${reviewId}`)
  }
}

/** A tab of the moderation queue, oldest first for pending (first come, first served), newest first otherwise. */
export async function moderationQueue(
  db: Queryable,
  status: ModerationStatus,
  page = 1,
): Promise<{ reviews: ModeratedReview[]; counts: Record<ModerationStatus, number>; hasMore: boolean }> {
  const order = status === 'pending' ? 'r.created_at, r.id' : 'r.created_at DESC, r.id DESC'
  const { rows } = await db.query<{
    id: string
    product_name: string
    slug: string
    rating: number
    title: string
    body: string
    author_name: string
    verified: boolean
    status: string
    merchant_reply: string | null
    created_at: Date | string
  }>(
    `SELECT r.id, p.name AS product_name, p.slug, r.rating, r.title, r.body, r.author_name, r.verified, r.status, r.merchant_reply, r.created_at
     FROM reviews r JOIN products p ON p.id = r.product_id WHERE r.status = $1 ORDER BY ${order} LIMIT $2 OFFSET $3`,
    [STORED_STATUS[status], REVIEWS_PAGE_SIZE + 1, (Math.max(1, page) - 1) * REVIEWS_PAGE_SIZE],
  )
  const { rows: countRows } = await db.query<{ status: string; count: number }>('SELECT status, count(*)::int AS count FROM reviews GROUP BY status')
  const counts: Record<ModerationStatus, number> = { pending: 0, published: 0, rejected: 0 }
  for (const row of countRows) {
    const tab = STATUS_OF_STORED[row.status]
    if (tab) counts[tab] = row.count
  }
  return {
    reviews: rows.slice(0, REVIEWS_PAGE_SIZE).map((row) => ({
      id: row.id,
      productName: row.product_name,
      productSlug: row.slug,
      rating: row.rating,
      title: row.title,
      body: row.body,
      author: row.author_name,
      verifiedBuyer: row.verified,
      status: STATUS_OF_STORED[row.status] ?? 'pending',
      merchantReply: row.merchant_reply,
      createdAt: new Date(row.created_at).toISOString(),
    })),
    counts,
    hasMore: rows.length > REVIEWS_PAGE_SIZE,
  }
}

async function lockReview(tx: Queryable, reviewId: string): Promise<{ status: string; merchant_reply: string | null }> {
  const { rows } = await tx.query<{ status: string; merchant_reply: string | null }>('SELECT status, merchant_reply FROM reviews WHERE id = $1 FOR UPDATE', [
    reviewId,
  ])
  if (!rows[0]) throw new ReviewNotFoundError(reviewId)
  return rows[0]
}

/** Publishes (shown and counted in the rating) or rejects (never shown) a review; either can be undone by the other. */
export async function moderateReview(db: Database, actor: StaffMember, reviewId: string, decision: 'published' | 'rejected', now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockReview(tx, reviewId)
    if (current.status === decision) return
    await tx.query('UPDATE reviews SET status = $2 WHERE id = $1', [reviewId, decision])
    await recordAudit(
      tx,
      actor,
      { action: decision === 'published' ? 'review.publish' : 'review.reject', subject: `review:${reviewId}`, before: { status: STATUS_OF_STORED[current.status] }, after: { status: decision } },
      now,
    )
  })
}

/** Sets the shop's public reply under a review (shown by the social-proof blocks as `MerchantReply`); an empty reply removes it. */
export async function replyToReview(db: Database, actor: StaffMember, reviewId: string, reply: string, now: Date = new Date()): Promise<void> {
  const body = reply.trim()
  if (body.length > REPLY_MAX_LENGTH) throw new AdminInputError({ reply: `Keep the reply under ${REPLY_MAX_LENGTH} characters.` })
  await db.transaction(async (tx) => {
    const current = await lockReview(tx, reviewId)
    const next = body || null
    if (current.merchant_reply === next) return
    await tx.query('UPDATE reviews SET merchant_reply = $2 WHERE id = $1', [reviewId, next])
    await recordAudit(tx, actor, { action: 'review.reply', subject: `review:${reviewId}`, before: { reply: current.merchant_reply }, after: { reply: next } }, now)
  })
}
