'use client'
import { useTrack } from '@journeykit/react'
import { Button, EmptyState, ErrorState, LoadingState, useMessages } from '@journeykit/ui'
import { useControllableState } from '@radix-ui/react-use-controllable-state'
import { forwardRef, lazy, Suspense, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { STAR_VALUES, type Review, type StarValue } from '../shared/types'
import { useWidgetImpression } from '../shared/use-widget-impression'
import { reviewMessages } from '../shared/messages'
import { reviewListMessages } from './messages'
import { ReviewCard, type HelpfulVote } from './review-card'
import { isFiltered, NO_FILTER, queryReviews, REVIEW_SORTS, usableReviews, type ReviewFilter, type ReviewSort } from './review-query'

const loadPhotoDialog = () => import('./review-photo-dialog')
const ReviewPhotoDialog = lazy(loadPhotoDialog)

/** Starts loading the photo dialog's code when a pointer or focus reaches a photo, so the click opens it at once. */
function preloadPhotoDialog(event: { target: EventTarget }) {
  if (event.target instanceof Element && event.target.closest('[data-part="photo"]')) void loadPhotoDialog()
}

export interface ReviewListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The product reviewed; included in the events. */
  productId: string
  /** The reviews to show. Their text is rendered as plain text. */
  reviews: Review[]
  /** The filter (controlled). */
  filter?: ReviewFilter
  /** The initial filter when uncontrolled. Default: all reviews. */
  defaultFilter?: ReviewFilter
  /** Called when the visitor changes the filter. */
  onFilterChange?: (filter: ReviewFilter) => void
  /** The sort order (controlled). */
  sort?: ReviewSort
  /** The initial sort order when uncontrolled. Default 'newest'. */
  defaultSort?: ReviewSort
  /** Called when the visitor changes the sort order. */
  onSortChange?: (sort: ReviewSort) => void
  /** The app has already filtered and sorted `reviews` (e.g. on the server): show them as they are. */
  manual?: boolean
  /** Reviews per page. Default 10. */
  pageSize?: number
  /** 'load-more' appends the next page under a button; 'pages' shows one page at a time. Default 'load-more'. */
  pagination?: 'load-more' | 'pages'
  /** Records a helpful vote. The vote shows at once and is rolled back, with a message, if the promise rejects. */
  onHelpful?: (reviewId: string) => Promise<unknown>
  /** The heading level of review titles. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /** Data status. Default 'ready'. */
  status?: 'loading' | 'error' | 'ready'
  /** Shown in the error state. */
  error?: ReactNode
  /** Offers a retry in the error state. */
  onRetry?: () => void
}

/** A product's reviews with star and photo filters, sorting, pagination, photos and helpful votes. */
export const ReviewList = forwardRef<HTMLDivElement, ReviewListProps>(function ReviewList({
  productId,
  reviews,
  filter: filterProp,
  defaultFilter = NO_FILTER,
  onFilterChange,
  sort: sortProp,
  defaultSort = 'newest',
  onSortChange,
  manual = false,
  pageSize = 10,
  pagination = 'load-more',
  onHelpful,
  headingLevel = 3,
  status = 'ready',
  error,
  onRetry,
  ...props
}, ref) {
  const t = useMessages(reviewListMessages)
  const r = useMessages(reviewMessages)
  const track = useTrack({ block: 'ReviewList', blockId: props.id })
  const rootRef = useWidgetImpression({ widget: 'review_list', block: 'ReviewList', productId, blockId: props.id, disabled: status !== 'ready', ref })
  const id = useId()
  const [filter, setFilter] = useControllableState({ prop: filterProp, defaultProp: defaultFilter, onChange: onFilterChange, caller: 'ReviewList' })
  const [sort, setSort] = useControllableState({ prop: sortProp, defaultProp: defaultSort, onChange: onSortChange, caller: 'ReviewList' })
  const [votes, setVotes] = useState<Record<string, HelpfulVote>>({})
  const voting = useRef(new Set<string>())
  const [photo, setPhoto] = useState<{ review: Review; index: number } | null>(null)
  const photoOpener = useRef<HTMLElement | null>(null)
  const starSelect = useRef<HTMLSelectElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const focusIndex = useRef<number | null>(null)

  // Back to the first page whenever the filter or sort changes, however it changed.
  const queryKey = `${filter.stars}|${filter.withPhotos}|${sort}`
  const [paging, setPaging] = useState({ key: queryKey, page: 1 })
  const page = paging.key === queryKey ? paging.page : 1

  const usable = usableReviews(reviews)
  const results = manual ? usable : queryReviews(usable, filter, sort)
  const size = Math.max(1, Math.floor(pageSize) || 10)
  const pages = Math.max(1, Math.ceil(results.length / size))
  const start = pagination === 'pages' ? (page - 1) * size : 0
  const shown = results.slice(start, page * size)

  useEffect(() => {
    if (focusIndex.current === null) return
    list.current?.querySelectorAll<HTMLElement>('[data-part="review"]')[focusIndex.current]?.focus()
    focusIndex.current = null
  }, [page])

  function changeFilter(next: ReviewFilter, value: string) {
    setFilter(next)
    track('reviews_interacted', { productId, action: 'filter', value })
  }

  function goTo(next: number) {
    focusIndex.current = pagination === 'pages' ? 0 : shown.length
    setPaging({ key: queryKey, page: next })
    track('reviews_interacted', { productId, action: 'page', value: String(next) })
  }

  async function vote(reviewId: string) {
    if (!onHelpful || voting.current.has(reviewId) || votes[reviewId] === 'done') return
    voting.current.add(reviewId)
    setVotes((current) => ({ ...current, [reviewId]: 'pending' }))
    track('reviews_interacted', { productId, action: 'helpful', value: reviewId })
    let outcome: HelpfulVote = 'done'
    try {
      await onHelpful(reviewId)
    } catch {
      outcome = 'failed'
    }
    voting.current.delete(reviewId)
    setVotes((current) => ({ ...current, [reviewId]: outcome }))
  }

  function openPhoto(review: Review, index: number, opener: HTMLElement) {
    photoOpener.current = opener
    setPhoto({ review, index })
    track('reviews_interacted', { productId, action: 'photo', value: review.id })
  }

  let content: ReactNode
  if (status === 'loading') content = <LoadingState />
  else if (status === 'error') content = <ErrorState message={error} onRetry={onRetry} />
  else if (usable.length === 0 && !isFiltered(filter)) content = <EmptyState title={r('socialProof.reviews.none')} />
  else {
    const selectedPhoto = photo?.review.photos?.[photo.index]
    content = (
      <>
        <div data-part="toolbar">
          {/* Each label stays with its control when the toolbar wraps. */}
          <div data-part="control">
            <label htmlFor={`${id}stars`}>{t('socialProof.reviewList.rating')}</label>
            <select
              id={`${id}stars`}
              ref={starSelect}
              value={filter.stars ?? ''}
              onChange={(event) => {
                const stars = event.target.value ? (Number(event.target.value) as StarValue) : null
                changeFilter({ ...filter, stars }, `stars:${stars ?? 'all'}`)
              }}
            >
              <option value="">{t('socialProof.reviewList.allRatings')}</option>
              {STAR_VALUES.map((stars) => (
                <option key={stars} value={stars}>
                  {r('socialProof.reviews.stars', { count: stars })}
                </option>
              ))}
            </select>
          </div>
          <label data-part="photos-filter">
            <input
              type="checkbox"
              checked={filter.withPhotos}
              onChange={(event) => changeFilter({ ...filter, withPhotos: event.target.checked }, `photos:${event.target.checked ? 'on' : 'off'}`)}
            />
            {t('socialProof.reviewList.withPhotos')}
          </label>
          <div data-part="control">
            <label htmlFor={`${id}sort`}>{t('socialProof.reviewList.sortBy')}</label>
            <select
              id={`${id}sort`}
              value={sort}
              onChange={(event) => {
                const next = event.target.value as ReviewSort
                setSort(next)
                track('reviews_interacted', { productId, action: 'sort', value: next })
              }}
            >
              {REVIEW_SORTS.map((option) => (
                <option key={option} value={option}>
                  {t(`socialProof.reviewList.sort.${option}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p role="status" data-part="results">
          {r('socialProof.reviews.count', { count: results.length })}
        </p>
        {results.length === 0 ? (
          <EmptyState
            title={t('socialProof.reviewList.noMatches')}
            action={
              <Button
                variant="secondary"
                onClick={() => {
                  changeFilter(NO_FILTER, 'clear')
                  starSelect.current?.focus()
                }}
              >
                {t('socialProof.reviewList.clearFilters')}
              </Button>
            }
          />
        ) : (
          <ul data-part="reviews" ref={list} onPointerOver={preloadPhotoDialog} onFocus={preloadPhotoDialog}>
            {shown.map((review) => (
              <li key={review.id}>
                <ReviewCard
                  review={review}
                  headingLevel={headingLevel}
                  vote={votes[review.id]}
                  onHelpful={onHelpful && (() => void vote(review.id))}
                  onOpenPhoto={(index, opener) => openPhoto(review, index, opener)}
                />
              </li>
            ))}
          </ul>
        )}
        {pagination === 'load-more'
          ? page < pages && (
              <Button variant="secondary" data-part="load-more" onClick={() => goTo(page + 1)}>
                {t('socialProof.reviewList.loadMore')}
              </Button>
            )
          : pages > 1 && (
              <nav aria-label={t('socialProof.reviewList.pages')} data-part="pagination">
                <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                  {t('socialProof.reviewList.previous')}
                </Button>
                <span>{t('socialProof.reviewList.pageOf', { page, pages })}</span>
                <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                  {t('socialProof.reviewList.next')}
                </Button>
              </nav>
            )}
        {photo && selectedPhoto && (
          <Suspense fallback={null}>
            <ReviewPhotoDialog
              title={t('socialProof.reviewList.photo', { author: photo.review.author })}
              photo={selectedPhoto}
              opener={photoOpener}
              onClose={() => setPhoto(null)}
            />
          </Suspense>
        )}
      </>
    )
  }

  return (
    <div data-jk-review-list="" data-stage="consideration" data-state={status} {...props} ref={rootRef}>
      {content}
    </div>
  )
})
