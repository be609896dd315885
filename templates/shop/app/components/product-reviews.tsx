import { RatingSummary, ReviewList, type RatingBreakdown, type Review, type ReviewFilter } from '@journeykit/social-proof'
import { useState } from 'react'

export interface ProductReviewsProps {
  productId: string
  reviews: Review[]
  summary: RatingBreakdown
}

/** Records a helpful vote through /api/reviews; rejects on any non-2xx answer so ReviewList rolls the vote back. */
export async function postHelpfulVote(reviewId: string): Promise<{ reviewId: string; helpfulCount: number }> {
  const response = await fetch('/api/reviews', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ intent: 'helpful', reviewId }),
    credentials: 'same-origin',
  })
  if (!response.ok) throw new Error(`The vote was not stored (${response.status}).`)
  return response.json() as Promise<{ reviewId: string; helpfulCount: number }>
}

/** The product's rating summary beside its reviews; a histogram bar filters the list to that star value. */
export function ProductReviews({ productId, reviews, summary }: ProductReviewsProps) {
  const [filter, setFilter] = useState<ReviewFilter>({ stars: null, withPhotos: false })
  return (
    <section id="reviews" className="pdp-reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">Customer reviews</h2>
      <div className="pdp-reviews-layout">
        <div className="pdp-reviews-summary">
          <RatingSummary
            summary={summary}
            productId={productId}
            variant="full"
            filter={filter.stars}
            onFilter={(stars) => setFilter((current) => ({ ...current, stars }))}
          />
          {summary.count > 0 && (
            <p className="pdp-reviews-note">
              Reviews marked “Verified buyer” come from customers who bought the product here. We publish every review, good or bad.
            </p>
          )}
        </div>
        <ReviewList
          productId={productId}
          reviews={reviews}
          filter={filter}
          onFilterChange={setFilter}
          pageSize={5}
          onHelpful={postHelpfulVote}
          className="pdp-review-list"
        />
      </div>
    </section>
  )
}
