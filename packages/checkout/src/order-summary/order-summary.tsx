'use client'
import { itemsValue } from '@journeykit/core'
import { ErrorState, LoadingState, Money, useFormat, useMessages, VisuallyHidden } from '@journeykit/ui'
import { useId, type ComponentProps, type ReactNode } from 'react'
import type { CheckoutCart } from '../types'
import { orderSummaryMessages } from './messages'

export interface OrderSummaryProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The server-priced cart; shown as given. */
  cart?: CheckoutCart
  /** True while the app re-prices the cart: the totals are marked busy. */
  updating?: boolean
  /** Defaults to 'ready'. */
  status?: 'loading' | 'error' | 'ready'
  /** The message of the error state. */
  error?: ReactNode
  onRetry?: () => void
  /** Rendered under the lines, e.g. a `CouponField`. */
  children?: ReactNode
}

/** The cart's lines and totals (subtotal, shipping, tax, discount, total), always in view. */
export function OrderSummary({ cart, updating = false, status = 'ready', error, onRetry, children, ...props }: OrderSummaryProps) {
  const t = useMessages(orderSummaryMessages)
  const format = useFormat()
  const titleId = useId()
  const state = status === 'ready' && !cart ? 'loading' : status
  return (
    <section aria-labelledby={titleId} {...props} data-jk-order-summary="" data-stage="purchase" data-state={updating ? 'updating' : state}>
      <h2 id={titleId} data-part="title">
        {t('checkout.orderSummary.title')}
      </h2>
      {state === 'loading' && <LoadingState />}
      {state === 'error' && <ErrorState message={error} onRetry={onRetry} />}
      {state === 'ready' && cart && (
        <>
          <ul data-part="lines">
            {cart.lines.map((line) => (
              <li key={`${line.id}:${line.variant ?? ''}`} data-part="line">
                <span data-part="name">{line.name}</span>
                <span data-part="details">
                  {line.variant && <span data-part="variant">{line.variant}</span>}
                  <span data-part="quantity">{t('checkout.orderSummary.quantity', { count: line.quantity })}</span>
                </span>
                <Money data-part="line-total" value={itemsValue([line])} />
              </li>
            ))}
          </ul>
          {children}
          <dl data-part="totals" aria-busy={updating || undefined}>
            <div data-part="row">
              <dt>{t('checkout.orderSummary.subtotal')}</dt>
              <dd>
                <Money value={cart.subtotal} />
              </dd>
            </div>
            <div data-part="row">
              <dt>{t('checkout.orderSummary.shipping')}</dt>
              <dd>{cart.shipping.amount === 0 ? t('checkout.orderSummary.free') : <Money value={cart.shipping} />}</dd>
            </div>
            {cart.discount.amount !== 0 && (
              <div data-part="row" data-kind="discount">
                <dt>{cart.coupon ? t('checkout.orderSummary.discountCode', { code: cart.coupon }) : t('checkout.orderSummary.discount')}</dt>
                <dd>−{format.money(cart.discount)}</dd>
              </div>
            )}
            <div data-part="row">
              <dt>{t(cart.taxIncluded ? 'checkout.orderSummary.taxIncluded' : 'checkout.orderSummary.tax')}</dt>
              <dd>
                <Money value={cart.tax} />
              </dd>
            </div>
            <div data-part="row" data-kind="total">
              <dt>{t('checkout.orderSummary.total')}</dt>
              <dd>
                <Money value={cart.total} />
              </dd>
            </div>
          </dl>
          <VisuallyHidden role="status" data-part="announcement">
            {updating ? t('checkout.orderSummary.updating') : ''}
          </VisuallyHidden>
        </>
      )}
    </section>
  )
}
