// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { listReviews, ratingSummary } from '../reviews.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { listAudit } from './audit.server'
import { AdminInputError } from './orders.server'
import { moderateReview, moderationQueue, REPLY_MAX_LENGTH, replyToReview, ReviewNotFoundError } from './reviews.server'
import { createStaff, type StaffMember } from './staff.server'

let db: Database
let actor: StaffMember
const NOW = new Date('2026-12-01T10:00:00Z')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'shoes', name: 'Shoes' }, [{ id: 'p-boot', slug: 'ridge-boot', name: 'Ridge Boot', price: 15900, variants: [] }])
  await db.query(
    `INSERT INTO reviews (id, product_id, rating, title, body, author_name, verified, status, created_at) VALUES
       ('r-live', 'p-boot', 5, 'Great', 'Comfortable from day one.', 'Maja K.', true, 'published', '2026-10-01T10:00:00Z'),
       ('r-old', 'p-boot', 1, 'Bad', 'Fell apart after a week of use.', 'Anon', false, 'held', '2026-10-02T10:00:00Z'),
       ('r-new', 'p-boot', 4, 'Good', 'Runs a little narrow at the toe.', 'Tom R.', true, 'held', '2026-10-05T10:00:00Z')`,
  )
  actor = (await createStaff(db, { email: 'moderator@example.com', role: 'staff' }, NOW)).staff
}, 60_000)
afterAll(() => db.close())

describe('moderation', () => {
  it('queues held reviews oldest first with the verified-buyer flag and counts per tab', async () => {
    const queue = await moderationQueue(db, 'pending')
    expect(queue.reviews.map((review) => [review.id, review.verifiedBuyer, review.productName])).toEqual([
      ['r-old', false, 'Ridge Boot'],
      ['r-new', true, 'Ridge Boot'],
    ])
    expect(queue.counts).toEqual({ pending: 2, published: 1, rejected: 0 })
  })

  it('publishes a review into the shop and its rating; rejects another; both audited', async () => {
    await moderateReview(db, actor, 'r-new', 'published', NOW)
    await moderateReview(db, actor, 'r-old', 'rejected', NOW)
    expect((await listReviews(db, 'p-boot')).map((review) => review.id).sort()).toEqual(['r-live', 'r-new'])
    expect(await ratingSummary(db, 'p-boot')).toMatchObject({ count: 2, average: 4.5 })
    expect((await moderationQueue(db, 'rejected')).reviews.map((review) => review.id)).toEqual(['r-old'])
    expect((await moderationQueue(db, 'pending')).counts).toEqual({ pending: 0, published: 2, rejected: 1 })
    const actions = (await listAudit(db)).entries.map((entry) => [entry.action, entry.subject, entry.before, entry.after])
    expect(actions).toContainEqual(['review.publish', 'review:r-new', { status: 'pending' }, { status: 'published' }])
    expect(actions).toContainEqual(['review.reject', 'review:r-old', { status: 'pending' }, { status: 'rejected' }])
    await expect(moderateReview(db, actor, 'r-missing', 'published', NOW)).rejects.toThrow(ReviewNotFoundError)
  })

  it('adds a public merchant reply the shop shows, and removes it with an empty one', async () => {
    await replyToReview(db, actor, 'r-live', '  Thank you, Maja!  ', NOW)
    expect((await listReviews(db, 'p-boot')).find((review) => review.id === 'r-live')?.merchantReply).toEqual({
      body: 'Thank you, Maja!',
      author: 'Northwind Outfitters',
    })
    await expect(replyToReview(db, actor, 'r-live', 'x'.repeat(REPLY_MAX_LENGTH + 1), NOW)).rejects.toThrow(AdminInputError)
    await replyToReview(db, actor, 'r-live', '', NOW)
    expect((await listReviews(db, 'p-boot')).find((review) => review.id === 'r-live')?.merchantReply).toBeUndefined()
    const replies = (await listAudit(db)).entries.filter((entry) => entry.action === 'review.reply')
    expect(replies.map((entry) => entry.after)).toEqual([{ reply: null }, { reply: 'Thank you, Maja!' }])
  })
})
