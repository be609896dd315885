import { Button } from '@journeykit/ui'
import { data, Link, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormError, Notice } from '../components/admin/feedback'
import { ListTable } from '../components/admin/list-table'
import { OrderTable } from '../components/admin/order-table'
import { FormField } from '../components/form-field'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { adjustCustomerPoints, customerDetail, CustomerNotFoundError, eraseCustomer, exportCustomerData } from '../lib/admin/customers.server'
import { ADJUSTMENT_REASON_MAX } from '../lib/admin/constants'
import { adminLocale, formatDateTime, useAdminText, type AdminMessageKey } from '../lib/admin/messages'
import { attempt, formText, type ActionFailure } from '../lib/admin/route-kit.server'
import { can } from '../lib/admin/staff.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.customer'

const DONE = ['adjust', 'erase', 'alreadyErased'] as const
type Done = (typeof DONE)[number]

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await getDatabase()
  const { staff } = await requireStaff(db, request, 'customers')
  const detail = await customerDetail(db, params.customerId).catch((error: unknown) => {
    if (error instanceof CustomerNotFoundError) throw data('Not found', { status: 404 })
    throw error
  })
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const date = (iso: string) => formatDateTime(locale, iso, { time: false })
  return {
    ...detail,
    orders: detail.orders.map((order) => ({ ...order, placed: date(order.createdAt) })),
    ledger: detail.loyalty.ledger.map((entry) => ({ ...entry, when: formatDateTime(locale, entry.occurredAt) })),
    text: { since: date(detail.customer.createdAt), erased: detail.customer.erasedAt ? date(detail.customer.erasedAt) : null },
    canErase: can(staff.role, 'erasure'),
    done: DONE.find((name) => name === new URL(request.url).searchParams.get('done')) ?? null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const intent = formText(form, 'intent')
  const { staff } = await requireStaffAction(db, request, form, intent === 'erase' ? 'erasure' : 'customers')
  const customerId = params.customerId
  const done = (name: Done) => redirect(`/admin/customers/${encodeURIComponent(customerId)}?done=${name}`)
  if (intent === 'adjust') {
    return attempt(intent, async () => {
      await adjustCustomerPoints(db, staff, customerId, { points: formText(form, 'points'), reason: formText(form, 'reason') })
      return done('adjust')
    })
  }
  if (intent === 'export') {
    return attempt(intent, async () => {
      const exported = await exportCustomerData(db, staff, customerId)
      return new Response(JSON.stringify(exported, null, 2), {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="customer-${customerId.replace(/[^\w.-]/g, '_')}.json"`,
          'Cache-Control': 'no-store',
        },
      })
    })
  }
  if (intent === 'erase') {
    return attempt(intent, async () => {
      const { erased } = await eraseCustomer(db, staff, customerId, formText(form, 'confirmation'))
      return done(erased ? 'erase' : 'alreadyErased')
    })
  }
  throw data('Unknown action', { status: 400 })
}

export default function AdminCustomer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { customer, orders, loyalty, ledger, referral, consent, text, canErase, done } = loaderData
  const failure = actionData as ActionFailure | undefined
  const erased = customer.erasedAt !== null
  return (
    <article aria-labelledby="customer-title" className="admin">
      <p>
        <Link to="/admin/customers">{t('customer.back')}</Link>
      </p>
      <h1 id="customer-title">{erased ? t('customers.erased') : customer.email}</h1>
      {done ? <Notice>{t(`customer.saved.${done}`)}</Notice> : null}
      {failure ? <FormError>{t('customer.invalid')}</FormError> : null}
      <p>{text.erased ? t('customer.erasedOn', { date: text.erased }) : [customer.firstName, t('customer.since', { date: text.since })].filter(Boolean).join(' · ')}</p>
      <div className="admin-grid">
        <div className="admin">
          <section aria-labelledby="customer-orders-title" className="admin-card">
            <h2 id="customer-orders-title">{t('customer.orders')}</h2>
            <OrderTable orders={orders} count={t('orders.count', { count: orders.length })} none={t('customer.noOrders')} caption={t('customer.orders')} />
          </section>
          <section aria-labelledby="customer-ledger-title" className="admin-card">
            <h2 id="customer-ledger-title">{t('customer.loyalty')}</h2>
            <p>{t('customer.balance', { points: loyalty.balance, tier: loyalty.tier, lifetime: loyalty.lifetimePoints })}</p>
            <ListTable
              count={t('customer.ledgerCount', { count: ledger.length })}
              none={t('customer.noLedger')}
              caption={t('customer.ledger')}
              isEmpty={ledger.length === 0}
              head={
                <>
                  <th scope="col">{t('customer.when')}</th>
                  <th scope="col">{t('customer.kind')}</th>
                  <th scope="col" className="admin-number">
                    {t('customers.points')}
                  </th>
                  <th scope="col">{t('customer.reason')}</th>
                </>
              }
            >
              {ledger.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{entry.when}</th>
                  <td>{t(`ledger.${entry.kind}`)}</td>
                  <td className="admin-number">{entry.points > 0 ? `+${entry.points}` : entry.points}</td>
                  <td>{entry.orderId ? <Link to={`/admin/orders/${encodeURIComponent(entry.orderId)}`}>{entry.orderId}</Link> : entry.reason}</td>
                </tr>
              ))}
            </ListTable>
          </section>
          <section aria-labelledby="customer-referrals-title" className="admin-card">
            <h2 id="customer-referrals-title">{t('customer.referrals')}</h2>
            <p>{referral.code ? t('customer.referralCode', { code: referral.code }) : t('customer.noReferralCode')}</p>
            {referral.referredBy ? <p>{t('customer.referredBy', { code: referral.referredBy.code, status: t(claimStatus(referral.referredBy.status)) })}</p> : null}
            <ListTable
              count={t('customer.claimCount', { count: referral.claims.length })}
              none={t('customer.noClaims')}
              caption={t('customer.referrals')}
              isEmpty={referral.claims.length === 0}
              head={
                <>
                  <th scope="col">{t('customer.friend')}</th>
                  <th scope="col">{t('customer.claimStatus')}</th>
                  <th scope="col">{t('orders.number')}</th>
                </>
              }
            >
              {referral.claims.map((claim) => (
                <tr key={claim.id}>
                  <th scope="row">{claim.refereeEmail}</th>
                  <td>{t(claimStatus(claim.status))}</td>
                  <td>{claim.orderId ? <Link to={`/admin/orders/${encodeURIComponent(claim.orderId)}`}>{claim.orderId}</Link> : '—'}</td>
                </tr>
              ))}
            </ListTable>
            {referral.rewards.length > 0 ? (
              <>
                <h3>{t('customer.rewards')}</h3>
                <ul>
                  {referral.rewards.map((reward) => (
                    <li key={reward.code}>{t(reward.used ? 'customer.rewardUsed' : 'customer.rewardOpen', { code: reward.code })}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section aria-labelledby="customer-consent-title" className="admin-card">
            <h2 id="customer-consent-title">{t('customer.consent')}</h2>
            <p>{t(`consent.${consent.status}`)}</p>
          </section>
        </div>
        <div className="admin">
          {erased ? null : <AdjustForm failure={failure?.intent === 'adjust' ? failure : undefined} />}
          <PrivacyCard erased={erased} canErase={canErase} failure={failure?.intent === 'erase' ? failure : undefined} />
        </div>
      </div>
    </article>
  )
}

const claimStatus = (status: string) => `claim.${status}` as AdminMessageKey

function useBusy(intent: string) {
  const navigation = useNavigation()
  return navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
}

function AdjustForm({ failure }: { failure: ActionFailure | undefined }) {
  const { t } = useAdminText()
  const busy = useBusy('adjust')
  return (
    <section aria-labelledby="adjust-title" className="admin-card">
      <h2 id="adjust-title">{t('customer.adjust')}</h2>
      <p id="adjust-hint">{t('customer.adjustHint')}</p>
      <ActionForm intent="adjust" className="admin-form" aria-describedby="adjust-hint">
        <FormField id="adjust-points" className="admin-field" label={t('customer.adjustPoints')} name="points" inputMode="numeric" required error={failure?.fields?.points} />
        <FormField id="adjust-reason" className="admin-field" label={t('customer.adjustReason')} name="reason" required maxLength={ADJUSTMENT_REASON_MAX} error={failure?.fields?.reason} />
        <Button type="submit" loading={busy}>
          {t('customer.adjustSubmit')}
        </Button>
      </ActionForm>
    </section>
  )
}

function PrivacyCard({ erased, canErase, failure }: { erased: boolean; canErase: boolean; failure: ActionFailure | undefined }) {
  const { t } = useAdminText()
  const busy = useBusy('erase')
  return (
    <section aria-labelledby="customer-privacy-title" className="admin-card">
      <h2 id="customer-privacy-title">{t('customer.privacy')}</h2>
      <p id="export-hint">{t('customer.exportHint')}</p>
      {/* A document request, so the browser saves the JSON the action answers with. */}
      <ActionForm intent="export" reloadDocument aria-describedby="export-hint">
        <Button type="submit" variant="secondary">
          {t('customer.export')}
        </Button>
      </ActionForm>
      {canErase && !erased ? (
        <>
          <h3>{t('customer.erase')}</h3>
          <p id="erase-hint">{t('customer.eraseHint')}</p>
          <ActionForm intent="erase" className="admin-form" aria-describedby="erase-hint">
            <FormField id="erase-confirmation" className="admin-field" label={t('customer.eraseConfirm')} name="confirmation" type="email" autoComplete="off" required error={failure?.fields?.confirmation} />
            <Button type="submit" loading={busy}>
              {t('customer.eraseSubmit')}
            </Button>
          </ActionForm>
        </>
      ) : null}
    </section>
  )
}
