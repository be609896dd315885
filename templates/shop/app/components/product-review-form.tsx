import { ReviewForm, type ReviewFormValues } from '@journeykit/social-proof/review-form'
import { useState } from 'react'
import { useRootData } from '../root'

/** The review link a visit came with, as the product page's loader checked it. */
export type ReviewLinkVisit = { verified: true; orderId: string; token: string } | { verified: false; problem: string }

export interface ProductReviewFormProps {
  productId: string
  productName: string
  reviewLink: ReviewLinkVisit
}

/**
 * Stores a review through POST /api/reviews (`intent=create`). With a verified review link the order and
 * its token go along, and the server checks them again before it marks the review as a verified purchase;
 * without one the review is posted as any visitor's. Rejects on any refusal, so the form keeps what was typed.
 */
async function postReview(productId: string, csrf: string, reviewLink: ReviewLinkVisit, values: ReviewFormValues): Promise<{ held: boolean; reviewId?: string }> {
  const body = new FormData()
  body.set('_csrf', csrf)
  body.set('intent', 'create')
  body.set('productId', productId)
  body.set('rating', String(values.rating))
  body.set('title', values.title)
  body.set('body', values.body)
  body.set('name', values.name)
  if (reviewLink.verified) {
    body.set('orderId', reviewLink.orderId)
    body.set('reviewToken', reviewLink.token)
  }
  const response = await fetch('/api/reviews', { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
  const answer = (await response.json().catch(() => ({}))) as { held?: boolean; review?: { id: string }; error?: string }
  if (!response.ok) throw new Error(answer.error ?? `The review was not stored (${response.status}).`)
  return { held: answer.held === true, ...(answer.review ? { reviewId: answer.review.id } : {}) }
}

/** Where a review link lands (`#write-review`): the review form, saying whether the review will count as a verified purchase. */
export function ProductReviewForm({ productId, productName, reviewLink }: ProductReviewFormProps) {
  const { csrf } = useRootData()
  const [held, setHeld] = useState(false)
  return (
    <section id="write-review" tabIndex={-1} className="pdp-write-review" aria-labelledby="write-review-title">
      <h2 id="write-review-title">Review {productName}</h2>
      <p className="pdp-write-review-note" data-verified={reviewLink.verified}>
        {reviewLink.verified ? 'Thank you for your order. Your review will show as a verified purchase.' : reviewLink.problem}
      </p>
      <ReviewForm
        productId={productId}
        onSubmit={async (values) => {
          const stored = await postReview(productId, csrf, reviewLink, values)
          setHeld(stored.held)
          return stored.reviewId ? { reviewId: stored.reviewId } : undefined
        }}
        successContent={<p>{held ? 'It will appear once we have checked it.' : 'It is now shown with the other reviews.'}</p>}
      />
    </section>
  )
}
