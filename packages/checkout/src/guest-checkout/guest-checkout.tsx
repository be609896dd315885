'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import type { Money as MoneyValue } from '@journeykit/core'
import { useTrack } from '@journeykit/react'
import { Button, ErrorState, ErrorSummary, Field, LoadingState, Money, useFormat, useLocale, useMessages, VisuallyHidden, type TranslateFunction } from '@journeykit/ui'
import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { CouponField } from '../coupon-field/coupon-field'
import { OrderSummary } from '../order-summary/order-summary'
import type { BillingDetails, PaymentAdapter } from '../payment/adapter'
import { cartItems, type CheckoutCart, type CouponOutcome } from '../types'
import {
  addressRule,
  checkoutSchema,
  DEFAULT_COUNTRIES,
  SHIPPING_FIELDS,
  type CheckoutDetails,
  type CheckoutField,
  type CheckoutFormValues,
  type FieldErrorKey,
} from './address-rules'
import { guestCheckoutMessages } from './messages'
import { isCheckoutError } from './checkout-error'
import { clearDetails, loadDetails, saveDetails } from './persistence'

/** A shipping method as the app offers it for the current address. */
export interface ShippingOption {
  id: string
  label: string
  /** Already priced for this cart by the server (0 when free). */
  price: MoneyValue
  /** Delivery estimate in business days. */
  estimate?: { minDays: number; maxDays: number }
}

export interface CreateOrderInput {
  checkoutId: string
  /** One per attempt; the same on a retry of the same details, so the server can de-duplicate. */
  idempotencyKey: string
  details: CheckoutDetails
  /** The cart as shown; re-price it on the server, never charge these numbers. */
  cart: CheckoutCart
}

export interface CreatedOrder {
  orderId: string
  /** The server's final pricing of the order; charged and reported instead of the shown cart. */
  cart?: CheckoutCart
}

export interface CheckoutCompletion {
  orderId: string
  paymentId: string
  details: CheckoutDetails
  /** The payer opted in to saving their details. */
  saveDetails: boolean
  cart: CheckoutCart
}

/** A payment attempt that failed after its order was created (see `onPaymentFailed`). */
export interface PaymentFailure {
  /** The order whose payment failed. */
  orderId: string
  /** A machine code: the adapter's (`card_declined`, `authentication_failed`…), `requires_action` or `network_error`. */
  reason: string
  /** The provider's text for the payer, when it has one. */
  message?: string
}

export interface GuestCheckoutProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSubmit'> {
  /** Identifies this checkout in events and in the saved-details key `jk:checkout:<checkoutId>`. */
  checkoutId: string
  /** The server-priced cart. Update it when `onQuote` or a coupon changes the totals. */
  cart: CheckoutCart
  /** The methods that ship to the current country. */
  shippingMethods: ShippingOption[]
  /** How the payer pays: `createTestAdapter()` or `createStripeAdapter(...)`. */
  adapter: PaymentAdapter
  /** ISO codes offered in the country list (default US, GB, DE, FR, RO, CN). */
  countries?: string[]
  /** Starting values (e.g. a known email); details saved in this tab win over them. */
  defaultValues?: Partial<CheckoutDetails>
  /** The country or shipping method changed: re-price and update `cart` (or return the new cart). */
  onQuote?: (input: { country: string; shippingMethod: string }) => void | CheckoutCart | Promise<void | CheckoutCart>
  /** Checks a discount code; without it no coupon field is shown. */
  onApplyCoupon?: (code: string) => Promise<CouponOutcome>
  /**
   * Creates (or, for a known idempotency key, returns) the order on the server. A rejection keeps
   * the form and lets the payer retry; reject with a `CheckoutError` to show the payer its
   * message (e.g. "Aurora 5 just sold out. Review your cart."), any other rejection shows a
   * generic translated message.
   */
  onCreateOrder: (input: CreateOrderInput) => Promise<CreatedOrder>
  /**
   * Called when the payment of a created order fails: the adapter reported `failed` or
   * `requires_action`, or could not be reached (`network_error`). E.g. to release the order's
   * reserved stock. Not called when `onCreateOrder` rejects.
   */
  onPaymentFailed?: (failure: PaymentFailure) => void
  /** Called once the payment succeeded. */
  onComplete?: (completion: CheckoutCompletion) => void | Promise<void>
  /** Reassurance shown next to the pay button, e.g. `<TrustBadges />`. */
  trust?: ReactNode
  /** Defaults to 'ready'. */
  status?: 'loading' | 'error' | 'ready'
  /** The message of the error state. */
  error?: ReactNode
  onRetry?: () => void
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'submitting' }
  | { kind: 'failed'; message: string }
  | { kind: 'succeeded'; orderId: string; email: string }

const EMPTY_DETAILS: CheckoutDetails = {
  email: '',
  phone: '',
  givenName: '',
  familyName: '',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  shippingMethod: '',
  saveDetails: false,
}

const FIELD_ORDER: readonly CheckoutField[] = ['email', 'phone', 'givenName', 'familyName', 'line1', 'line2', 'city', 'region', 'postalCode', 'country', 'shippingMethod']

type MessageKey = keyof (typeof guestCheckoutMessages)['en']

function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

function billingDetails(details: CheckoutDetails): BillingDetails {
  return {
    name: `${details.givenName} ${details.familyName}`.trim(),
    email: details.email.trim(),
    ...(details.phone.trim() ? { phone: details.phone.trim() } : {}),
    address: {
      line1: details.line1,
      ...(details.line2 ? { line2: details.line2 } : {}),
      city: details.city,
      ...(details.region ? { state: details.region } : {}),
      postalCode: details.postalCode.trim(),
      country: details.country,
    },
  }
}

/**
 * A one-page guest checkout: contact, shipping address and method, payment through an
 * adapter, and the server-priced order summary. Details survive a reload of the tab; card data
 * never leaves the adapter. Emits `checkout_started`, `shipping_info_added`,
 * `payment_info_entered`, `payment_failed` and `order_completed`.
 */
export const GuestCheckout = forwardRef<HTMLDivElement, GuestCheckoutProps>(function GuestCheckout({
  checkoutId,
  cart,
  shippingMethods,
  adapter,
  countries = DEFAULT_COUNTRIES,
  defaultValues,
  onQuote,
  onApplyCoupon,
  onCreateOrder,
  onComplete,
  onPaymentFailed,
  trust,
  status = 'ready',
  error,
  onRetry,
  ...props
}, ref) {
  const t = useMessages(guestCheckoutMessages)
  const { locale } = useLocale()
  const format = useFormat()
  const track = useTrack({ block: 'GuestCheckout', blockId: checkoutId })
  const baseId = useId()
  const fieldId = (name: string) => `${baseId}-${name}`
  const initialValues = useMemo(() => ({ ...EMPTY_DETAILS, country: countries[0] ?? '', ...defaultValues }), [])
  const { register, handleSubmit, control, formState, reset, watch } = useForm<CheckoutFormValues, unknown, CheckoutDetails>({
    mode: 'onTouched',
    reValidateMode: 'onChange',
    resolver: zodResolver(checkoutSchema),
    defaultValues: initialValues,
    shouldFocusError: false,
  })
  const country = useWatch({ control, name: 'country' })
  const rule = addressRule(country)

  const [override, setOverride] = useState<{ base: CheckoutCart; cart: CheckoutCart }>()
  const shownCart = override && override.base === cart ? override.cart : cart
  const [updating, setUpdating] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [paymentComplete, setPaymentComplete] = useState(false)
  // Read by pay(): a wallet can report completeness and submit in the same tick.
  const paymentCompleteRef = useRef(false)
  const [showSummary, setShowSummary] = useState(false)
  const [summaryFocus, setSummaryFocus] = useState(0)
  const confirmationRef = useRef<HTMLElement>(null)
  const inFlight = useRef(false)
  const attempt = useRef<{ fingerprint: string; key: string }>(undefined)
  const sent = useRef({ started: false, paymentInfo: false, shippingMethods: new Set<string>(), quote: 0 })
  const latest = useRef({ checkoutId, cart: shownCart, adapter, onQuote, track })
  useEffect(() => {
    latest.current = { checkoutId, cart: shownCart, adapter, onQuote, track }
  })

  useEffect(() => {
    if (status !== 'ready' || sent.current.started) return
    sent.current.started = true
    track('checkout_started', { checkoutId, items: cartItems(cart), ...(cart.coupon ? { coupon: cart.coupon } : {}) })
  }, [status])

  // Restored after mount, not during render, so server and client render the same markup.
  useEffect(() => {
    const saved = loadDetails(checkoutId)
    if (saved) reset({ ...initialValues, ...saved })
  }, [checkoutId])

  useEffect(() => {
    const subscription = watch((values, { name }) => {
      const details = { ...EMPTY_DETAILS, ...values, shippingMethod: values.shippingMethod ?? '' } as CheckoutDetails
      const { checkoutId, cart, onQuote, track } = latest.current
      saveDetails(checkoutId, details)
      if ((name === 'country' || name === 'shippingMethod') && details.country && details.shippingMethod && onQuote) {
        void quote(onQuote, { country: details.country, shippingMethod: details.shippingMethod })
      }
      const method = details.shippingMethod
      if (!method || sent.current.shippingMethods.has(method)) return
      const result = checkoutSchema.safeParse(details)
      if (result.error?.issues.some((issue) => SHIPPING_FIELDS.includes(issue.path[0] as CheckoutField))) return
      sent.current.shippingMethods.add(method)
      track('shipping_info_added', { checkoutId, items: cartItems(cart), shippingMethod: method })
    })
    return () => subscription.unsubscribe()
  }, [watch])

  async function quote(handler: NonNullable<GuestCheckoutProps['onQuote']>, input: { country: string; shippingMethod: string }) {
    const request = ++sent.current.quote
    const base = cart
    setUpdating(true)
    try {
      const next = await handler(input)
      if (next && request === sent.current.quote) setOverride({ base, cart: next })
    } catch (quoteError) {
      if (process.env.NODE_ENV !== 'production') console.warn('[journeykit] GuestCheckout: onQuote failed; keeping the previous totals', quoteError)
    } finally {
      if (request === sent.current.quote) setUpdating(false)
    }
  }

  function sendPaymentInfo() {
    if (sent.current.paymentInfo) return
    sent.current.paymentInfo = true
    const { checkoutId, cart, adapter, track } = latest.current
    track('payment_info_entered', { checkoutId, items: cartItems(cart), paymentMethod: adapter.id })
  }

  const handleCompleteChange = useCallback((complete: boolean) => {
    paymentCompleteRef.current = complete
    setPaymentComplete(complete)
    if (complete) sendPaymentInfo()
  }, [])

  useEffect(() => {
    if (phase.kind === 'succeeded') confirmationRef.current?.focus()
  }, [phase.kind])

  function revealProblems() {
    setShowSummary(true)
    setSummaryFocus((count) => count + 1)
  }

  /** `failure`: the payment of a created order failed (the app hears of it through `onPaymentFailed`). */
  function fail(reason: string, message: string, failure?: PaymentFailure) {
    track('payment_failed', { checkoutId, reason, paymentMethod: adapter.id })
    setPhase({ kind: 'failed', message })
    try {
      if (failure) onPaymentFailed?.(failure)
    } catch (callbackError) {
      if (process.env.NODE_ENV !== 'production') console.warn('[journeykit] GuestCheckout: onPaymentFailed threw', callbackError)
    }
  }

  async function pay(details: CheckoutDetails) {
    if (inFlight.current) return
    if (!paymentCompleteRef.current) return revealProblems()
    inFlight.current = true
    setPhase({ kind: 'submitting' })
    const fingerprint = JSON.stringify([details, shownCart.total])
    if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newIdempotencyKey() }
    const idempotencyKey = attempt.current.key
    sendPaymentInfo()
    let orderId: string | undefined
    let completion: CheckoutCompletion
    try {
      const order = await onCreateOrder({ checkoutId, idempotencyKey, details, cart: shownCart })
      orderId = order.orderId
      const paid = order.cart ?? shownCart
      const result = await adapter.confirm({ orderId, amount: paid.total, idempotencyKey, billingDetails: billingDetails(details) })
      if (result.status !== 'succeeded') {
        const [reason, fallback] = result.status === 'failed' ? [result.reason, t('checkout.guest.failed')] : ['requires_action', t('checkout.guest.requiresAction')]
        return fail(reason, result.message ?? fallback, { orderId, reason, ...(result.message ? { message: result.message } : {}) })
      }
      const { subtotal, shipping, tax, discount, total, coupon } = paid
      track('order_completed', { orderId, items: cartItems(paid), subtotal, shipping, tax, discount, total, ...(coupon ? { coupon } : {}) })
      clearDetails(checkoutId)
      attempt.current = undefined
      setPhase({ kind: 'succeeded', orderId, email: details.email })
      completion = { orderId, paymentId: result.paymentId, details, saveDetails: details.saveDetails, cart: paid }
    } catch (payError) {
      // The app's words for the payer; any other error is technical and gets the generic message.
      if (orderId === undefined && isCheckoutError(payError) && payError.message) return fail(payError.code ?? 'order_rejected', payError.message)
      if (process.env.NODE_ENV !== 'production') console.warn('[journeykit] GuestCheckout: the order or payment request failed', payError)
      return fail('network_error', t('checkout.guest.network'), orderId === undefined ? undefined : { orderId, reason: 'network_error' })
    } finally {
      inFlight.current = false
    }
    // Paid: a failing onComplete must not turn the confirmation back into a payment error.
    try {
      await onComplete?.(completion)
    } catch (completeError) {
      if (process.env.NODE_ENV !== 'production') console.warn('[journeykit] GuestCheckout: onComplete failed', completeError)
    }
  }

  async function applyCoupon(code: string): Promise<CouponOutcome> {
    const outcome = await onApplyCoupon!(code)
    if (outcome.status === 'applied' && outcome.cart) setOverride({ base: cart, cart: outcome.cart })
    return outcome
  }

  const rootProps = { ...props, ref, 'data-jk-guest-checkout': '', 'data-stage': 'purchase', 'data-test-mode': adapter.testMode ? '' : undefined }
  if (status !== 'ready') {
    return (
      <div {...rootProps} data-state={status}>
        {status === 'loading' ? <LoadingState /> : <ErrorState message={error} onRetry={onRetry} />}
      </div>
    )
  }
  if (phase.kind === 'succeeded') {
    return (
      <div {...rootProps} data-state="succeeded">
        <section ref={confirmationRef} tabIndex={-1} role="status" data-part="confirmation">
          <h2>{t('checkout.guest.successTitle')}</h2>
          <p>{t('checkout.guest.success', { orderId: phase.orderId, email: phase.email })}</p>
        </section>
        <OrderSummary cart={shownCart} />
      </div>
    )
  }

  const regionLabel = rule.region ? t(`checkout.guest.${rule.region}`) : t('checkout.guest.region')
  const label = (name: CheckoutField): string =>
    name === 'region' ? regionLabel : name === 'postalCode' ? t(`checkout.guest.${rule.postalLabel}`) : t(`checkout.guest.${name}` as MessageKey)
  const errorText = (name: CheckoutField): string | undefined => {
    const key = formState.errors[name]?.message as FieldErrorKey | undefined
    if (!key) return undefined
    if (key === 'required') return t('checkout.guest.error.required', { field: label(name) })
    if (key === 'postalCode') return t('checkout.guest.error.postalCode', { field: label(name), example: rule.postalExample ?? '' })
    return t(`checkout.guest.error.${key}`)
  }
  const problems = showSummary
    ? [
        ...FIELD_ORDER.flatMap((name) => {
          const text = errorText(name)
          return text ? [{ id: fieldId(name), message: text }] : []
        }),
        ...(paymentComplete ? [] : [{ id: fieldId('payment'), message: t('checkout.guest.error.payment') }]),
      ]
    : []
  const field = (name: CheckoutField, autoComplete: string, extra: { type?: string; required?: boolean; inputMode?: 'email' | 'tel' } = {}) => (
    <Field data-field={name} controlId={fieldId(name)} label={label(name)} error={errorText(name)} required={extra.required ?? true}>
      {(control) => <input {...control} type={extra.type} inputMode={extra.inputMode} autoComplete={autoComplete} {...register(name)} />}
    </Field>
  )
  const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : undefined
  const submitting = phase.kind === 'submitting'
  const { Element } = adapter

  return (
    <div {...rootProps} data-state={phase.kind}>
      <form
        noValidate
        data-part="form"
        aria-labelledby={fieldId('title')}
        onSubmit={handleSubmit(pay, revealProblems)}
      >
        <h2 id={fieldId('title')} data-part="title">
          {t('checkout.guest.title')}
        </h2>
        <ErrorSummary
          title={t('checkout.guest.summaryTitle', { count: problems.length })}
          errors={problems}
          headingLevel={3}
          focusKey={summaryFocus || undefined}
        />
        <fieldset data-part="contact" disabled={submitting}>
          <legend>{t('checkout.guest.contact')}</legend>
          {field('email', 'email', { type: 'email', inputMode: 'email' })}
          {field('phone', 'tel', { type: 'tel', inputMode: 'tel', required: false })}
        </fieldset>
        <fieldset data-part="address" disabled={submitting}>
          <legend>{t('checkout.guest.address')}</legend>
          <Field controlId={fieldId('country')} label={label('country')} required>
            {(control) => (
              <select {...control} autoComplete="shipping country" {...register('country')}>
                {countries.map((code) => (
                  <option key={code} value={code}>
                    {regionNames?.of(code) ?? code}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {field('givenName', 'shipping given-name')}
          {field('familyName', 'shipping family-name')}
          {field('line1', 'shipping address-line1')}
          {field('line2', 'shipping address-line2', { required: false })}
          {field('city', 'shipping address-level2')}
          {rule.region && field('region', 'shipping address-level1')}
          {field('postalCode', 'shipping postal-code', { required: !!rule.postalPattern })}
        </fieldset>
        <Field group data-part="shipping-methods" controlId={fieldId('shippingMethod')} label={t('checkout.guest.method')} error={errorText('shippingMethod')} required>
          {({ id, ...control }) =>
            shippingMethods.map((method, index) => (
              <label key={method.id} data-part="shipping-method">
                <input type="radio" value={method.id} id={index === 0 ? id : undefined} disabled={submitting} {...control} {...register('shippingMethod')} />
                <span data-part="method-label">{method.label}</span>
                <span data-part="method-price">{method.price.amount === 0 ? t('checkout.guest.free') : <Money value={method.price} />}</span>
                {method.estimate && <span data-part="method-estimate">{estimate(method.estimate, t)}</span>}
              </label>
            ))
          }
        </Field>
        <fieldset data-part="payment" id={fieldId('payment')} aria-labelledby={fieldId('payment-legend')}>
          <legend id={fieldId('payment-legend')}>{t('checkout.guest.payment')}</legend>
          <Element
            amount={shownCart.total}
            onCompleteChange={handleCompleteChange}
            showErrors={showSummary}
            disabled={submitting}
            labelledBy={fieldId('payment-legend')}
          />
        </fieldset>
        <Field data-kind="checkbox" controlId={fieldId('saveDetails')} label={t('checkout.guest.save')} labelAfter>
          {(control) => <input {...control} type="checkbox" disabled={submitting} {...register('saveDetails')} />}
        </Field>
        {phase.kind === 'failed' && <ErrorState data-part="payment-error" message={phase.message} />}
        <div data-part="pay">
          <Button type="submit" size="lg" loading={submitting}>
            {t('checkout.guest.pay', { amount: format.money(shownCart.total) })}
          </Button>
          {trust !== undefined && trust !== null && <div data-part="trust">{trust}</div>}
        </div>
        <VisuallyHidden role="status">{submitting ? t('checkout.guest.processing') : ''}</VisuallyHidden>
      </form>
      <OrderSummary data-part="summary" cart={shownCart} updating={updating}>
        {onApplyCoupon && <CouponField onApply={applyCoupon} disabled={submitting} />}
      </OrderSummary>
    </div>
  )
})

/** "2–4 business days", or "1 business day" when both ends are the same. */
function estimate({ minDays, maxDays }: NonNullable<ShippingOption['estimate']>, t: TranslateFunction<MessageKey>): string {
  const [min, max] = minDays <= maxDays ? [minDays, maxDays] : [maxDays, minDays]
  return min === max ? t('checkout.guest.estimateDays', { count: min }) : t('checkout.guest.estimate', { min, max })
}
