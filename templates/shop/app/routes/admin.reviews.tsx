import { Badge, Button } from '@journeykit/ui'
import { data, Form, Link, redirect, useNavigation } from 'react-router'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { adminLocale, formatDateTime, useAdminText } from '../lib/admin/messages'
import { MODERATION_STATUSES, REPLY_MAX_LENGTH } from '../lib/admin/constants'
import { moderateReview, moderationQueue, replyToReview, type ModeratedReview } from '../lib/admin/reviews.server'
import { attempt, formText, type ActionFailure } from '../lib/admin/route-kit.server'
import { getDatabase } from '../lib/db.server'
import { useRootData } from '../root'
import type { Route } from './+types/admin.reviews'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'reviews')
  const params = new URL(request.url).searchParams
  const status = MODERATION_STATUSES.find((candidate) => candidate === params.get('status')) ?? 'pending'
  const page = Number.parseInt(params.get('page') ?? '1', 10) || 1
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const queue = await moderationQueue(db, status, page)
  return { status, page, ...queue, reviews: queue.reviews.map((review) => ({ ...review, date: formatDateTime(locale, review.createdAt, { time: false }) })) }
}

export async function action({ request }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const { staff } = await requireStaffAction(db, request, form, 'reviews')
  const intent = formText(form, 'intent')
  const reviewId = formText(form, 'reviewId')
  const back = redirect(new URL(request.url).pathname + new URL(request.url).search)
  if (intent === 'publish' || intent === 'reject') {
    return attempt(intent, async () => {
      await moderateReview(db, staff, reviewId, intent === 'publish' ? 'published' : 'rejected')
      return back
    })
  }
  if (intent === 'reply') {
    return attempt(`reply:${reviewId}`, async () => {
      await replyToReview(db, staff, reviewId, formText(form, 'reply'))
      return back
    })
  }
  throw data('Unknown action', { status: 400 })
}

export default function AdminReviews({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { status, reviews, counts, hasMore, page } = loaderData
  return (
    <section aria-labelledby="reviews-title" className="admin">
      <h1 id="reviews-title">{t('reviews.title')}</h1>
      <nav aria-label={t('reviews.tabs')} className="admin-tabs">
        <ul>
          {MODERATION_STATUSES.map((tab) => (
            <li key={tab}>
              <Link to={`?status=${tab}`} aria-current={tab === status ? 'page' : undefined}>
                {t(`reviews.tab.${tab}`, { count: counts[tab] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {reviews.length === 0 ? <p>{t('reviews.none')}</p> : null}
      {reviews.map((review) => (
        <ReviewCard key={review.id} review={review} failure={(actionData as ActionFailure | undefined)?.intent === `reply:${review.id}` ? (actionData as ActionFailure) : undefined} />
      ))}
      {hasMore ? <Link to={`?status=${status}&page=${page + 1}`}>{t('reviews.more')}</Link> : null}
    </section>
  )
}

function ReviewCard({ review, failure }: { review: ModeratedReview & { date: string }; failure: ActionFailure | undefined }) {
  const { t } = useAdminText()
  const { csrf } = useRootData()
  const navigation = useNavigation()
  const busy = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('reviewId') === review.id && navigation.formData?.get('intent') === intent
  const titleId = `review-${review.id}-title`
  const replyId = `review-${review.id}-reply`
  return (
    <article aria-labelledby={titleId} className="admin-card admin-review">
      <h2 id={titleId}>{review.title || t('reviews.rating', { rating: review.rating })}</h2>
      <p>
        {t('reviews.rating', { rating: review.rating })} · {t('reviews.by', { author: review.author, product: review.productName })} ·{' '}
        {review.date}{' '}
        <Badge tone={review.verifiedBuyer ? 'success' : 'neutral'}>{review.verifiedBuyer ? t('reviews.verified') : t('reviews.unverified')}</Badge>
      </p>
      <blockquote>{review.body}</blockquote>
      <div className="admin-actions">
        {review.status !== 'published' ? (
          <Form method="post">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="reviewId" value={review.id} />
            <Button type="submit" name="intent" value="publish" loading={busy('publish')} aria-describedby={titleId}>
              {t('reviews.publish')}
            </Button>
          </Form>
        ) : null}
        {review.status !== 'rejected' ? (
          <Form method="post">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="reviewId" value={review.id} />
            <Button type="submit" name="intent" value="reject" variant="secondary" loading={busy('reject')} aria-describedby={titleId}>
              {t('reviews.reject')}
            </Button>
          </Form>
        ) : null}
      </div>
      <Form method="post" className="admin-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="reviewId" value={review.id} />
        <input type="hidden" name="intent" value="reply" />
        <div className="admin-field">
          <label htmlFor={replyId}>{t('reviews.reply')}</label>
          <textarea
            id={replyId}
            name="reply"
            rows={3}
            maxLength={REPLY_MAX_LENGTH}
            defaultValue={review.merchantReply ?? ''}
            aria-invalid={failure?.fields?.reply ? true : undefined}
            aria-describedby={`${replyId}-hint${failure?.fields?.reply ? ` ${replyId}-error` : ''}`}
          />
          <p id={`${replyId}-hint`} className="admin-hint">
            {t('reviews.replyHint')}
          </p>
          {failure?.fields?.reply ? (
            <p id={`${replyId}-error`} className="admin-field-error">
              {failure.fields.reply}
            </p>
          ) : null}
        </div>
        <Button type="submit" variant="secondary" loading={busy('reply')}>
          {t('reviews.replySubmit')}
        </Button>
      </Form>
    </article>
  )
}
