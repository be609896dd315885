import { Button, Money } from '@journeykit/ui'
import { Form, Link, useNavigation } from 'react-router'
import { filterHref } from '../components/admin/filter-href'
import { ListTable } from '../components/admin/list-table'
import { Pager } from '../components/admin/pager'
import { requireStaff } from '../lib/admin/auth.server'
import { listCustomers } from '../lib/admin/customers.server'
import { adminLocale, formatDateTime, useAdminText } from '../lib/admin/messages'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.customers'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'customers')
  const params = new URL(request.url).searchParams
  const search = params.get('q')?.slice(0, 200) ?? ''
  const page = Number.parseInt(params.get('page') ?? '1', 10) || 1
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const result = await listCustomers(db, { search, page })
  return {
    search,
    ...result,
    customers: result.customers.map((customer) => ({ ...customer, lastOrder: customer.lastOrderAt ? formatDateTime(locale, customer.lastOrderAt, { time: false }) : null })),
  }
}

export default function AdminCustomers({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const busy = useNavigation().state === 'loading'
  const { customers, search, page, pageCount, total } = loaderData
  return (
    <section aria-labelledby="customers-title" className="admin">
      <h1 id="customers-title">{t('customers.title')}</h1>
      <Form method="get" className="admin-form-inline" role="search" aria-label={t('customers.title')}>
        <div className="admin-field">
          <label htmlFor="customers-q">{t('customers.search')}</label>
          <input id="customers-q" name="q" type="search" defaultValue={search} aria-describedby="customers-q-hint" />
          <p id="customers-q-hint" className="admin-hint">
            {t('customers.searchHint')}
          </p>
        </div>
        <Button type="submit" loading={busy}>
          {t('orders.filter')}
        </Button>
      </Form>
      <ListTable
        count={t('customers.count', { count: total })}
        none={t('customers.none')}
        caption={t('customers.title')}
        isEmpty={customers.length === 0}
        head={
          <>
            <th scope="col">{t('customers.customer')}</th>
            <th scope="col" className="admin-number">
              {t('customers.orders')}
            </th>
            <th scope="col" className="admin-number">
              {t('customers.spent')}
            </th>
            <th scope="col" className="admin-number">
              {t('customers.points')}
            </th>
            <th scope="col">{t('customers.lastOrder')}</th>
          </>
        }
      >
        {customers.map((customer) => (
          <tr key={customer.id}>
            <th scope="row">
              <Link to={`/admin/customers/${encodeURIComponent(customer.id)}`}>{customer.erased ? t('customers.erased') : customer.email}</Link>
              {customer.name ? (
                <>
                  <br />
                  {customer.name}
                </>
              ) : null}
            </th>
            <td className="admin-number">{customer.orderCount}</td>
            <td className="admin-number">
              <Money value={customer.spent} />
            </td>
            <td className="admin-number">{customer.points}</td>
            <td>{customer.lastOrder ?? <span className="admin-hint">{t('customers.noOrder')}</span>}</td>
          </tr>
        ))}
      </ListTable>
      <Pager page={page} pageCount={pageCount} pageLink={(target) => filterHref({ q: search, page: target })} />
    </section>
  )
}
