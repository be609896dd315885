import { OrderSummary } from '@journeykit/checkout'
import { NpsSurvey, ReferralPanel, type SurveyAnswer } from '@journeykit/loyalty'
import { useEffect, useRef, useState } from 'react'
import { Recommendations } from '@journeykit/discovery'
import { data, Link, useLoaderData, useRevalidator } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { recommendProducts } from '../lib/recommendations/recommendations.server'
import { env } from '../lib/env.server'
import { orderPoints } from '../lib/loyalty.server'
import { checkoutIdForCart, getOrder, isOrderAccessToken, orderCheckoutCart, type Order } from '../lib/orders.server'
import { SHIPPING_METHODS } from '../lib/pricing.server'
import { REFERRAL_CONFIG, referralForCustomer } from '../lib/referrals.server'
import { linkedNpsScore } from '../lib/email/after-fulfilment.server'
import { reviewLinkPath } from '../lib/email/review-link.server'
import { getShopSession, sessionHeaders } from '../lib/session.server'
import { useRootData } from '../root'
import type { Route } from './+types/order'
import stylesheet from './order.css?url'

export const meta: Route.MetaFunction = ({ data: loaded }) => [
  { title: loaded ? `Order ${loaded.order.id} — Northwind Outfitters` : 'Order — Northwind Outfitters' },
  { name: 'robots', content: 'noindex' },
]

/** Survey id of the post-purchase NPS question (one answer per order). */
const SURVEY_ID = 'order-nps'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await getShopSession(request)
  const db = await getDatabase()
  const url = new URL(request.url)
  const token = url.searchParams.get('token')
  const order = await getOrder(db, params.orderId)
  // The link's token or the browser that placed it; anyone else learns nothing, not even that it exists.
  const allowed = order && (isOrderAccessToken(order.id, token) || order.checkoutId === checkoutIdForCart(session.cartId))
  if (!order || !allowed) throw data('Order not found', { status: 404 })

  const paid = order.status === 'paid' || order.status === 'fulfilled'
  const ordered = order.lines.map((line) => line.productId)
  const [points, referral, answered, recommended] = await Promise.all([
    orderPoints(db, order.id),
    paid ? referralForCustomer(db, order.customerId, { origin: env.shopUrl }) : null,
    db.query('SELECT 1 FROM survey_responses WHERE survey_id = $1 AND order_id = $2', [SURVEY_ID, order.id]),
    ordered.length ? recommendProducts(db, 'bought-together', ordered[0]!, 4, { exclude: ordered }) : [],
  ])
  return data(
    {
      order: orderView(order),
      cart: orderCheckoutCart(order),
      token: isOrderAccessToken(order.id, token) ? token : null,
      points,
      referral,
      rewards: { referee: REFERRAL_CONFIG.refereeReward, referrer: REFERRAL_CONFIG.referrerReward },
      delivery: deliveryEstimate(order),
      surveyAnswered: answered.rows.length > 0,
      linkedScore: linkedNpsScore(url),
      recommended,
    },
    { headers: { ...sessionHeaders(session), 'Cache-Control': 'private, no-store' } },
  )
}

/** What the page shows of an order (no payment or visitor ids). */
function orderView(order: Order) {
  const method = SHIPPING_METHODS.find((candidate) => candidate.id === order.shippingMethod)
  const { address } = order
  return {
    id: order.id,
    status: order.status,
    email: order.email,
    firstName: address.givenName,
    shippingMethod: method?.label ?? order.shippingMethod,
    address: [
      `${address.givenName} ${address.familyName}`,
      address.line1,
      address.line2,
      [address.postalCode, address.city].filter(Boolean).join(' '),
      address.region,
      new Intl.DisplayNames(['en'], { type: 'region' }).of(address.country) ?? address.country,
    ].filter(Boolean),
    createdAt: order.createdAt,
    products: uniqueProducts(order),
  }
}

function uniqueProducts(order: Order) {
  const seen = new Map<string, { id: string; name: string; reviewPath: string }>()
  for (const line of order.lines) {
    if (!seen.has(line.productId)) seen.set(line.productId, { id: line.productId, name: line.name, reviewPath: reviewLinkPath(line.slug, line.productId, order.id) })
  }
  return [...seen.values()]
}

/** Dispatch the next business day after payment, delivery within the method's estimate after that. */
function deliveryEstimate(order: Order): { dispatchBy: string; from: string; to: string } | null {
  const estimate = SHIPPING_METHODS.find((method) => method.id === order.shippingMethod)?.estimate
  if (!estimate) return null
  const dispatch = addBusinessDays(new Date(order.paidAt ?? order.createdAt), 1)
  return {
    dispatchBy: dispatch.toISOString(),
    from: addBusinessDays(dispatch, estimate.minDays).toISOString(),
    to: addBusinessDays(dispatch, estimate.maxDays).toISOString(),
  }
}

function addBusinessDays(start: Date, days: number): Date {
  const date = new Date(start)
  let left = days
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1)
    const weekday = date.getUTCDay()
    if (weekday !== 0 && weekday !== 6) left -= 1
  }
  return date
}

const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(iso))

/** How long the page waits for the payment webhook before asking the customer to come back later. */
const PROCESSING_POLLS = 20

export default function OrderPage() {
  const { order, cart, token, points, referral, rewards, delivery, surveyAnswered, linkedScore, recommended } = useLoaderData<typeof loader>()
  const { csrf } = useRootData()
  const revalidator = useRevalidator()
  const polls = useRef(0)
  const [waitedOut, setWaitedOut] = useState(false)
  const processing = order.status === 'pending'

  // With Stripe the webhook confirms the payment: look again every few seconds until it has.
  useEffect(() => {
    if (!processing) return
    if (polls.current >= PROCESSING_POLLS) return setWaitedOut(true)
    const timer = setTimeout(() => {
      polls.current += 1
      void revalidator.revalidate()
    }, 3000)
    return () => clearTimeout(timer)
  }, [processing, revalidator, revalidator.state])

  async function submitSurvey(answer: SurveyAnswer) {
    const response = await fetch('/api/surveys', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...answer, orderId: order.id, token, _csrf: csrf }),
    })
    if (!response.ok) throw new Error(`The survey answer was refused (${response.status})`)
  }

  const scrollTo = (id: string) => {
    const target = document.getElementById(id)
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' })
    target?.focus({ preventScroll: true })
  }
  const paid = order.status === 'paid' || order.status === 'fulfilled'

  return (
    <div className="order-page" data-status={order.status}>
      <header className="order-hero">
        <p className="order-number">Order {order.id}</p>
        <h1 className="page-title">{heading(order.status, order.firstName)}</h1>
        <p className="order-lead" role={processing ? 'status' : undefined}>
          {waitedOut && processing
            ? 'This is taking longer than usual. Reload this page in a few minutes, or find the order in your account with your email and order number.'
            : lead(order.status, order.email)}
        </p>
      </header>

      <div className="order-layout">
        <div className="order-main">
          {paid && (
            <section className="order-card" aria-labelledby="next-title">
              <h2 id="next-title">What happens next</h2>
              <ol className="order-steps">
                <li>
                  <strong>Confirmation email.</strong> Your receipt goes to <span className="order-email">{order.email}</span>.
                </li>
                {delivery && (
                  <li>
                    <strong>Dispatch.</strong> We pack your order and hand it to the carrier by {day(delivery.dispatchBy)}; the tracking link follows by
                    email.
                  </li>
                )}
                {delivery && (
                  <li>
                    <strong>{order.shippingMethod} delivery.</strong> Expected between {day(delivery.from)} and {day(delivery.to)}.
                  </li>
                )}
                <li>
                  <strong>Changed your mind?</strong> Returns are free within 30 days. Look up this order any time in your{' '}
                  <Link to="/account">account</Link> with your email and order number.
                </li>
              </ol>
            </section>
          )}

          {paid && (
            <section className="order-card order-points" aria-labelledby="points-title">
              <h2 id="points-title">Rewards club</h2>
              {points > 0 ? (
                <p>
                  You earned <strong className="order-points-value">{points} points</strong> with this order. Spend them on free shipping or money
                  off your next order in your <Link to="/account">account</Link>.
                </p>
              ) : (
                <p>
                  This order earned no points. See how points work in your <Link to="/account">account</Link>.
                </p>
              )}
            </section>
          )}

          {referral && (
            <ReferralPanel
              id="refer"
              tabIndex={-1}
              className="order-referral"
              referralCode={referral.code}
              referralUrl={referral.url}
              refereeReward={rewards.referee}
              referrerReward={rewards.referrer}
              stats={referral.stats}
            />
          )}

          {paid && !surveyAnswered && (
            // The invitation's score links land here (#survey) with their score chosen: one click on Send records it.
            <div id="survey">
              <NpsSurvey
                surveyId={SURVEY_ID}
                className="order-survey"
                defaultScore={linkedScore ?? undefined}
                onSubmit={submitSurvey}
                onRefer={referral ? () => scrollTo('refer') : undefined}
                onReview={() => scrollTo('review')}
              />
            </div>
          )}

          {paid && order.products.length > 0 && (
            <section id="review" tabIndex={-1} className="order-card" aria-labelledby="review-title">
              <h2 id="review-title">Review what you bought</h2>
              <p>Once it has arrived, tell other customers what you think: your review shows as a verified purchase.</p>
              <ul className="order-review-links">
                {order.products.map((product) => (
                  <li key={product.id}>
                    <Link to={product.reviewPath}>Review {product.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {!paid && !processing && (
            <p className="order-card">
              <Link to="/">Continue shopping</Link>
            </p>
          )}
        </div>

        <aside className="order-aside" aria-label="Order details">
          <OrderSummary cart={cart} />
          <section className="order-card order-shipping" aria-labelledby="ship-title">
            <h2 id="ship-title">Shipping to</h2>
            <address>
              {order.address.map((line, index) => (
                <span key={index}>{line}</span>
              ))}
            </address>
            <p>{order.shippingMethod} shipping</p>
          </section>
        </aside>
      </div>
      <Recommendations slot="bought-together" heading="Customers who bought this also bought" products={recommended} layout="carousel" />
    </div>
  )
}

function heading(status: string, firstName: string): string {
  switch (status) {
    case 'pending':
      return `Thank you, ${firstName}! We are confirming your payment.`
    case 'cancelled':
      return 'This order was cancelled'
    case 'refunded':
      return 'This order was refunded'
    case 'fulfilled':
      return `Your order is on its way, ${firstName}`
    default:
      return `Thank you, ${firstName}! Your order is confirmed.`
  }
}

function lead(status: string, email: string): string {
  switch (status) {
    case 'pending':
      return 'Payment processing… This page updates by itself as soon as your bank confirms it; it usually takes a few seconds.'
    case 'cancelled':
      return 'The payment did not go through, so nothing was charged and the items went back on sale.'
    case 'refunded':
      return `The refund was sent to your original payment method. A confirmation went to ${email}.`
    default:
      return 'We have received your payment. Here is what happens next.'
  }
}

export function ErrorBoundary() {
  return (
    <div className="order-page error-page">
      <h1 className="page-title">Order not found</h1>
      <p>This link does not open an order. Use the link from your confirmation email, or look the order up with your email and order number.</p>
      <p>
        <Link to="/account">Find your order</Link> · <Link to="/">Back to the shop</Link>
      </p>
    </div>
  )
}
