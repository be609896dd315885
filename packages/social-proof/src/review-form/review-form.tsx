'use client'
import { useTrack } from '@journeykit/react'
import { Button, ErrorSummary, Field, useMessages } from '@journeykit/ui'
import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { useForm } from 'react-hook-form'
import { reviewMessages } from '../shared/messages'
import { reviewFormMessages } from './messages'

/** What the visitor wrote. */
export interface ReviewFormValues {
  /** 1–5 stars. */
  rating: number
  title: string
  body: string
  /** The name shown with the review. */
  name: string
}

/** What the app's `onSubmit` may resolve with. */
export interface ReviewSubmitResult {
  /** The id of the stored review; included in `product_reviewed`. */
  reviewId?: string
}

export interface ReviewFormProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSubmit' | 'defaultValue'> {
  /** The product reviewed; included in `product_reviewed`. */
  productId: string
  /** Stores the review. Called once per submission; a rejection shows an error and keeps what was typed. */
  onSubmit: (values: ReviewFormValues) => Promise<ReviewSubmitResult | void>
  /** Initial values, e.g. the signed-in customer's name. */
  defaultValues?: Partial<ReviewFormValues>
  /** Shown under the thank-you message once the review is stored. */
  successContent?: ReactNode
}

type FieldValues = Omit<ReviewFormValues, 'rating'> & { rating: string }

const FIELDS = ['rating', 'title', 'body', 'name'] as const

const MIN_BODY = 20
// Native maxLength stops typing at the limit, so no message is needed for it.
const MAX = { title: 120, body: 5000, name: 60 }

/** A product review form: star rating (native radios), title, text and name, validated as the visitor goes. */
export const ReviewForm = forwardRef<HTMLDivElement, ReviewFormProps>(function ReviewForm({ productId, onSubmit, defaultValues = {}, successContent, ...props }, ref) {
  const t = useMessages(reviewFormMessages)
  const r = useMessages(reviewMessages)
  const track = useTrack({ block: 'ReviewForm', blockId: props.id })
  const id = useId()
  const { register, handleSubmit, watch, formState } = useForm<FieldValues>({
    mode: 'onTouched',
    // A failed submission focuses the error summary, which links to each field.
    shouldFocusError: false,
    defaultValues: { ...defaultValues, rating: defaultValues.rating ? String(defaultValues.rating) : '' },
  })
  const { errors, isSubmitting } = formState
  const [state, setState] = useState<'editing' | 'failed' | 'done'>('editing')
  const [failedSubmits, setFailedSubmits] = useState(0)
  const submitting = useRef(false)
  const thanks = useRef<HTMLParagraphElement>(null)
  const rating = Number(watch('rating')) || 0

  useEffect(() => {
    if (state === 'done') thanks.current?.focus()
  }, [state])

  const submit = handleSubmit(async (values) => {
    // A second click can arrive before React re-renders the button as busy.
    if (submitting.current) return
    submitting.current = true
    setState('editing')
    const review = { ...values, rating: Number(values.rating) }
    try {
      const result = await onSubmit(review)
      track('product_reviewed', { productId, rating: review.rating, ...(result?.reviewId ? { reviewId: result.reviewId } : {}) })
      setState('done')
    } catch {
      setState('failed')
    } finally {
      submitting.current = false
    }
  }, () => setFailedSubmits((count) => count + 1))
  const problems = failedSubmits
    ? FIELDS.flatMap((name) => {
        const message = errors[name]?.message
        return message ? [{ id: `${id}${name}`, message }] : []
      })
    : []

  // `required` alone accepts a value of only spaces.
  const filled = (message: string) => ({ required: message, validate: (value: string) => value.trim() !== '' || message })
  return (
    <div data-jk-review-form="" data-stage="advocacy" data-state={state} {...props} ref={ref}>
      {state === 'done' ? (
        <div role="status" data-part="success">
          <p ref={thanks} tabIndex={-1} data-part="thanks">
            {t('socialProof.reviewForm.thanks')}
          </p>
          {successContent}
        </div>
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary title={t('socialProof.reviewForm.summaryTitle', { count: problems.length })} errors={problems} headingLevel={3} focusKey={failedSubmits || undefined} />
          <Field group data-part="rating" controlId={`${id}rating`} label={t('socialProof.reviewForm.rating')} error={errors.rating?.message} required>
            {({ id: firstId, ...control }) => (
              <div data-part="stars">
                {[1, 2, 3, 4, 5].map((stars) => (
                  <label key={stars} data-part="star" data-state={stars <= rating ? 'on' : 'off'}>
                    <input
                      type="radio"
                      value={stars}
                      id={stars === 1 ? firstId : undefined}
                      {...control}
                      {...register('rating', { required: t('socialProof.reviewForm.ratingRequired') })}
                    />
                    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
                      <path d="M12 2.5l2.94 5.96 6.56.95-4.75 4.63 1.12 6.54L12 17.49l-5.87 3.09 1.12-6.54L2.5 9.41l6.56-.95z" fill="currentColor" />
                    </svg>
                    <span data-part="star-label">{r('socialProof.reviews.stars', { count: stars })}</span>
                  </label>
                ))}
              </div>
            )}
          </Field>
          <Field controlId={`${id}title`} label={t('socialProof.reviewForm.title')} error={errors.title?.message} required>
            {(control) => <input {...control} type="text" {...register('title', filled(t('socialProof.reviewForm.titleRequired')))} maxLength={MAX.title} />}
          </Field>
          <Field controlId={`${id}body`} label={t('socialProof.reviewForm.body')} error={errors.body?.message} required>
            {(control) => (
              <textarea
                {...control}
                rows={5}
                {...register('body', {
                  ...filled(t('socialProof.reviewForm.bodyRequired')),
                  minLength: { value: MIN_BODY, message: t('socialProof.reviewForm.bodyTooShort', { min: MIN_BODY }) },
                })}
                maxLength={MAX.body}
              />
            )}
          </Field>
          <Field controlId={`${id}name`} label={t('socialProof.reviewForm.name')} error={errors.name?.message} required>
            {(control) => <input {...control} type="text" autoComplete="nickname" {...register('name', filled(t('socialProof.reviewForm.nameRequired')))} maxLength={MAX.name} />}
          </Field>
          {state === 'failed' && (
            <p role="alert" data-part="submit-error">
              {t('socialProof.reviewForm.failed')}
            </p>
          )}
          <Button type="submit" loading={isSubmitting}>
            {t('socialProof.reviewForm.submit')}
          </Button>
        </form>
      )}
    </div>
  )
})
