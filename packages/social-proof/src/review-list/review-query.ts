import { devWarning } from '../shared/dev-warning'
import { starValueOf } from '../shared/review-stats'
import type { Review, StarValue } from '../shared/types'

/** How the reviews are ordered. */
export type ReviewSort = 'newest' | 'highest' | 'lowest' | 'helpful'

export const REVIEW_SORTS: readonly ReviewSort[] = ['newest', 'highest', 'lowest', 'helpful']

/** Which reviews are shown: one star value (or all) and, optionally, only those with photos. */
export interface ReviewFilter {
  stars: StarValue | null
  withPhotos: boolean
}

export const NO_FILTER: ReviewFilter = { stars: null, withPhotos: false }

export const isFiltered = (filter: ReviewFilter): boolean => filter.stars !== null || filter.withPhotos

const time = (review: Review): number => Date.parse(review.createdAt) || 0

const COMPARE: Record<ReviewSort, (a: Review, b: Review) => number> = {
  newest: () => 0,
  highest: (a, b) => b.rating - a.rating,
  lowest: (a, b) => a.rating - b.rating,
  helpful: (a, b) => (b.helpfulCount ?? 0) - (a.helpfulCount ?? 0),
}

/** The reviews matching the filter, in the sort order; ties are broken by newest first. */
export function queryReviews(reviews: readonly Review[], filter: ReviewFilter, sort: ReviewSort): Review[] {
  const compare = COMPARE[sort] ?? COMPARE.newest
  // Each date parsed once, not twice per comparison: a page renders this for every review on the server.
  return reviews
    .filter(
      (review) =>
        (filter.stars === null || starValueOf(review.rating) === filter.stars) &&
        (!filter.withPhotos || (review.photos?.length ?? 0) > 0),
    )
    .map((review) => ({ review, time: time(review) }))
    .sort((a, b) => compare(a.review, b.review) || b.time - a.time)
    .map(({ review }) => review)
}

/** Drops reviews without an id or text (with a dev warning) so one bad record cannot break the list. */
export function usableReviews(reviews: readonly Review[]): Review[] {
  const seen = new Set<string>()
  return reviews.filter((review) => {
    const ok = typeof review?.id === 'string' && !seen.has(review.id) && typeof review.body === 'string'
    if (ok) seen.add(review.id)
    else devWarning('ReviewList', `skipped a review without a unique id or a body: ${JSON.stringify(review)?.slice(0, 80)}`)
    return ok
  })
}
