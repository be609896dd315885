import { Button, Money } from '@journeykit/ui'
import { Form, Link, useNavigation } from 'react-router'
import { requireStaff } from '../lib/admin/auth.server'
import { adminLocale, formatDateTime, useAdminText } from '../lib/admin/messages'
import { ORDER_STATUSES } from '../lib/admin/constants'
import { listOrders } from '../lib/admin/orders.server'
import { getDatabase } from '../lib/db.server'
import { OrderStatusBadge } from '../lib/admin/status-badge'
import type { Route } from './+types/admin.orders'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'orders')
  const params = new URL(request.url).searchParams
  const search = params.get('q')?.slice(0, 200) ?? ''
  const status = ORDER_STATUSES.find((candidate) => candidate === params.get('status'))
  const page = Number.parseInt(params.get('page') ?? '1', 10) || 1
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const result = await listOrders(db, { search, status, page })
  return { search, status: status ?? '', ...result, orders: result.orders.map((order) => ({ ...order, placed: formatDateTime(locale, order.createdAt) })) }
}

export default function AdminOrders({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const busy = useNavigation().state === 'loading'
  const { orders, search, status, page, pageCount, total } = loaderData
  const pageLink = (target: number) => `?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(status ? { status } : {}), page: String(target) })}`
  return (
    <section aria-labelledby="orders-title" className="admin">
      <h1 id="orders-title">{t('orders.title')}</h1>
      <Form method="get" className="admin-form-inline" role="search">
        <div className="admin-field">
          <label htmlFor="orders-q">{t('orders.search')}</label>
          <input id="orders-q" name="q" type="search" defaultValue={search} aria-describedby="orders-q-hint" />
          <p id="orders-q-hint" className="admin-hint">
            {t('orders.searchHint')}
          </p>
        </div>
        <div className="admin-field">
          <label htmlFor="orders-status">{t('orders.status')}</label>
          <select id="orders-status" name="status" defaultValue={status}>
            <option value="">{t('orders.anyStatus')}</option>
            {ORDER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" loading={busy}>
          {t('orders.filter')}
        </Button>
      </Form>
      <p role="status">{t('orders.count', { count: total })}</p>
      {orders.length === 0 ? (
        <p>{t('orders.none')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">{t('orders.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orders.number')}</th>
                <th scope="col">{t('orders.date')}</th>
                <th scope="col">{t('orders.customer')}</th>
                <th scope="col">{t('orders.status')}</th>
                <th scope="col" className="admin-number">
                  {t('orders.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <th scope="row">
                    <Link to={`/admin/orders/${encodeURIComponent(order.id)}`}>{order.id}</Link>
                  </th>
                  <td>{order.placed}</td>
                  <td>
                    {order.name}
                    <br />
                    {order.email}
                  </td>
                  <td>
                    <OrderStatusBadge status={order.status} />
                  </td>
                  <td className="admin-number">
                    <Money value={order.total} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t('orders.page', { page, pageCount })} className="admin-pager">
          {page > 1 ? <Link to={pageLink(page - 1)}>{t('orders.previous')}</Link> : null}
          <span>{t('orders.page', { page, pageCount })}</span>
          {page < pageCount ? <Link to={pageLink(page + 1)}>{t('orders.next')}</Link> : null}
        </nav>
      ) : null}
    </section>
  )
}
