import { Button, Money } from '@journeykit/ui'
import { Form, Link, useNavigation } from 'react-router'
import { filterHref } from '../components/admin/filter-href'
import { DayField, ListTable } from '../components/admin/list-table'
import { Pager } from '../components/admin/pager'
import { OrderStatusBadge } from '../components/admin/order-status-badge'
import { SelectField } from '../components/admin/select-field'
import { requireStaff } from '../lib/admin/auth.server'
import { adminLocale, formatDateTime, useAdminText } from '../lib/admin/messages'
import { ORDER_STATUSES, TOUCHPOINT_CHANNELS } from '../lib/admin/constants'
import { listOrders, utcDay } from '../lib/admin/orders.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.orders'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'orders')
  const params = new URL(request.url).searchParams
  const search = params.get('q')?.slice(0, 200) ?? ''
  const status = ORDER_STATUSES.find((candidate) => candidate === params.get('status'))
  const channel = TOUCHPOINT_CHANNELS.find((candidate) => candidate === params.get('channel'))
  const [from, to] = [params.get('from'), params.get('to')].map((day) => (utcDay(day) ? day! : ''))
  const page = Number.parseInt(params.get('page') ?? '1', 10) || 1
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const result = await listOrders(db, { search, status, from, to, channel, page })
  return { search, status: status ?? '', from: from!, to: to!, channel: channel ?? '', ...result, orders: result.orders.map((order) => ({ ...order, placed: formatDateTime(locale, order.createdAt) })) }
}

export default function AdminOrders({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const busy = useNavigation().state === 'loading'
  const { orders, search, status, from, to, channel, page, pageCount, total } = loaderData
  const pageLink = (target: number) => filterHref({ q: search, status, from, to, channel, page: target })
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
        <SelectField
          id="orders-status"
          name="status"
          label={t('orders.status')}
          options={ORDER_STATUSES}
          optionLabel={(value) => t(`status.${value}`)}
          defaultValue={status}
          anyLabel={t('orders.anyStatus')}
        />
        <DayField id="orders-from" name="from" label={t('orders.from')} defaultValue={from} />
        <DayField id="orders-to" name="to" label={t('orders.to')} defaultValue={to} />
        <SelectField
          id="orders-channel"
          name="channel"
          label={t('orders.channel')}
          options={TOUCHPOINT_CHANNELS}
          optionLabel={(value) => t(`channel.${value}`)}
          defaultValue={channel}
          anyLabel={t('orders.anyChannel')}
        />
        <Button type="submit" loading={busy}>
          {t('orders.filter')}
        </Button>
      </Form>
      <ListTable
        count={t('orders.count', { count: total })}
        none={t('orders.none')}
        caption={t('orders.title')}
        isEmpty={orders.length === 0}
        head={
          <>
            <th scope="col">{t('orders.number')}</th>
            <th scope="col">{t('orders.date')}</th>
            <th scope="col">{t('orders.customer')}</th>
            <th scope="col">{t('orders.status')}</th>
            <th scope="col">{t('orders.channel')}</th>
            <th scope="col" className="admin-number">
              {t('orders.total')}
            </th>
          </>
        }
      >
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
            <td>{t(`channel.${order.channel ?? 'unknown'}`)}</td>
            <td className="admin-number">
              <Money value={order.total} />
            </td>
          </tr>
        ))}
      
      </ListTable>
      <Pager page={page} pageCount={pageCount} pageLink={pageLink} />
    </section>
  )
}
