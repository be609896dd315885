export { ReviewList, type ReviewListProps } from './review-list'
export type { ReviewFilter, ReviewSort } from './review-query'
