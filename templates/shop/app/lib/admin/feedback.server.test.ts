import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { openTestDatabase } from '../test-database.server'
import { FEEDBACK_PAGE_SIZE, listFeedback } from './feedback.server'

let db: Database
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await db.query(`INSERT INTO customers (id, email) VALUES ('c-1', 'ada@example.com')`)
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
     VALUES ('NW-1', 'NW-1', 'NW-1', 'c-1', 'ada@example.com', 'paid', 'EUR', 5000, 0, 0, 0, 5000, 'standard', '{}')`,
  )
  const answers: Array<[id: string, kind: string, score: number, comment: string | null, order: string | null, day: string]> = [
    ['a1', 'nps', 10, 'Fast delivery', 'NW-1', '2026-11-01'],
    ['a2', 'nps', 9, null, null, '2026-11-02'],
    ['a3', 'nps', 8, '', null, '2026-11-03'],
    ['a4', 'nps', 3, 'The strap broke', null, '2026-11-04'],
    ['a5', 'csat', 5, 'Easy checkout', 'NW-1', '2026-11-05'],
    ['a6', 'csat', 2, null, 'NW-gone', '2026-11-06'],
  ]
  for (const [id, kind, score, comment, order, day] of answers) {
    await db.query(`INSERT INTO survey_responses (id, survey_id, kind, score, comment, order_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      id,
      `${kind}-survey`,
      kind,
      score,
      comment,
      order,
      `${day}T12:00:00Z`,
    ])
  }
}, 60_000)
afterAll(() => db.close())

describe('listFeedback', () => {
  it('lists every answer newest first, with its order when it still exists, and the NPS and CSAT of them all', async () => {
    const { answers, summary, total } = await listFeedback(db)
    expect(total).toBe(6)
    expect(answers.map((answer) => answer.id)).toEqual(['a6', 'a5', 'a4', 'a3', 'a2', 'a1'])
    expect(answers[0]).toMatchObject({ kind: 'csat', score: 2, orderId: null, email: null })
    expect(answers[1]).toMatchObject({ orderId: 'NW-1', email: 'ada@example.com', comment: 'Easy checkout' })
    // NPS: 2 promoters, 1 passive, 1 detractor of 4 → (2 − 1) / 4 = 25; CSAT: 1 of 2 satisfied
    expect(summary).toEqual({ nps: { score: 25, responses: 4 }, csat: { satisfied: 0.5, responses: 2 } })
  })

  it('filters by survey, answer group, comment and days, and the summary follows the filter', async () => {
    const detractors = await listFeedback(db, { group: 'detractor' })
    expect(detractors.answers.map((answer) => answer.id)).toEqual(['a4'])
    expect(detractors.summary).toEqual({ nps: { score: -100, responses: 1 }, csat: null })
    const commented = await listFeedback(db, { kind: 'nps', withComment: true })
    expect(commented.answers.map((answer) => answer.id)).toEqual(['a4', 'a1'])
    const days = await listFeedback(db, { from: '2026-11-02', to: '2026-11-04' })
    expect(days.answers.map((answer) => answer.id)).toEqual(['a4', 'a3', 'a2'])
    expect((await listFeedback(db, { kind: 'csat', group: 'promoter' })).total).toBe(0)
  })

  it('ignores a day that is not a date and keeps the page within range', async () => {
    const result = await listFeedback(db, { from: '2026-13-45', page: 99 })
    expect(result).toMatchObject({ total: 6, page: 1, pageCount: 1 })
    expect(FEEDBACK_PAGE_SIZE).toBeGreaterThanOrEqual(6)
  })
})
