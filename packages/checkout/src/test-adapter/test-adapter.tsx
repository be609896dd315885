'use client'
import type { Money } from '@journeykit/core'
import { Badge, Button, Dialog, DialogContent, useFormat, useMessages } from '@journeykit/ui'
import { useEffect, useId, useState, useSyncExternalStore, type ChangeEvent } from 'react'
import type { PaymentAdapter, PaymentElementProps, PaymentResult } from '../payment/adapter'
import { cardDigits, formatCardNumber, formatExpiry, isValidCardNumber, isValidCvc, isValidExpiry } from './card'
import { testAdapterMessages } from './messages'

type MessageKey = keyof (typeof testAdapterMessages)['en']

export interface TestAdapterOptions {
  /** Milliseconds each payment takes, to show the pending state in demos (default 0). */
  latency?: number
  /** Default: 'Card (test)'. */
  label?: string
}

type Card = { number: string; expiry: string; cvc: string }
const EMPTY_CARD: Card = { number: '', expiry: '', cvc: '' }
const FIELDS = [
  { name: 'number', autoComplete: 'cc-number', format: formatCardNumber, valid: isValidCardNumber, error: 'checkout.testAdapter.numberInvalid' },
  { name: 'expiry', autoComplete: 'cc-exp', format: formatExpiry, valid: (value: string) => isValidExpiry(value), error: 'checkout.testAdapter.expiryInvalid' },
  { name: 'cvc', autoComplete: 'cc-csc', format: (value: string) => cardDigits(value).slice(0, 4), valid: isValidCvc, error: 'checkout.testAdapter.cvcInvalid' },
] as const

/**
 * An offline payment adapter that behaves like Stripe's test cards: 4242 4242 4242 4242
 * succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds,
 * 4000 0025 0000 3155 asks for authentication in a dialog (approve or fail); any other valid
 * number succeeds. The card data lives only in this adapter's memory while its fields are
 * mounted: it is never persisted, sent or handed to the checkout.
 */
export function createTestAdapter({ latency = 0, label = 'Card (test)' }: TestAdapterOptions = {}): PaymentAdapter {
  let card = EMPTY_CARD
  let translate: (key: MessageKey) => string = (key) => testAdapterMessages.en[key] as string
  let authentication: { amount: Money; settle(approved: boolean): void } | null = null
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const setAuthentication = (next: typeof authentication) => {
    authentication = next
    for (const listener of listeners) listener()
  }
  const failed = (reason: string, key: MessageKey): PaymentResult => ({ status: 'failed', reason, message: translate(key) })

  function TestPaymentElement({ amount, onCompleteChange, showErrors, disabled, labelledBy }: PaymentElementProps) {
    const t = useMessages(testAdapterMessages)
    const format = useFormat()
    const id = useId()
    const [values, setValues] = useState<Card>(EMPTY_CARD)
    const [touched, setTouched] = useState<Partial<Record<keyof Card, boolean>>>({})
    const pending = useSyncExternalStore(subscribe, () => authentication, () => null)
    const complete = FIELDS.every((field) => field.valid(values[field.name]))

    useEffect(() => {
      translate = t
    }, [t])
    useEffect(() => {
      card = values
    }, [values])
    useEffect(() => onCompleteChange(complete), [complete, onCompleteChange])
    useEffect(
      () => () => {
        card = EMPTY_CARD
      },
      [],
    )

    return (
      <div data-jk-test-payment="" aria-labelledby={labelledBy} role="group">
        <Badge tone="warning" data-part="test-mode">
          {t('checkout.testAdapter.badge')}
        </Badge>
        <p data-part="hint">{t('checkout.testAdapter.hint')}</p>
        {FIELDS.map((field) => {
          const value = values[field.name]
          const invalid = (showErrors || touched[field.name]) && !field.valid(value)
          const inputId = `${id}-${field.name}`
          return (
            <div data-part="field" data-field={field.name} key={field.name} data-invalid={invalid ? '' : undefined}>
              <label htmlFor={inputId}>{t(`checkout.testAdapter.${field.name}`)}</label>
              <input
                id={inputId}
                inputMode="numeric"
                autoComplete={field.autoComplete}
                value={value}
                disabled={disabled}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `${inputId}-error` : undefined}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  const next = field.format(event.target.value)
                  setValues((current) => ({ ...current, [field.name]: next }))
                }}
                onBlur={() => setTouched((current) => ({ ...current, [field.name]: true }))}
              />
              {invalid && (
                <p id={`${inputId}-error`} data-part="error">
                  {t(field.error)}
                </p>
              )}
            </div>
          )
        })}
        <Dialog open={pending !== null} onOpenChange={(open) => !open && pending?.settle(false)}>
          {pending && (
            <DialogContent
              title={t('checkout.testAdapter.authTitle')}
              description={t('checkout.testAdapter.authDescription', { amount: format.money(pending.amount) })}
            >
              <div data-part="actions">
                <Button onClick={() => pending.settle(true)}>{t('checkout.testAdapter.approve')}</Button>
                <Button variant="secondary" onClick={() => pending.settle(false)}>
                  {t('checkout.testAdapter.fail')}
                </Button>
              </div>
            </DialogContent>
          )}
        </Dialog>
      </div>
    )
  }

  return {
    id: 'test',
    label,
    testMode: true,
    Element: TestPaymentElement,
    async confirm({ amount }) {
      const { number, expiry, cvc } = card
      if (!isValidCardNumber(number) || !isValidExpiry(expiry) || !isValidCvc(cvc)) return failed('incomplete', 'checkout.testAdapter.incomplete')
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency))
      const paymentId = `pi_test_${Math.random().toString(36).slice(2, 12)}`
      switch (cardDigits(number)) {
        case '4000000000000002':
          return failed('card_declined', 'checkout.testAdapter.declined')
        case '4000000000009995':
          return failed('insufficient_funds', 'checkout.testAdapter.insufficientFunds')
        case '4000002500003155': {
          const approved = await new Promise<boolean>((settle) => setAuthentication({ amount, settle }))
          setAuthentication(null)
          return approved ? { status: 'succeeded', paymentId } : failed('authentication_failed', 'checkout.testAdapter.authFailed')
        }
        default:
          return { status: 'succeeded', paymentId }
      }
    },
  }
}
