import { Button } from '@journeykit/ui'
import { Form, useNavigation } from 'react-router'
import { filterHref } from '../components/admin/filter-href'
import { DayField } from '../components/admin/list-table'
import { OrderTable } from '../components/admin/order-table'
import { Pager } from '../components/admin/pager'
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
      <OrderTable
        orders={orders.map((order) => ({ ...order, customer: { name: order.name, email: order.email } }))}
        count={t('orders.count', { count: total })}
        none={t('orders.none')}
        caption={t('orders.title')}
        withCustomerAndChannel
      />
      <Pager page={page} pageCount={pageCount} pageLink={pageLink} />
    </section>
  )
}
