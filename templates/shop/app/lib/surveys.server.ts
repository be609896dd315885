import type { SurveyKind } from '@journeykit/core'
import { randomUUID } from 'node:crypto'
import type { Queryable } from './db.server'

export interface SurveyResponseInput {
  surveyId: string
  kind: SurveyKind
  score: number
  comment?: string | null
  /** The order the answer is about, when the customer answered from its confirmation. */
  orderId?: string | null
}

/** A survey answer that cannot be stored; `field` names the culprit. */
export class SurveyValidationError extends Error {
  override readonly name = 'SurveyValidationError'
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

export const MAX_SURVEY_COMMENT = 2000
const SCALES: Record<SurveyKind, { min: number; max: number }> = { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 } }

/**
 * Checks an answer from the browser: a survey id of letters, digits and dashes, the kind, a whole
 * score on its scale (NPS 0–10, CSAT 1–5) and a comment of at most 2 000 characters.
 * @throws {SurveyValidationError}
 */
export function parseSurveyResponse(input: Record<string, unknown>): SurveyResponseInput {
  const surveyId = typeof input.surveyId === 'string' ? input.surveyId.trim() : ''
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/i.test(surveyId)) throw new SurveyValidationError('surveyId', 'The survey is not known.')
  const kind = input.kind
  if (kind !== 'nps' && kind !== 'csat') throw new SurveyValidationError('kind', 'The survey kind must be nps or csat.')
  const score = typeof input.score === 'string' && input.score.trim() !== '' ? Number(input.score) : input.score
  const { min, max } = SCALES[kind]
  if (typeof score !== 'number' || !Number.isInteger(score) || score < min || score > max) {
    throw new SurveyValidationError('score', `Choose a score from ${min} to ${max}.`)
  }
  const comment = typeof input.comment === 'string' ? input.comment.trim() : ''
  if (comment.length > MAX_SURVEY_COMMENT) throw new SurveyValidationError('comment', `Keep the comment under ${MAX_SURVEY_COMMENT} characters.`)
  const orderId = typeof input.orderId === 'string' && input.orderId.trim() ? input.orderId.trim() : null
  return { surveyId, kind, score, comment: comment || null, orderId }
}

/**
 * Stores an answer. About an order, one answer per survey is kept: answering again replaces it.
 * @returns the response id.
 */
export async function recordSurveyResponse(db: Queryable, response: SurveyResponseInput): Promise<string> {
  const id = response.orderId ? `${response.surveyId}:${response.orderId}` : randomUUID()
  await db.query(
    `INSERT INTO survey_responses (id, survey_id, kind, score, comment, order_id) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET score = excluded.score, comment = excluded.comment, created_at = now()`,
    [id, response.surveyId, response.kind, response.score, response.comment ?? null, response.orderId ?? null],
  )
  return id
}
