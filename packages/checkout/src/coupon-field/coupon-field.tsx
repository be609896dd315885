'use client'
import { useTrack } from '@journeykit/react'
import { Button, useFormat, useMessages } from '@journeykit/ui'
import { useId, useRef, useState, type ComponentProps, type KeyboardEvent } from 'react'
import type { CouponOutcome } from '../types'
import { couponFieldMessages } from './messages'

type Feedback = { kind: 'applied'; text: string } | { kind: 'denied'; text: string } | null

export interface CouponFieldProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The app checks the code on its server and re-prices the cart. A rejection counts as denied (`reason: 'error'`). */
  onApply: (code: string) => Promise<CouponOutcome>
  /** The code already applied, shown with a remove button when `onRemove` is given. */
  applied?: string
  onRemove?: () => void | Promise<void>
  /** Disables the field (e.g. while paying). */
  disabled?: boolean
}

/**
 * A discount code input. It is not a `<form>` (it lives inside the checkout form): Enter in
 * the input applies the code. Emits `coupon_applied` / `coupon_denied`.
 */
export function CouponField({ onApply, applied, onRemove, disabled = false, ...props }: CouponFieldProps) {
  const t = useMessages(couponFieldMessages)
  const format = useFormat()
  const track = useTrack({ block: 'CouponField' })
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [code, setCode] = useState('')
  const [pending, setPending] = useState(false)
  const [feedback, setFeedback] = useState<Feedback>(null)

  async function apply() {
    const trimmed = code.trim()
    if (pending) return
    if (!trimmed) {
      setFeedback({ kind: 'denied', text: t('checkout.coupon.empty') })
      inputRef.current?.focus()
      return
    }
    setPending(true)
    let outcome: CouponOutcome
    try {
      outcome = await onApply(trimmed)
    } catch {
      outcome = { status: 'denied', reason: 'error' }
    }
    setPending(false)
    if (outcome.status === 'applied') {
      track('coupon_applied', { code: trimmed, discount: outcome.discount })
      setFeedback({ kind: 'applied', text: t('checkout.coupon.applied', { code: trimmed, discount: format.money(outcome.discount) }) })
      setCode('')
    } else {
      track('coupon_denied', { code: trimmed, reason: outcome.reason })
      const known = `checkout.coupon.${outcome.reason}` as const
      const text = outcome.message ?? (Object.hasOwn(couponFieldMessages.en, known) ? t(known as keyof (typeof couponFieldMessages)['en']) : t('checkout.coupon.denied'))
      setFeedback({ kind: 'denied', text })
      inputRef.current?.focus()
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return
    event.preventDefault() // the checkout form around it must not submit
    void apply()
  }

  const denied = feedback?.kind === 'denied'
  return (
    <div {...props} data-jk-coupon-field="" data-stage="purchase" data-state={pending ? 'pending' : (feedback?.kind ?? 'idle')}>
      <label htmlFor={`${id}-code`}>{t('checkout.coupon.label')}</label>
      <div data-part="control">
        <input
          ref={inputRef}
          id={`${id}-code`}
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          disabled={disabled}
          aria-invalid={denied || undefined}
          aria-describedby={`${id}-feedback`}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={handleKeyDown}
        />
        <Button variant="secondary" loading={pending} disabled={disabled} onClick={() => void apply()}>
          {t('checkout.coupon.apply')}
        </Button>
      </div>
      <p id={`${id}-feedback`} data-part="feedback" data-kind={feedback?.kind} role="status">
        {feedback?.text}
      </p>
      {applied && onRemove && (
        <Button variant="link" size="sm" disabled={disabled} onClick={() => void onRemove()}>
          {t('checkout.coupon.remove', { code: applied })}
        </Button>
      )}
    </div>
  )
}
