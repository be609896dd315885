// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from './test-database.server'
import type { Database } from './db.server'
import { MAX_SURVEY_COMMENT, parseSurveyResponse, recordSurveyResponse, SurveyValidationError } from './surveys.server'

let db: Database

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)

afterAll(() => db.close())

function refusal(input: Record<string, unknown>): SurveyValidationError {
  try {
    parseSurveyResponse(input)
  } catch (error) {
    expect(error).toBeInstanceOf(SurveyValidationError)
    return error as SurveyValidationError
  }
  throw new Error('expected a SurveyValidationError')
}

describe('parseSurveyResponse', () => {
  it('accepts an NPS answer from JSON or a form (score as text), trimming the comment', () => {
    expect(parseSurveyResponse({ surveyId: 'order-nps', kind: 'nps', score: 9, comment: '  Great  ', orderId: 'NW-10001' })).toEqual({
      surveyId: 'order-nps',
      kind: 'nps',
      score: 9,
      comment: 'Great',
      orderId: 'NW-10001',
    })
    expect(parseSurveyResponse({ surveyId: 'order-nps', kind: 'nps', score: '0' })).toMatchObject({ score: 0, comment: null, orderId: null })
  })

  it('refuses scores off the scale, unknown kinds and ids, and overlong comments', () => {
    expect(refusal({ surveyId: 'order-nps', kind: 'nps', score: 11 }).field).toBe('score')
    expect(refusal({ surveyId: 'order-nps', kind: 'nps', score: 7.5 }).field).toBe('score')
    expect(refusal({ surveyId: 'order-nps', kind: 'csat', score: 0 }).field).toBe('score')
    expect(refusal({ surveyId: 'order-nps', kind: 'nps', score: '' }).field).toBe('score')
    expect(refusal({ surveyId: 'order-nps', kind: 'ces', score: 3 }).field).toBe('kind')
    expect(refusal({ surveyId: '<script>', kind: 'nps', score: 3 }).field).toBe('surveyId')
    expect(refusal({ surveyId: 'order-nps', kind: 'nps', score: 3, comment: 'x'.repeat(MAX_SURVEY_COMMENT + 1) }).field).toBe('comment')
  })
})

describe('recordSurveyResponse', () => {
  it('keeps one answer per order and survey (the latest), and every anonymous answer', async () => {
    await recordSurveyResponse(db, { surveyId: 'order-nps', kind: 'nps', score: 6, orderId: 'NW-1' })
    await recordSurveyResponse(db, { surveyId: 'order-nps', kind: 'nps', score: 9, comment: 'Changed my mind', orderId: 'NW-1' })
    await recordSurveyResponse(db, { surveyId: 'site-nps', kind: 'nps', score: 3 })
    await recordSurveyResponse(db, { surveyId: 'site-nps', kind: 'nps', score: 4 })
    const { rows } = await db.query<{ survey_id: string; score: number; comment: string | null; order_id: string | null }>(
      'SELECT survey_id, score, comment, order_id FROM survey_responses ORDER BY survey_id, score',
    )
    expect(rows).toEqual([
      { survey_id: 'order-nps', score: 9, comment: 'Changed my mind', order_id: 'NW-1' },
      { survey_id: 'site-nps', score: 3, comment: null, order_id: null },
      { survey_id: 'site-nps', score: 4, comment: null, order_id: null },
    ])
  })
})
