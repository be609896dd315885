import { devWarning } from './dev-warning'
import type { RatingBreakdown, Review, StarValue } from './types'

/** The star value a review counts under, or undefined when its rating is not a number from 1 to 5. */
export function starValueOf(rating: number): StarValue | undefined {
  const stars = Math.round(rating)
  return Number.isFinite(rating) && stars >= 1 && stars <= 5 ? (stars as StarValue) : undefined
}

/** The aggregate rating of a list of reviews; reviews with an invalid rating are left out. */
export function summarizeReviews(reviews: readonly Review[]): RatingBreakdown {
  const histogram: Record<StarValue, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  let count = 0
  let sum = 0
  for (const review of reviews) {
    const stars = starValueOf(review.rating)
    if (!stars) continue
    histogram[stars] += 1
    count += 1
    sum += review.rating
  }
  return { average: count ? Math.round((sum / count) * 10) / 10 : 0, count, histogram }
}

/** A breakdown safe to render: `average` undefined when it is not a rating, counts never negative or NaN. */
export interface CheckedBreakdown {
  average: number | undefined
  count: number
  histogram: Record<StarValue, number>
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

/**
 * Checks an app-supplied breakdown: an invalid average becomes undefined (shown as "—"), an
 * invalid count falls back to the histogram's total, an invalid bar to 0; each with a dev warning.
 */
export function checkBreakdown(block: string, breakdown: RatingBreakdown): CheckedBreakdown {
  const histogram: Record<StarValue, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  let total = 0
  for (const stars of [1, 2, 3, 4, 5] as const) {
    const value = breakdown.histogram?.[stars] ?? 0
    if (isCount(value)) histogram[stars] = value
    else devWarning(block, `histogram[${stars}] is ${String(value)}, counted as 0`)
    total += histogram[stars]
  }
  let count = breakdown.count
  if (!isCount(count)) {
    devWarning(block, `count is ${String(count)}, using the histogram's total ${total}`)
    count = total
  }
  const { average } = breakdown
  const valid = typeof average === 'number' && average >= 1 && average <= 5
  if (!valid && count > 0) devWarning(block, `average is ${String(average)}, shown as "—"`)
  return { average: valid ? average : undefined, count, histogram }
}
