'use client'
import { Badge, Button, Rating, useFormat, useMessages } from '@journeykit/ui'
import { starValueOf } from '../shared/review-stats'
import type { Review } from '../shared/types'
import { reviewListMessages } from './messages'

/** The state of the visitor's helpful vote on one review. */
export type HelpfulVote = 'pending' | 'done' | 'failed'

interface ReviewCardProps {
  review: Review
  headingLevel: 2 | 3 | 4 | 5 | 6
  vote: HelpfulVote | undefined
  /** Votes the review helpful; without it there is no vote button. */
  onHelpful?: () => void
  onOpenPhoto: (index: number, opener: HTMLElement) => void
}

/** One review. Every field from the review is rendered as text, so markup in it is shown, never run. */
export function ReviewCard({ review, headingLevel, vote, onHelpful, onOpenPhoto }: ReviewCardProps) {
  const t = useMessages(reviewListMessages)
  const format = useFormat()
  const Heading = `h${headingLevel}` as const
  const stars = starValueOf(review.rating)
  const date = format.date(review.createdAt)
  const voted = vote === 'pending' || vote === 'done'
  const helpfulCount = (review.helpfulCount ?? 0) + (voted ? 1 : 0)

  return (
    <article data-part="review" tabIndex={-1}>
      {stars !== undefined && <Rating value={review.rating} size="sm" />}
      {review.title && <Heading data-part="title">{review.title}</Heading>}
      <p data-part="meta">
        <span data-part="author">{review.author || '—'}</span>
        {date && <time dateTime={review.createdAt}>{date}</time>}
        {review.verifiedBuyer && <Badge tone="success">{t('socialProof.reviewList.verified')}</Badge>}
      </p>
      {review.variant && <p data-part="variant">{t('socialProof.reviewList.variant', { variant: review.variant })}</p>}
      <p data-part="body">{review.body}</p>
      {review.photos && review.photos.length > 0 && (
        <ul data-part="photos">
          {review.photos.map((photo, index) => (
            <li key={photo.src + index}>
              <button type="button" data-part="photo" onClick={(event) => onOpenPhoto(index, event.currentTarget)}>
                <img src={photo.src} alt={photo.alt || t('socialProof.reviewList.photo', { author: review.author })} loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {review.merchantReply?.body && (
        <div data-part="reply">
          <p data-part="reply-title">
            {t('socialProof.reviewList.reply')}
            {review.merchantReply.author && <span data-part="reply-author"> · {review.merchantReply.author}</span>}
          </p>
          <p data-part="reply-body">{review.merchantReply.body}</p>
        </div>
      )}
      {onHelpful && (
        <div data-part="helpful">
          <Button variant="secondary" size="sm" aria-pressed={voted} onClick={onHelpful}>
            {t('socialProof.reviewList.helpful', { count: helpfulCount })}
          </Button>
          {vote === 'failed' && (
            <p role="alert" data-part="helpful-error">
              {t('socialProof.reviewList.helpfulFailed')}
            </p>
          )}
        </div>
      )}
    </article>
  )
}
