import { describe, expect, it, vi } from 'vitest'
import { REVIEWS } from '../fixtures'
import type { Review } from '../shared/types'
import { NO_FILTER, isFiltered, queryReviews, usableReviews } from './review-query'

const review = (id: string, rating: number, createdAt: string, extra: Partial<Review> = {}): Review => ({
  id,
  rating,
  createdAt,
  body: 'Fine shoe.',
  author: 'Sam',
  ...extra,
})

describe('queryReviews', () => {
  const reviews = [
    review('a', 4, '2026-05-01', { helpfulCount: 2 }),
    review('b', 5, '2026-06-01', { photos: [{ src: 'b.jpg' }] }),
    review('c', 4, '2026-07-01', { helpfulCount: 9 }),
    review('d', 1, 'not a date', { helpfulCount: 2 }),
  ]
  const ids = (list: Review[]) => list.map((r) => r.id)

  it('sorts newest first, with unparseable dates last', () => {
    expect(ids(queryReviews(reviews, NO_FILTER, 'newest'))).toEqual(['c', 'b', 'a', 'd'])
  })

  it('sorts by rating and helpfulness, breaking ties by newest', () => {
    expect(ids(queryReviews(reviews, NO_FILTER, 'highest'))).toEqual(['b', 'c', 'a', 'd'])
    expect(ids(queryReviews(reviews, NO_FILTER, 'lowest'))).toEqual(['d', 'c', 'a', 'b'])
    expect(ids(queryReviews(reviews, NO_FILTER, 'helpful'))).toEqual(['c', 'a', 'd', 'b'])
  })

  it('filters by star value and by photos', () => {
    expect(ids(queryReviews(reviews, { stars: 4, withPhotos: false }, 'newest'))).toEqual(['c', 'a'])
    expect(ids(queryReviews(reviews, { stars: null, withPhotos: true }, 'newest'))).toEqual(['b'])
    expect(queryReviews(reviews, { stars: 4, withPhotos: true }, 'newest')).toEqual([])
  })

  it('does not change the input', () => {
    const before = ids(reviews)
    queryReviews(reviews, NO_FILTER, 'lowest')
    expect(ids(reviews)).toEqual(before)
  })

  it('filters the fixture reviews', () => {
    expect(queryReviews(REVIEWS, { stars: 5, withPhotos: false }, 'newest')).toHaveLength(23)
    expect(queryReviews(REVIEWS, { stars: null, withPhotos: true }, 'newest')).toHaveLength(6)
  })
})

describe('isFiltered', () => {
  it('is true when any filter is set', () => {
    expect(isFiltered(NO_FILTER)).toBe(false)
    expect(isFiltered({ stars: 3, withPhotos: false })).toBe(true)
    expect(isFiltered({ stars: null, withPhotos: true })).toBe(true)
  })
})

describe('usableReviews', () => {
  it('drops reviews without an id or body, and duplicates, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const bad = [review('a', 5, '2026-01-01'), { ...review('b', 4, '2026-01-01'), body: undefined }, review('a', 3, '2026-01-02')]
    expect(usableReviews(bad as Review[]).map((r) => r.id)).toEqual(['a'])
    expect(warn).toHaveBeenCalledTimes(2)
  })
})
