import '../lib/zod-without-eval'
import { CheckoutError, GuestCheckout, type CheckoutCart, type CouponOutcome, type CreatedOrder, type CreateOrderInput, type ShippingOption } from '@journeykit/checkout'
import { PaymentIntentError, PricingError } from '@journeykit/checkout/server'
import type { TrustBadge } from '@journeykit/social-proof'
import { useCallback, useEffect, useRef, useState } from 'react'
import { data, Link, redirect, useLoaderData, useNavigate, type ShouldRevalidateFunction } from 'react-router'
import { useJourneyAttribution } from '../components/checkout-attribution'
import { CheckoutMarketingOptIn } from '../components/checkout-marketing-opt-in'
import { usePaymentAdapter } from '../components/checkout-payment'
import { isRequestError, useActionRequest } from '../components/checkout-request'
import { clearCart } from '../lib/cart.server'
import { getDatabase } from '../lib/db.server'
import { startCheckoutMarketingConsent } from '../lib/email/abandoned-checkout.server'
import { assignVisitor } from '../lib/experiments/assignment.server'
import { CHECKOUT_TRUST_EXPERIMENT } from '../lib/experiments/config'
import { ShopExperiments } from '../lib/experiments/shop-experiments'
import { trustBadgesPosition, TrustBadgesExperiment } from '../lib/experiments/trust-badges-experiment'
import {
  cancelOrder,
  checkoutIdForCart,
  getOrder,
  initialCheckoutQuote,
  orderCheckoutCart,
  OrderValidationError,
  orderUrl,
  parseOrderTouchpoint,
  placeOrder,
  quoteCheckout,
  SoldOutError,
  type CheckoutQuote,
} from '../lib/orders.server'
import { paymentIntentSecret, settleSucceededPayment, stripeClient, testRefunder } from '../lib/payments.server'
import { couponRefusal, SHIPPING_COUNTRIES } from '../lib/pricing.server'
import { clientAddress, rateLimit } from '../lib/rate-limit.server'
import { getShopSession, requireCsrf, sessionHeaders, type ShopSession } from '../lib/session.server'
import { useRootData } from '../root'
import type { Route } from './+types/checkout'
import stylesheet from './checkout.css?url'

export const meta: Route.MetaFunction = () => [{ title: 'Checkout — Northwind Outfitters' }, { name: 'robots', content: 'noindex' }]

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ request }: Route.LoaderArgs) {
  const session = await getShopSession(request)
  const quote = await initialCheckoutQuote(await getDatabase(), session.cartId)
  if (!quote) throw redirect('/cart', { headers: sessionHeaders(session) })
  return data(
    { checkoutId: checkoutIdForCart(session.cartId), quote, countries: [...SHIPPING_COUNTRIES], experiments: assignVisitor(request).assignments },
    { headers: { ...sessionHeaders(session), 'Cache-Control': 'no-store' } },
  )
}

/** Re-pricing after a country or method change: no shipping reload, no other loader. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod?.toUpperCase() === 'POST' ? false : defaultShouldRevalidate

const LIMITS = {
  quote: { limit: 60, windowMs: 60_000 },
  coupon: { limit: 10, windowMs: 60_000 },
  order: { limit: 20, windowMs: 60_000 },
  marketing: { limit: 5, windowMs: 10 * 60_000 },
}
const MAX_BODY_BYTES = 16_384

type Body = Record<string, unknown>
const text = (value: unknown, max = 200) => (typeof value === 'string' && value.length <= max ? value.trim() : '')
const fail = (status: number, error: string, extra: Body = {}) => data({ error, ...extra }, { status })

/**
 * The checkout's JSON requests (a fetcher posts `{ intent, _csrf, ... }`):
 * - `quote` `{ country, shippingMethod, coupon?, email? }` → `CheckoutQuote`
 * - `coupon` `{ code, country, shippingMethod, email? }` → `CouponOutcome` with the re-priced quote
 *   (with the email typed so far, a coupon's per-customer limit is checked as the order will check it)
 * - `place` `{ checkoutId, idempotencyKey, details, coupon?, touchpoint? }` → `{ orderId, cart }`;
 *   409 `{ error, code: 'sold_out' }`, 400 `{ error, fields }`
 * - `payment` `{ orderId, idempotencyKey }` → `{ clientSecret }` (Stripe mode)
 * - `confirm` `{ orderId, paymentId }` → `{ url, status }`: in test mode the order is paid here;
 *   with Stripe the webhook pays it and the confirmation page shows it processing until then.
 * - `release` `{ orderId }` → `{ status }`: the payment failed in the browser; the pending order is
 *   cancelled so its stock goes back on sale (a retry places a new order).
 * - `marketing` `{ email, consent }` → `{ ok: true }`: the optional marketing box was ticked; starts the
 *   double opt-in (source `checkout`) and schedules this cart's abandoned-checkout reminder; 400 `{ error }`.
 */
export async function action({ request }: Route.ActionArgs) {
  try {
    const body = await readJson(request)
    const form = new FormData()
    form.set('_csrf', typeof body._csrf === 'string' ? body._csrf : '')
    const session = await requireCsrf(request, form)
    const address = clientAddress(request)
    const db = await getDatabase()
    switch (body.intent) {
      case 'quote':
        await rateLimit(db, `checkout-quote:${address}`, LIMITS.quote)
        return await quote(session, body)
      case 'coupon':
        await rateLimit(db, `checkout-coupon:${address}`, LIMITS.coupon)
        return await applyCoupon(session, body)
      case 'place':
        await rateLimit(db, `checkout-order:${address}`, LIMITS.order)
        return await place(session, body)
      case 'payment':
        await rateLimit(db, `checkout-order:${address}`, LIMITS.order)
        return await payment(session, body)
      case 'confirm':
        await rateLimit(db, `checkout-order:${address}`, LIMITS.order)
        return await confirm(session, body)
      case 'release':
        await rateLimit(db, `checkout-order:${address}`, LIMITS.order)
        return await release(session, body)
      case 'marketing':
        await rateLimit(db, `checkout-marketing:${address}`, LIMITS.marketing)
        return await marketingConsent(session, body)
      default:
        return fail(400, 'Unknown checkout request.')
    }
  } catch (error) {
    // A refusal thrown as data (CSRF, rate limit, bad JSON) is answered to the fetcher, not the error page.
    if (isThrownData(error)) return error
    throw error
  }
}

async function quote(session: ShopSession, body: Body) {
  const db = await getDatabase()
  const selection = { country: text(body.country, 2), shippingMethod: text(body.shippingMethod, 50) || null, email: text(body.email, 254) || null }
  const coupon = text(body.coupon, 64) || null
  try {
    return await quoteCheckout(db, session.cartId, { ...selection, coupon })
  } catch (error) {
    if (!(error instanceof PricingError)) throw error
    // A coupon that no longer applies is dropped rather than blocking the quote.
    if (coupon && error.code.startsWith('coupon_')) return await quoteCheckout(db, session.cartId, selection)
    return fail(409, cartProblem(error), { code: error.code })
  }
}

async function applyCoupon(session: ShopSession, body: Body) {
  const code = text(body.code, 64)
  if (!code) return data<CouponOutcome>({ status: 'denied', reason: 'coupon_unknown', message: 'Enter a code.' })
  const db = await getDatabase()
  try {
    const quote = await quoteCheckout(db, session.cartId, {
      country: text(body.country, 2),
      shippingMethod: text(body.shippingMethod, 50) || null,
      email: text(body.email, 254) || null,
      coupon: code,
    })
    return data({ status: 'applied' as const, discount: quote.cart.discount, cart: quote.cart, quote })
  } catch (error) {
    if (!(error instanceof PricingError)) throw error
    if (!error.code.startsWith('coupon_')) return fail(409, cartProblem(error), { code: error.code })
    return data<CouponOutcome>({ status: 'denied', reason: error.code, message: couponRefusal(error) })
  }
}

async function place(session: ShopSession, body: Body) {
  const checkoutId = text(body.checkoutId)
  if (checkoutId !== checkoutIdForCart(session.cartId)) {
    return fail(409, 'Your cart changed in another tab. Reload the page to check out what is in it now.', { code: 'stale_checkout' })
  }
  const details = typeof body.details === 'object' && body.details !== null ? (body.details as Body) : {}
  const db = await getDatabase()
  try {
    const { order } = await placeOrder(db, {
      cartId: session.cartId,
      checkoutId,
      idempotencyKey: text(body.idempotencyKey),
      details,
      shippingMethod: text(details.shippingMethod, 50),
      coupon: text(body.coupon, 64) || null,
      anonymousId: session.visitorId,
      touchpoint: parseOrderTouchpoint(body.touchpoint) ?? null,
    })
    return data({ orderId: order.id, cart: orderCheckoutCart(order) })
  } catch (error) {
    if (error instanceof SoldOutError) return fail(409, `${error.message} Remove it from your cart or lower the quantity to continue.`, { code: 'sold_out', item: error.item })
    if (error instanceof OrderValidationError) return fail(400, error.message, { code: 'invalid', fields: error.fields })
    if (error instanceof PricingError) {
      const message = error.code.startsWith('coupon_') ? `${couponRefusal(error)} Remove the code to continue.` : cartProblem(error)
      return fail(409, message, { code: error.code })
    }
    throw error
  }
}

async function marketingConsent(session: ShopSession, body: Body) {
  const result = await startCheckoutMarketingConsent(await getDatabase(), { cartId: session.cartId, email: text(body.email, 254), consent: body.consent })
  return result.ok ? data({ ok: true }) : fail(400, result.error, { field: result.field })
}

/** The order placed by this session's checkout, or null. */
async function sessionOrder(session: ShopSession, orderId: string) {
  const order = orderId ? await getOrder(await getDatabase(), orderId) : null
  return order && order.checkoutId === checkoutIdForCart(session.cartId) ? order : null
}

async function payment(session: ShopSession, body: Body) {
  const stripe = stripeClient()
  if (!stripe) return fail(404, 'Card payments run in test mode in this shop.')
  const order = await sessionOrder(session, text(body.orderId, 64))
  if (!order) return fail(404, 'We could not find that order.')
  if (order.status !== 'pending') return fail(409, 'This order has already been paid or closed.', { code: 'not_pending' })
  try {
    return data({ clientSecret: await paymentIntentSecret(stripe, order, text(body.idempotencyKey)) })
  } catch (error) {
    if (error instanceof PaymentIntentError) return fail(502, 'The payment service refused the payment. Try again in a moment.', { code: error.code })
    throw error
  }
}

async function confirm(session: ShopSession, body: Body) {
  const db = await getDatabase()
  const order = await sessionOrder(session, text(body.orderId, 64))
  if (!order) return fail(404, 'We could not find that order.')
  let status = order.status
  if (!stripeClient()) {
    // Test mode: the offline adapter's approval is the payment (no money moves).
    const paymentId = text(body.paymentId, 100)
    if (!/^pi_test_[a-z0-9]+$/i.test(paymentId)) return fail(400, 'The test payment id is not valid.')
    const settled = await settleSucceededPayment(db, { orderId: order.id, paymentId, amount: order.total }, testRefunder)
    if (settled.outcome !== 'paid') {
      return fail(409, 'This order can no longer be paid (it was cancelled or paid already), so this payment was refunded.', { code: 'refunded' })
    }
    status = settled.order.status
  }
  await clearCart(db, session.cartId)
  return data({ url: orderUrl(order.id), status })
}

async function release(session: ShopSession, body: Body) {
  const order = await sessionOrder(session, text(body.orderId, 64))
  if (!order) return fail(404, 'We could not find that order.')
  if (order.status !== 'pending') return data({ status: order.status })
  return data({ status: (await cancelOrder(await getDatabase(), order.id)).status })
}

function cartProblem(error: PricingError): string {
  switch (error.code) {
    case 'empty_cart':
      return 'Your cart is empty.'
    case 'out_of_stock':
      return `${error.message} Update your cart to continue.`
    case 'shipping_unavailable':
      return 'The shipping method you chose does not deliver to this country. Choose another one.'
    default:
      return 'Your cart changed. Reload the page to see what is in it now.'
  }
}

async function readJson(request: Request): Promise<Body> {
  const body = await request.text()
  if (body.length > MAX_BODY_BYTES) throw data({ error: 'The request is too large.' }, { status: 413 })
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Body
  } catch {
    // answered below
  }
  throw data({ error: 'Send the checkout request as a JSON object.' }, { status: 400 })
}

function isThrownData(value: unknown): value is ReturnType<typeof data> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'DataWithResponseInit'
}

// ---------------------------------------------------------------------------------------------

const TRUST_BADGES: TrustBadge[] = [
  { kind: 'secure-payment', description: 'Encrypted checkout; card details never touch our servers.' },
  { kind: 'free-returns', description: 'Within 30 days, with a prepaid label.' },
  { kind: 'guarantee', title: '2-year guarantee', description: 'Repaired or replaced if anything fails.' },
]

export default function CheckoutPage() {
  const initial = useLoaderData<typeof loader>()
  const { csrf, config } = useRootData()
  const navigate = useNavigate()
  const attribution = useJourneyAttribution()
  const [quoted, setQuoted] = useState<CheckoutQuote>(initial.quote)
  const [notice, setNotice] = useState<{ tone: 'error' | 'info'; text: string; cartLink?: boolean } | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const selection = useRef({ country: initial.quote.country, shippingMethod: initial.quote.shippingMethod ?? '', coupon: initial.quote.cart.coupon ?? '' })

  const quoteRequest = useActionRequest<CheckoutQuote>(csrf)
  const couponRequest = useActionRequest<CouponOutcome & { quote?: CheckoutQuote }>(csrf)
  const placeRequest = useActionRequest<CreatedOrder>(csrf)
  const paymentRequest = useActionRequest<{ clientSecret: string }>(csrf)
  const confirmRequest = useActionRequest<{ url: string; status: string }>(csrf)
  const releaseRequest = useActionRequest<{ status: string }>(csrf)
  const marketingRequest = useActionRequest<{ ok: true }>(csrf)
  // the checkout form's email as the visitor types it, for the marketing box outside the form
  const [checkoutEmail, setCheckoutEmail] = useState('')
  const trackEmail = (event: { target: EventTarget }) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'email') setCheckoutEmail(event.target.value)
  }
  const onMarketingConsent = useCallback(
    async (email: string) => {
      const answer = await marketingRequest({ intent: 'marketing', email, consent: true })
      return isRequestError(answer) ? answer.error : null
    },
    [marketingRequest],
  )
  // The order of the payment under way, and the release of one whose payment failed.
  const payingOrder = useRef<string | undefined>(undefined)
  const releasing = useRef<Promise<unknown>>(Promise.resolve())

  // A failed payment gives the order's stock back at once; retrying places a new order.
  function onPaymentFailed({ orderId }: { orderId: string }) {
    payingOrder.current = undefined
    releasing.current = releaseRequest({ intent: 'release', orderId }).catch(() => undefined)
  }

  const adapter = usePaymentAdapter({
    stripePublishableKey: config.stripePublishableKey,
    async getClientSecret({ orderId, idempotencyKey }) {
      const answer = await paymentRequest({ intent: 'payment', orderId, idempotencyKey })
      if (isRequestError(answer)) throw new Error(answer.error)
      return answer.clientSecret
    },
  })

  useEffect(() => {
    if (notice?.tone === 'error') noticeRef.current?.focus()
  }, [notice])

  const show = useCallback((next: CheckoutQuote) => {
    setQuoted(next)
    selection.current = { country: next.country, shippingMethod: next.shippingMethod ?? selection.current.shippingMethod, coupon: next.cart.coupon ?? '' }
    setNotice(next.shippingNotice ? { tone: 'info', text: next.shippingNotice } : null)
  }, [])

  async function onQuote({ country, shippingMethod }: { country: string; shippingMethod: string }): Promise<CheckoutCart | void> {
    selection.current = { ...selection.current, country, shippingMethod }
    const answer = await quoteRequest({ intent: 'quote', country, shippingMethod, coupon: selection.current.coupon, email: checkoutEmail })
    if (isRequestError(answer)) {
      setNotice({ tone: 'error', text: answer.error, cartLink: true })
      return
    }
    show(answer)
    return answer.cart
  }

  async function onApplyCoupon(code: string): Promise<CouponOutcome> {
    const { country, shippingMethod } = selection.current
    const answer = await couponRequest({ intent: 'coupon', code, country, shippingMethod, email: checkoutEmail })
    if (isRequestError(answer)) return { status: 'denied', reason: answer.code ?? 'error', message: answer.error }
    if (answer.status === 'applied' && answer.quote) {
      show(answer.quote)
      return { status: 'applied', discount: answer.discount, cart: answer.quote.cart }
    }
    return answer
  }

  async function onCreateOrder({ checkoutId, idempotencyKey, details }: CreateOrderInput): Promise<CreatedOrder> {
    setNotice(null)
    await releasing.current
    const answer = await placeRequest({
      intent: 'place',
      checkoutId,
      idempotencyKey,
      details,
      coupon: selection.current.coupon,
      touchpoint: attribution.current,
    })
    if (isRequestError(answer)) {
      // the block shows the shop's message to the payer; the page adds the way back to the cart
      if (answer.code === 'sold_out' || answer.code === 'out_of_stock' || answer.code === 'stale_checkout') {
        setNotice({ tone: 'error', text: 'Your cart needs a look before you pay.', cartLink: true })
      }
      throw new CheckoutError(answer.error, { code: answer.code })
    }
    payingOrder.current = answer.orderId
    return answer
  }

  async function onComplete({ orderId, paymentId }: { orderId: string; paymentId: string }) {
    payingOrder.current = undefined
    setNotice({ tone: 'info', text: 'Payment received. Confirming your order…' })
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const answer = await confirmRequest({ intent: 'confirm', orderId, paymentId })
        if (isRequestError(answer)) {
          setNotice({ tone: 'error', text: answer.error })
          return
        }
        navigate(answer.url, { replace: true })
        return
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)))
      }
    }
    setNotice({ tone: 'error', text: `Your payment went through, but we could not confirm order ${orderId} yet. Keep this page open and reload it in a moment.` })
  }

  const shippingMethods: ShippingOption[] = quoted.shippingOptions
  const trustPosition = trustBadgesPosition(initial.experiments[CHECKOUT_TRUST_EXPERIMENT]?.variant)
  const trust = <TrustBadgesExperiment badges={TRUST_BADGES} />
  return (
    <ShopExperiments assignments={initial.experiments}>
      <div className="checkout-page">
      <div className="checkout-heading">
        <h1 className="page-title">Checkout</h1>
        <Link to="/cart" className="checkout-back">
          Back to cart
        </Link>
      </div>
      <noscript>
        <p className="checkout-notice" data-tone="error">
          Checkout needs JavaScript for the secure payment form. Turn it on and reload this page.
        </p>
      </noscript>
      <div ref={noticeRef} tabIndex={-1} role={notice?.tone === 'error' ? 'alert' : 'status'} className="checkout-notice" data-tone={notice?.tone} hidden={!notice}>
        {notice?.text}
        {notice?.cartLink && (
          <>
            {' '}
            <Link to="/cart">Review your cart</Link>
          </>
        )}
      </div>
      {quoted.taxNote && <p className="checkout-tax-note">{quoted.taxNote}</p>}
      {trustPosition === 'above-form' && trust}
      <CheckoutMarketingOptIn email={checkoutEmail} shopName="Northwind Outfitters" onConsent={onMarketingConsent} />
      <div className="checkout-form" onChange={trackEmail} onBlur={trackEmail}>
      <GuestCheckout
        checkoutId={initial.checkoutId}
        cart={quoted.cart}
        shippingMethods={shippingMethods}
        adapter={adapter}
        countries={initial.countries}
        defaultValues={{ country: initial.quote.country, shippingMethod: initial.quote.shippingMethod ?? '' }}
        onQuote={onQuote}
        onApplyCoupon={onApplyCoupon}
        onCreateOrder={onCreateOrder}
        onComplete={onComplete}
        onPaymentFailed={onPaymentFailed}
        trust={trustPosition === 'beside-pay' ? trust : undefined}
      />
      </div>
      </div>
    </ShopExperiments>
  )
}
