import { Button, Money } from '@journeykit/ui'
import { data, Form, Link, redirect, useNavigation } from 'react-router'
import { FormField } from '../components/form-field'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { adminLocale, formatAmount, formatDateTime, useAdminText, type AdminMessageKey } from '../lib/admin/messages'
import { cancelUnpaidOrder, configuredRefunder, fulfilOrder, orderDetail, refundOrderAmount } from '../lib/admin/orders.server'
import { attempt, formText, parseAmount, type ActionFailure } from '../lib/admin/route-kit.server'
import { OrderStatusBadge } from '../lib/admin/status-badge'
import { getDatabase } from '../lib/db.server'
import { useRootData } from '../root'
import type { Route } from './+types/admin.order'

const DONE_INTENTS = ['fulfil', 'refund', 'cancel'] as const
type Intent = (typeof DONE_INTENTS)[number]

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'orders')
  const detail = await orderDetail(db, params.orderId)
  if (!detail) throw data('Not found', { status: 404 })
  const done = DONE_INTENTS.find((intent) => intent === new URL(request.url).searchParams.get('done')) ?? null
  // A fresh key per rendered refund form: submitting the same form twice refunds once.
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const text = {
    created: formatDateTime(locale, detail.order.createdAt),
    paid: detail.order.paidAt ? formatDateTime(locale, detail.order.paidAt) : null,
    refunds: Object.fromEntries(detail.refunds.map((refund) => [refund.id, formatDateTime(locale, refund.createdAt)])),
    refundable: formatAmount(locale, detail.refundable),
  }
  return { ...detail, text, done, refundKey: crypto.randomUUID() }
}

export async function action({ request, params }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const { staff } = await requireStaffAction(db, request, form, 'orders')
  const intent = formText(form, 'intent')
  const orderId = params.orderId
  const done = (name: Intent) => redirect(`/admin/orders/${encodeURIComponent(orderId)}?done=${name}`)
  if (intent === 'fulfil') {
    return attempt(intent, async () => {
      await fulfilOrder(db, staff, orderId, { carrier: formText(form, 'carrier'), trackingNumber: formText(form, 'trackingNumber') })
      return done('fulfil')
    })
  }
  if (intent === 'refund') {
    return attempt(intent, async () => {
      const amount = parseAmount(formText(form, 'amount'))
      await refundOrderAmount(db, staff, orderId, { amount, reason: formText(form, 'reason'), key: formText(form, 'refundKey') }, configuredRefunder())
      return done('refund')
    })
  }
  if (intent === 'cancel') {
    return attempt(intent, async () => {
      await cancelUnpaidOrder(db, staff, orderId)
      return done('cancel')
    })
  }
  throw data('Unknown action', { status: 400 })
}

export default function AdminOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { order, fulfilment, refunds, refundable, done, refundKey, text } = loaderData
  const failure = actionData as ActionFailure | undefined
  const address = order.address
  return (
    <article aria-labelledby="order-title" className="admin">
      <p>
        <Link to="/admin/orders">{t('order.back')}</Link>
      </p>
      <h1 id="order-title">
        {t('order.title', { id: order.id })} <OrderStatusBadge status={order.status} />
      </h1>
      {done ? (
        <p className="admin-notice" role="status">
          {t(`order.saved.${done}`)}
        </p>
      ) : null}
      {failure?.error?.startsWith('state:') ? (
        <p className="admin-error" role="alert">
          {t('order.stateChanged', { status: t(`status.${failure.error.slice(6)}` as AdminMessageKey) })}
        </p>
      ) : null}
      <p>
        {text.created} · {order.email}
      </p>
      <div className="admin-grid">
        <div className="admin">
          <section aria-labelledby="lines-title" className="admin-card">
            <h2 id="lines-title">{t('order.lines')}</h2>
            <div className="admin-table-wrap">
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t('order.product')}</th>
                    <th scope="col" className="admin-number">
                      {t('order.quantity')}
                    </th>
                    <th scope="col" className="admin-number">
                      {t('order.unitPrice')}
                    </th>
                    <th scope="col" className="admin-number">
                      {t('orders.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {order.lines.map((line) => (
                    <tr key={line.variantId}>
                      <th scope="row">
                        {line.name} — {line.variantLabel}
                      </th>
                      <td className="admin-number">{line.quantity}</td>
                      <td className="admin-number">
                        <Money value={line.unitPrice} />
                      </td>
                      <td className="admin-number">
                        <Money value={line.total} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl className="admin-totals">
              <dt>{t('order.subtotal')}</dt>
              <dd>
                <Money value={order.subtotal} />
              </dd>
              <dt>{t('order.discount')}</dt>
              <dd>
                <Money value={order.discount} />
              </dd>
              <dt>{t('order.shipping')}</dt>
              <dd>
                <Money value={order.shipping} />
              </dd>
              <dt>{t('order.tax')}</dt>
              <dd>
                <Money value={order.tax} />
              </dd>
              <dt>{t('orders.total')}</dt>
              <dd>
                <strong>
                  <Money value={order.total} />
                </strong>
              </dd>
            </dl>
          </section>
          <section aria-labelledby="payment-title" className="admin-card">
            <h2 id="payment-title">{t('order.payment')}</h2>
            {order.paidAt ? (
              <p>
                {t('order.paidAt')}: {text.paid} · {t('order.paymentId')}: <code>{order.paymentId}</code>
              </p>
            ) : (
              <p>{t('order.notPaid')}</p>
            )}
            <h3>{t('order.refunds')}</h3>
            {refunds.length === 0 ? (
              <p>{t('order.noRefunds')}</p>
            ) : (
              <ul>
                {refunds.map((refund) => (
                  <li key={refund.id}>
                    <Money value={refund.amount} /> · {text.refunds[refund.id]} · {refund.reason} · <code>{refund.providerRefundId}</code>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="address-title" className="admin-card">
            <h2 id="address-title">{t('order.shipTo')}</h2>
            <address>
              {address.givenName} {address.familyName}
              <br />
              {address.line1}
              {address.line2 ? (
                <>
                  <br />
                  {address.line2}
                </>
              ) : null}
              <br />
              {address.postalCode} {address.city} {address.region} · {address.country}
            </address>
          </section>
        </div>
        <div className="admin">
          {order.status === 'paid' || order.status === 'fulfilled' ? (
            <FulfilForm failure={failure?.intent === 'fulfil' ? failure : undefined} fulfilment={fulfilment} />
          ) : null}
          {refundable.amount > 0 ? <RefundForm failure={failure?.intent === 'refund' ? failure : undefined} refundable={refundable} refundableText={text.refundable} refundKey={refundKey} /> : null}
          {order.status === 'pending' ? <CancelForm /> : null}
        </div>
      </div>
    </article>
  )
}

function useBusy(intent: string) {
  const navigation = useNavigation()
  return navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
}

function FulfilForm({ failure, fulfilment }: { failure: ActionFailure | undefined; fulfilment: { carrier: string; trackingNumber: string } | null }) {
  const { t } = useAdminText()
  const { csrf } = useRootData()
  const busy = useBusy('fulfil')
  return (
    <section aria-labelledby="fulfil-title" className="admin-card">
      <h2 id="fulfil-title">{t('order.fulfil')}</h2>
      {fulfilment ? <p>{t('order.fulfilled', fulfilment)}</p> : null}
      <Form method="post" className="admin-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="intent" value="fulfil" />
        <FormField id="carrier" className="admin-field" label={t('order.carrier')} name="carrier" required defaultValue={fulfilment?.carrier} error={failure?.fields?.carrier} />
        <FormField
          id="tracking-number"
          className="admin-field"
          label={t('order.trackingNumber')}
          name="trackingNumber"
          required
          defaultValue={fulfilment?.trackingNumber}
          error={failure?.fields?.trackingNumber}
        />
        <Button type="submit" loading={busy}>
          {t('order.fulfilSubmit')}
        </Button>
      </Form>
    </section>
  )
}

function RefundForm({
  failure,
  refundable,
  refundableText,
  refundKey,
}: {
  failure: ActionFailure | undefined
  refundable: { amount: number; currency: string }
  refundableText: string
  refundKey: string
}) {
  const { t } = useAdminText()
  const { csrf } = useRootData()
  const busy = useBusy('refund')
  return (
    <section aria-labelledby="refund-title" className="admin-card">
      <h2 id="refund-title">{t('order.refund')}</h2>
      <p id="refundable">{t('order.refundable', { amount: refundableText })}</p>
      <Form method="post" className="admin-form" aria-describedby="refundable">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="intent" value="refund" />
        <input type="hidden" name="refundKey" value={refundKey} />
        <FormField
          id="refund-amount"
          className="admin-field"
          label={t('order.amount', { currency: refundable.currency })}
          name="amount"
          inputMode="decimal"
          required
          defaultValue={(refundable.amount / 100).toFixed(2)}
          error={failure?.fields?.amount ?? failure?.fields?.key}
        />
        <FormField id="refund-reason" className="admin-field" label={t('order.reason')} name="reason" required maxLength={200} error={failure?.fields?.reason} />
        <Button type="submit" loading={busy}>
          {t('order.refundSubmit')}
        </Button>
      </Form>
    </section>
  )
}

function CancelForm() {
  const { t } = useAdminText()
  const { csrf } = useRootData()
  return (
    <section aria-labelledby="cancel-title" className="admin-card">
      <h2 id="cancel-title">{t('order.cancel')}</h2>
      <p id="cancel-hint">{t('order.cancelHint')}</p>
      <Form method="post" aria-describedby="cancel-hint">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="intent" value="cancel" />
        <Button type="submit" variant="secondary" loading={useBusy('cancel')}>
          {t('order.cancelSubmit')}
        </Button>
      </Form>
    </section>
  )
}
