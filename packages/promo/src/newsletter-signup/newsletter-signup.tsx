'use client'
import { useTrack } from '@journeykit/react'
import { Button, ErrorSummary, Field, useMessages } from '@journeykit/ui'
import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { useForm } from 'react-hook-form'
import { newsletterSignupMessages } from './messages'

/** What the visitor signed up with. Consent is always given: the form cannot be sent without it. */
export interface NewsletterSignupValues {
  /** The address as typed, without surrounding spaces. */
  email: string
  marketingConsent: true
}

/** `idle` → `submitting` → `success`, or `error` (and back to `submitting` on a retry). */
export type NewsletterSignupStatus = 'idle' | 'submitting' | 'success' | 'error'

export interface NewsletterSignupProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onSubmit' | 'title'> {
  /** Identifies the form in `lead_captured` (e.g. `footer-newsletter`). */
  formId: string
  /**
   * Signs the visitor up. The form shows its pending state until the promise settles; a rejection
   * shows an error and keeps what was typed. Called once per submission, even on a double click.
   */
  onSubmit: (values: NewsletterSignupValues) => Promise<void> | void
  /** The privacy policy the consent refers to, linked under the checkbox. */
  privacyPolicyHref: string
  /** The heading. Default: the `promo.newsletterSignup.title` message. */
  title?: ReactNode
  /** What subscribers get, under the heading. Only what the shop really sends. */
  description?: ReactNode
  /** The level of the heading. Default 2. */
  headingLevel?: 2 | 3 | 4
  /**
   * What the visitor reads once `onSubmit` has succeeded. Default: the `promo.newsletterSignup.success`
   * message ("You are subscribed"); a shop with double opt-in says to confirm from the inbox instead.
   */
  successMessage?: ReactNode
}

interface FormValues {
  email: string
  marketingConsent: boolean
}

// Deliberately loose: the mail server is the real judge; this only catches typos like a missing @.
const EMAIL = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/

/**
 * A newsletter signup: an email address checked when the field is left (and re-checked as it is
 * corrected), an explicit marketing-consent checkbox that starts unticked, and success and failure
 * states. Reports `lead_captured` only once `onSubmit` has succeeded.
 */
export const NewsletterSignup = forwardRef<HTMLElement, NewsletterSignupProps>(function NewsletterSignup({
  formId,
  onSubmit,
  privacyPolicyHref,
  title,
  description,
  headingLevel = 2,
  successMessage,
  ...rest
}, ref) {
  const t = useMessages(newsletterSignupMessages)
  const track = useTrack({ block: 'NewsletterSignup', blockId: formId })
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FormValues>({
    mode: 'onTouched',
    // A failed submission focuses the error summary, which links to each field.
    shouldFocusError: false,
    defaultValues: { email: '', marketingConsent: false },
  })
  const [status, setStatus] = useState<NewsletterSignupStatus>('idle')
  const [failedSubmits, setFailedSubmits] = useState(0)
  const inFlight = useRef(false)
  const success = useRef<HTMLParagraphElement>(null)
  const id = useId()
  const Heading = `h${headingLevel}` as const

  useEffect(() => {
    // The form (and the focused button) is gone: bring focus to the confirmation.
    if (status === 'success') success.current?.focus()
  }, [status])

  const submit = handleSubmit(async ({ email }) => {
    // A second click can pass validation before the first one re-renders the button as busy.
    if (inFlight.current) return
    inFlight.current = true
    setStatus('submitting')
    try {
      await onSubmit({ email: email.trim(), marketingConsent: true })
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') console.warn('[journeykit] NewsletterSignup: onSubmit failed', error)
      setStatus('error')
      return
    } finally {
      inFlight.current = false
    }
    setStatus('success')
    track('lead_captured', { formId })
  }, () => setFailedSubmits((count) => count + 1))

  const emailError = errors.email && t(errors.email.type === 'required' ? 'promo.newsletterSignup.emailRequired' : 'promo.newsletterSignup.emailInvalid')
  const consentError = errors.marketingConsent && t('promo.newsletterSignup.consentRequired')
  const problems = failedSubmits
    ? [
        ...(emailError ? [{ id: `${id}email`, message: emailError }] : []),
        ...(consentError ? [{ id: `${id}consent`, message: consentError }] : []),
      ]
    : []

  return (
    <section aria-labelledby={`${id}title`} {...rest} ref={ref} data-jk-newsletter-signup="" data-stage="awareness" data-state={status}>
      <Heading data-part="title" id={`${id}title`}>
        {title ?? t('promo.newsletterSignup.title')}
      </Heading>
      {description && <div data-part="description">{description}</div>}
      {status !== 'success' && (
        <form data-part="form" noValidate onSubmit={submit}>
          <ErrorSummary
            title={t('promo.newsletterSignup.summaryTitle', { count: problems.length })}
            errors={problems}
            headingLevel={Math.min(headingLevel + 1, 4) as 3 | 4}
            focusKey={failedSubmits || undefined}
          />
          <Field controlId={`${id}email`} label={t('promo.newsletterSignup.emailLabel')} error={emailError} required>
            {(control) => <input {...control} type="email" autoComplete="email" {...register('email', { required: true, pattern: EMAIL })} />}
          </Field>
          <Field
            data-part="consent"
            controlId={`${id}consent`}
            label={t('promo.newsletterSignup.consentLabel')}
            labelAfter
            description={<a href={privacyPolicyHref}>{t('promo.newsletterSignup.privacyLink')}</a>}
            error={consentError}
            required
          >
            {(control) => <input {...control} type="checkbox" {...register('marketingConsent', { required: true })} />}
          </Field>
          <Button type="submit" loading={status === 'submitting'}>
            {t('promo.newsletterSignup.submit')}
          </Button>
          {status === 'error' && (
            <p data-part="error" role="alert">
              {t('promo.newsletterSignup.failure')}
            </p>
          )}
        </form>
      )}
      <div data-part="status" role="status">
        {status === 'success' && (
          <p data-part="success" ref={success} tabIndex={-1}>
            {successMessage ?? t('promo.newsletterSignup.success')}
          </p>
        )}
      </div>
    </section>
  )
})
