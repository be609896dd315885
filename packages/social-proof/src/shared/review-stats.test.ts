import { describe, expect, it, vi } from 'vitest'
import { REVIEWS } from '../fixtures'
import type { Review } from './types'
import { checkBreakdown, starValueOf, summarizeReviews } from './review-stats'

describe('starValueOf', () => {
  it('rounds to a star value and rejects anything outside 1–5', () => {
    expect(starValueOf(4.4)).toBe(4)
    expect(starValueOf(4.5)).toBe(5)
    expect([0, 6, Number.NaN, Number.POSITIVE_INFINITY].map(starValueOf)).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe('summarizeReviews', () => {
  it('counts the fixture reviews per star value', () => {
    expect(summarizeReviews(REVIEWS)).toEqual({ average: 4.2, count: 40, histogram: { 5: 23, 4: 8, 3: 4, 2: 2, 1: 3 } })
  })

  it('leaves out reviews with an invalid rating and handles no reviews', () => {
    const reviews = [{ rating: 5 }, { rating: Number.NaN }, { rating: 3 }] as Review[]
    expect(summarizeReviews(reviews)).toMatchObject({ average: 4, count: 2 })
    expect(summarizeReviews([])).toEqual({ average: 0, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
  })
})

describe('checkBreakdown', () => {
  it('passes a valid breakdown through', () => {
    expect(checkBreakdown('Test', { average: 4.2, count: 3, histogram: { 5: 2, 3: 1 } })).toEqual({
      average: 4.2,
      count: 3,
      histogram: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 2 },
    })
  })

  it('repairs bad values with dev warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(checkBreakdown('Test', { average: 7, count: Number.NaN, histogram: { 5: -1, 4: 2 } })).toEqual({
      average: undefined,
      count: 2,
      histogram: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 0 },
    })
    expect(warn).toHaveBeenCalledTimes(3)
  })
})
