// Server-safe entry (no "use client"): structured data for product pages, and the rating summary it
// needs, usable from a Server Component or a route's head without pulling in the client blocks.
export * from './product-json-ld'
export { summarizeReviews } from './shared/review-stats'
export type { RatingBreakdown, Review } from './shared/types'
