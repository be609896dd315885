import { OrderSummary } from '@journeykit/checkout'
import { Badge, Money, useFormat, type BadgeTone } from '@journeykit/ui'
import { Link } from 'react-router'
import type { AccountOrderSummary, AccountOrderView } from '../lib/account.server'

const STATUS: Record<AccountOrderView['status'], { label: string; tone: BadgeTone; text: string }> = {
  pending: { label: 'Awaiting payment', tone: 'warning', text: 'We have not received the payment for this order yet.' },
  paid: { label: 'Paid', tone: 'info', text: 'Payment received. We are packing your order and will email you when it ships.' },
  fulfilled: { label: 'Shipped', tone: 'success', text: 'Your order is on its way.' },
  refunded: { label: 'Refunded', tone: 'neutral', text: 'This order was refunded. The money goes back to the card you paid with.' },
  cancelled: { label: 'Cancelled', tone: 'danger', text: 'This order was cancelled before payment. Nothing was charged.' },
}

const STEPS = ['Placed', 'Paid', 'Shipped'] as const

function reachedSteps(status: AccountOrderView['status']): number {
  return status === 'fulfilled' ? 3 : status === 'paid' || status === 'refunded' ? 2 : 1
}

/** The shop's time zone, so the server and the browser print the same day. */
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'Europe/Berlin' }

/** The looked-up order: its status as steps, what was bought and what it cost. */
export function AccountOrder({ order }: { order: AccountOrderView }) {
  const format = useFormat()
  const status = STATUS[order.status]
  const reached = reachedSteps(order.status)
  const stopped = order.status === 'refunded' || order.status === 'cancelled'
  return (
    <section className="account-card account-order" aria-labelledby="account-order-title">
      <div className="account-order-head">
        <h2 id="account-order-title">Order {order.id}</h2>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="account-muted">
        Placed on <time dateTime={order.placedAt}>{format.date(order.placedAt, DATE_OPTIONS)}</time> · {order.shippingMethod} shipping
      </p>
      <ol className="account-steps" aria-label="Order progress" data-stopped={stopped || undefined}>
        {STEPS.map((step, index) => (
          <li key={step} data-state={index < reached ? 'done' : 'todo'} aria-current={index === reached - 1 ? 'step' : undefined}>
            <span className="account-step-dot" aria-hidden="true" />
            {step}
            <span className="visually-hidden">{index < reached ? ' (done)' : ' (not yet)'}</span>
          </li>
        ))}
      </ol>
      <p>{status.text}</p>
      <OrderSummary cart={order.cart} className="account-order-summary" />
      {order.products.length > 0 && (
        <p className="account-muted">
          Bought:{' '}
          {order.products.map((product, index) => (
            <span key={product.slug}>
              {index > 0 && ', '}
              <Link to={`/p/${product.slug}`}>{product.name}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  )
}

/** The customer's other orders, each opening on this page. */
export function AccountOrderList({ orders, currentId }: { orders: AccountOrderSummary[]; currentId: string }) {
  const format = useFormat()
  if (orders.length < 2) return null
  return (
    <section className="account-card" aria-labelledby="account-orders-title">
      <h2 id="account-orders-title">Your orders</h2>
      <ul className="account-orders">
        {orders.map((order) => (
          <li key={order.id}>
            <Link to={`/account?order=${encodeURIComponent(order.id)}`} aria-current={order.id === currentId ? 'page' : undefined}>
              <span className="account-orders-id">{order.id}</span>
              <span className="account-muted">
                {format.date(order.placedAt, DATE_OPTIONS)} · {order.itemCount} {order.itemCount === 1 ? 'item' : 'items'}
              </span>
              <Money className="account-orders-total" value={{ amount: order.total, currency: order.currency }} />
              <Badge tone={STATUS[order.status].tone}>{STATUS[order.status].label}</Badge>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
