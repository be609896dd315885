'use client'
import { useStage, useTrack } from '@journeykit/react'
import { EmptyState, ErrorState, LoadingState, Rating, useFormat, useMessages, VisuallyHidden } from '@journeykit/ui'
import { useControllableState } from '@radix-ui/react-use-controllable-state'
import { forwardRef, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { checkBreakdown } from '../shared/review-stats'
import { STAR_VALUES, type RatingBreakdown, type StarValue } from '../shared/types'
import { useWidgetImpression } from '../shared/use-widget-impression'
import { reviewMessages } from '../shared/messages'
import { ratingSummaryMessages } from './messages'

/** 'compact': a badge (stars, average, count); 'full': average, count and the filterable histogram. */
export type RatingSummaryVariant = 'compact' | 'full'

export interface RatingSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The aggregate rating; `summarizeReviews(reviews)` computes it from a list of reviews. */
  summary: RatingBreakdown
  /** The product rated; included in the events. */
  productId?: string
  /** Forces a variant; by default 'compact' in the awareness stage and 'full' otherwise. */
  variant?: RatingSummaryVariant
  /** The histogram is only shown from this many reviews on. Default 5. */
  minReviewsForHistogram?: number
  /** The star value currently filtered (controlled); `null` for none. */
  filter?: StarValue | null
  /** The initial filter when uncontrolled. */
  defaultFilter?: StarValue | null
  /** Called when a bar is pressed: its star value, or `null` when the active bar is pressed again. */
  onFilter?: (stars: StarValue | null) => void
  /** Data status. Default 'ready'. */
  status?: 'loading' | 'error' | 'ready'
  /** Shown in the error state. */
  error?: ReactNode
  /** Offers a retry in the error state. */
  onRetry?: () => void
}

/**
 * A product's rating: a compact badge for visitors becoming aware of the product, or the
 * average with a histogram whose bars filter the reviews for visitors comparing products.
 */
export const RatingSummary = forwardRef<HTMLDivElement, RatingSummaryProps>(function RatingSummary({
  summary,
  productId,
  variant: forcedVariant,
  minReviewsForHistogram = 5,
  filter,
  defaultFilter = null,
  onFilter,
  status = 'ready',
  error,
  onRetry,
  ...props
}, ref) {
  const t = useMessages(ratingSummaryMessages)
  const r = useMessages(reviewMessages)
  const format = useFormat()
  const stage = useStage()
  const track = useTrack({ block: 'RatingSummary', blockId: props.id })
  const [activeFilter, setFilter] = useControllableState({ prop: filter, defaultProp: defaultFilter, onChange: onFilter, caller: 'RatingSummary' })
  // Its own impression moves the visitor to the decision stage; the variant seen stays put.
  const settledVariant = useRef<RatingSummaryVariant>(undefined)
  const variant = forcedVariant ?? settledVariant.current ?? (stage === 'awareness' ? 'compact' : 'full')
  const rootRef = useWidgetImpression({
    ref,
    widget: 'rating_summary',
    block: 'RatingSummary',
    productId,
    blockId: props.id,
    disabled: status !== 'ready',
    onViewed: () => (settledVariant.current = variant),
  })
  const { average, count, histogram } = checkBreakdown('RatingSummary', summary)
  const averageText = average === undefined ? '—' : format.number(average, { maximumFractionDigits: 1, minimumFractionDigits: 1 })

  function toggle(stars: StarValue) {
    const next = activeFilter === stars ? null : stars
    setFilter(next)
    if (productId) track('reviews_interacted', { productId, action: 'filter', value: `stars:${next ?? 'all'}` })
  }

  let content: ReactNode
  if (status === 'loading') content = <LoadingState />
  else if (status === 'error') content = <ErrorState message={error} onRetry={onRetry} />
  else if (count === 0) content = <EmptyState title={r('socialProof.reviews.none')} />
  else if (variant === 'compact')
    content = (
      <>
        {average !== undefined && <Rating value={average} count={count} size="sm" />}
        <span data-part="average" aria-hidden={average !== undefined || undefined}>
          {averageText}
        </span>
        <span data-part="count" aria-hidden="true">
          ({format.number(count)})
        </span>
      </>
    )
  else
    content = (
      <>
        <div data-part="overview">
          <span data-part="average" aria-hidden={average !== undefined || undefined}>
            {averageText}
          </span>
          {average !== undefined && <Rating value={average} />}
          <span data-part="count">{r('socialProof.reviews.count', { count })}</span>
        </div>
        {count >= minReviewsForHistogram && (
          <div role="group" aria-label={t('socialProof.ratingSummary.filterBy')} data-part="histogram">
            {STAR_VALUES.map((stars) => {
              const reviews = histogram[stars]
              const share = reviews / Math.max(count, 1)
              const starsText = r('socialProof.reviews.stars', { count: stars })
              const active = activeFilter === stars
              return (
                // The name is the visible text plus hidden detail, in reading order ("5 stars, 23 reviews
                // (57.5%)"), so a voice user can say what they see (WCAG 2.5.3 Label in Name).
                <button
                  key={stars}
                  type="button"
                  data-part="bar"
                  data-state={active ? 'active' : 'inactive'}
                  aria-pressed={active}
                  onClick={() => toggle(stars)}
                >
                  <span data-part="bar-label">
                    {starsText}
                    <VisuallyHidden>{t('socialProof.ratingSummary.barSeparator')}</VisuallyHidden>
                  </span>{' '}
                  <span data-part="bar-track" aria-hidden="true">
                    <span data-part="bar-fill" style={{ width: `${share * 100}%` }} />
                  </span>
                  <span data-part="bar-count">
                    {format.number(reviews)}{' '}
                    <VisuallyHidden>{t('socialProof.ratingSummary.barReviews', { count: reviews, percent: format.percent(share) })}</VisuallyHidden>
                  </span>
                </button>
              )
            })}
          </div>
        )}
      </>
    )

  return (
    <div data-jk-rating-summary="" data-stage="consideration" data-variant={variant} data-state={status} {...props} ref={rootRef}>
      {content}
    </div>
  )
})
