import type { Queryable } from '../db.server'
import type { FeedbackGroup, FeedbackKind } from './constants'
import { utcDay } from './orders.server'

export const FEEDBACK_PAGE_SIZE = 25

const GROUP_FILTER: Record<FeedbackGroup, string> = {
  detractor: `(s.kind = 'nps' AND s.score <= 6)`,
  passive: `(s.kind = 'nps' AND s.score BETWEEN 7 AND 8)`,
  promoter: `(s.kind = 'nps' AND s.score >= 9)`,
  unsatisfied: `(s.kind = 'csat' AND s.score <= 3)`,
  satisfied: `(s.kind = 'csat' AND s.score >= 4)`,
}

export interface FeedbackQuery {
  kind?: FeedbackKind
  group?: FeedbackGroup
  /** Only answers with a comment. */
  withComment?: boolean
  /** Given on or after this UTC day (YYYY-MM-DD). */
  from?: string
  /** Given on or before this UTC day (YYYY-MM-DD). */
  to?: string
  /** 1-based. */
  page?: number
}

export interface FeedbackAnswer {
  id: string
  kind: FeedbackKind
  score: number
  comment: string | null
  /** The order the survey followed, when it still exists. */
  orderId: string | null
  email: string | null
  createdAt: string
}

/** Of the answers that match the filter: the NPS (promoters − detractors, in points) and the CSAT (share satisfied). */
export interface FeedbackSummary {
  nps: { score: number; responses: number } | null
  csat: { satisfied: number; responses: number } | null
}

/** Survey answers newest first, filtered and paged, with the NPS and CSAT of all that match. */
export async function listFeedback(
  db: Queryable,
  query: FeedbackQuery = {},
): Promise<{ answers: FeedbackAnswer[]; summary: FeedbackSummary; total: number; page: number; pageCount: number }> {
  const where: string[] = []
  const params: unknown[] = []
  if (query.kind) {
    params.push(query.kind)
    where.push(`s.kind = $${params.length}`)
  }
  if (query.group) where.push(GROUP_FILTER[query.group])
  if (query.withComment) where.push(`s.comment IS NOT NULL AND s.comment <> ''`)
  const from = utcDay(query.from)
  if (from) {
    params.push(from)
    where.push(`s.created_at >= $${params.length}`)
  }
  const to = utcDay(query.to)
  if (to) {
    params.push(new Date(to.getTime() + 24 * 60 * 60 * 1000))
    where.push(`s.created_at < $${params.length}`)
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const { rows: totals } = await db.query<{ total: number; nps: number; promoters: number; detractors: number; csat: number; satisfied: number }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE s.kind = 'nps')::int AS nps,
            count(*) FILTER (WHERE s.kind = 'nps' AND s.score >= 9)::int AS promoters,
            count(*) FILTER (WHERE s.kind = 'nps' AND s.score <= 6)::int AS detractors,
            count(*) FILTER (WHERE s.kind = 'csat')::int AS csat,
            count(*) FILTER (WHERE s.kind = 'csat' AND s.score >= 4)::int AS satisfied
       FROM survey_responses s ${filter}`,
    params,
  )
  const counts = totals[0]!
  const pageCount = Math.max(1, Math.ceil(counts.total / FEEDBACK_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pageCount)
  const { rows } = await db.query<{ id: string; kind: FeedbackKind; score: number; comment: string | null; order_id: string | null; email: string | null; created_at: Date | string }>(
    `SELECT s.id, s.kind, s.score, s.comment, o.id AS order_id, o.email, s.created_at
       FROM survey_responses s LEFT JOIN orders o ON o.id = s.order_id
       ${filter}
      ORDER BY s.created_at DESC, s.id DESC
      LIMIT ${FEEDBACK_PAGE_SIZE} OFFSET ${(page - 1) * FEEDBACK_PAGE_SIZE}`,
    params,
  )
  return {
    answers: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      score: row.score,
      comment: row.comment,
      orderId: row.order_id,
      email: row.email,
      createdAt: new Date(row.created_at).toISOString(),
    })),
    summary: {
      nps: counts.nps ? { score: (100 * (counts.promoters - counts.detractors)) / counts.nps, responses: counts.nps } : null,
      csat: counts.csat ? { satisfied: counts.satisfied / counts.csat, responses: counts.csat } : null,
    },
    total: counts.total,
    page,
    pageCount,
  }
}
