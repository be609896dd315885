'use client'
import type { SurveyKind } from '@journeykit/core'
import { useTrack } from '@journeykit/react'
import { Button, useMessages } from '@journeykit/ui'
import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react'
import { surveyMessages, type SurveyMessageKey } from './messages'
import { isSnoozed, snooze } from './snooze'

/** What `onSubmit` receives. The comment goes to the app only; analytics get its length. */
export interface SurveyAnswer {
  surveyId: string
  kind: SurveyKind
  score: number
  /** Trimmed; empty when none was written. */
  comment: string
}

/** The props NpsSurvey and CsatSurvey share. */
export interface SurveyProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onSubmit'> {
  /** Identifies the survey in events and in the snooze key `jk:survey:<surveyId>:snoozedUntil`. */
  surveyId: string
  /** Stores the answer. A rejection shows an error and keeps the answer for another try. */
  onSubmit: (answer: SurveyAnswer) => Promise<void>
  /** Replaces the default question. */
  question?: ReactNode
  /**
   * The score chosen before the survey is shown, e.g. from the score link in an email invitation: the
   * visitor confirms it with one click on Send (or changes it). Ignored unless a whole number on the scale.
   */
  defaultScore?: number
  /** How many days "Not now" hides the survey. Default 30. */
  snoozeDays?: number
  /** Called after "Not now" (the survey then renders nothing). */
  onSnooze?: () => void
  /** For happy customers: shows a "Refer a friend" button on the thank-you. */
  onRefer?: () => void
  /** For happy customers: shows a "Write a review" button on the thank-you. */
  onReview?: () => void
  /** For happy customers: your own content on the thank-you (e.g. a referral link). */
  referral?: ReactNode
}

export type SurveySentiment = 'negative' | 'neutral' | 'positive'

/** @internal what distinguishes NPS from CSAT. */
export interface SurveyScale {
  kind: SurveyKind
  block: 'NpsSurvey' | 'CsatSurvey'
  stage: 'advocacy'
  min: number
  max: number
  question: SurveyMessageKey
  low: SurveyMessageKey
  high: SurveyMessageKey
  sentiment(score: number): SurveySentiment
  prompts: Record<SurveySentiment, SurveyMessageKey>
}

type Status = 'idle' | 'submitting' | 'error' | 'done'

/**
 * @internal The 0–10 or 1–5 question as native radios in a fieldset (arrow keys move between
 * them), a follow-up that depends on the answer, submission with failure kept, a thank-you, and
 * a "Not now" remembered in localStorage. Renders nothing until mounted, so server and first
 * client markup agree whatever the snooze says.
 */
export const ScoreSurvey = forwardRef<HTMLElement, SurveyProps & { scale: SurveyScale }>(function ScoreSurvey({
  scale,
  surveyId,
  onSubmit,
  question,
  defaultScore,
  snoozeDays = 30,
  onSnooze,
  onRefer,
  onReview,
  referral,
  ...rest
}: SurveyProps & { scale: SurveyScale }, ref) {
  const t = useMessages(surveyMessages)
  const track = useTrack({ block: scale.block, blockId: surveyId })
  const id = useId()
  const [visible, setVisible] = useState(false)
  const [score, setScore] = useState(() => (Number.isInteger(defaultScore) && defaultScore! >= scale.min && defaultScore! <= scale.max ? defaultScore : undefined))
  const [comment, setComment] = useState('')
  const [status, setStatus] = useState<Status>('idle')
  const thanksRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => setVisible(!isSnoozed(surveyId)), [surveyId])
  useEffect(() => {
    if (status === 'done') thanksRef.current?.focus()
  }, [status])

  if (!visible) return null

  const sentiment = score === undefined ? undefined : scale.sentiment(score)
  const scores = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index)

  function handleNotNow() {
    snooze(surveyId, snoozeDays)
    setVisible(false)
    onSnooze?.()
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (score === undefined || status === 'submitting') return
    setStatus('submitting')
    const text = comment.trim()
    try {
      await onSubmit({ surveyId, kind: scale.kind, score, comment: text })
      setStatus('done')
      track('survey_submitted', { surveyId, kind: scale.kind, score, ...(text ? { commentLength: text.length } : {}) })
    } catch {
      setStatus('error')
    }
  }

  const root = {
    ...rest,
    ref,
    [`data-jk-${scale.kind}-survey`]: '',
    'data-stage': scale.stage,
    'data-state': status,
    'data-sentiment': sentiment,
    'aria-labelledby': `${id}-question`,
  }

  if (status === 'done') {
    const happy = sentiment === 'positive'
    return (
      <section {...root} aria-labelledby={`${id}-thanks`}>
        <h2 ref={thanksRef} id={`${id}-thanks`} tabIndex={-1} data-part="thanks">
          {t('loyalty.survey.thanks')}
        </h2>
        {happy && (onRefer || referral) && (
          <div data-part="refer">
            <p>{t('loyalty.survey.referInvite')}</p>
            {referral}
            {onRefer && <Button onClick={() => onRefer()}>{t('loyalty.survey.refer')}</Button>}
          </div>
        )}
        {happy && onReview && (
          <div data-part="review">
            <p>{t('loyalty.survey.reviewInvite')}</p>
            <Button variant="secondary" onClick={() => onReview()}>
              {t('loyalty.survey.review')}
            </Button>
          </div>
        )}
      </section>
    )
  }

  return (
    <section {...root}>
      <form onSubmit={handleSubmit} noValidate>
        <fieldset data-part="scale-group">
          <legend id={`${id}-question`}>{question ?? t(scale.question)}</legend>
          <div data-part="scale">
            {scores.map((value) => (
              <label key={value} data-part="option" data-checked={value === score ? '' : undefined}>
                <input
                  type="radio"
                  name={`${id}-score`}
                  value={value}
                  checked={value === score}
                  onChange={() => setScore(value)}
                  aria-describedby={value === scale.min ? `${id}-low` : value === scale.max ? `${id}-high` : undefined}
                />
                <span>{value}</span>
              </label>
            ))}
          </div>
          <div data-part="scale-labels">
            <span id={`${id}-low`}>{t(scale.low)}</span>
            <span id={`${id}-high`}>{t(scale.high)}</span>
          </div>
        </fieldset>
        {sentiment && (
          <div data-part="follow-up">
            <label htmlFor={`${id}-comment`}>{t(scale.prompts[sentiment])}</label>{' '}
            <span id={`${id}-hint`} data-part="hint">
              {t('loyalty.survey.optional')}
            </span>
            <textarea
              id={`${id}-comment`}
              aria-describedby={`${id}-hint`}
              value={comment}
              maxLength={2000}
              rows={3}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
        )}
        {status === 'error' && (
          <p role="alert" data-part="error">
            {t('loyalty.survey.error')}
          </p>
        )}
        <div data-part="actions">
          {sentiment && (
            <Button type="submit" loading={status === 'submitting'}>
              {t('loyalty.survey.submit')}
            </Button>
          )}
          <Button variant="ghost" onClick={handleNotNow} disabled={status === 'submitting'}>
            {t('loyalty.survey.notNow')}
          </Button>
        </div>
      </form>
    </section>
  )
})
