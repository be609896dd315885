import type { Money as MoneyValue, TouchpointChannel } from '@journeykit/core'
import { Money } from '@journeykit/ui'
import { Link } from 'react-router'
import { useAdminText } from '../../lib/admin/messages'
import type { OrderStatus } from '../../lib/orders.server'
import { ListTable } from './list-table'
import { OrderStatusBadge } from './order-status-badge'

/** One order as a back-office table lists it; `placed` is already formatted for the reader's locale. */
export interface OrderTableRow {
  id: string
  placed: string
  status: OrderStatus
  total: MoneyValue
  /** Shown in a Customer column when given (the orders list; a customer's own page leaves it out). */
  customer?: { name: string; email: string }
  /** Shown in a Channel column when given. */
  channel?: TouchpointChannel | null
}

interface OrderTableProps {
  orders: readonly OrderTableRow[]
  count: string
  none: string
  caption: string
  /** Adds the Customer and Channel columns (the orders list). */
  withCustomerAndChannel?: boolean
}

/** The orders table of the orders list and of a customer's page: number (linked), date, status and total. */
export function OrderTable({ orders, count, none, caption, withCustomerAndChannel = false }: OrderTableProps) {
  const { t } = useAdminText()
  return (
    <ListTable
      count={count}
      none={none}
      caption={caption}
      isEmpty={orders.length === 0}
      head={
        <>
          <th scope="col">{t('orders.number')}</th>
          <th scope="col">{t('orders.date')}</th>
          {withCustomerAndChannel ? <th scope="col">{t('orders.customer')}</th> : null}
          <th scope="col">{t('orders.status')}</th>
          {withCustomerAndChannel ? <th scope="col">{t('orders.channel')}</th> : null}
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
          {withCustomerAndChannel ? (
            <td>
              {order.customer?.name}
              <br />
              {order.customer?.email}
            </td>
          ) : null}
          <td>
            <OrderStatusBadge status={order.status} />
          </td>
          {withCustomerAndChannel ? <td>{t(`channel.${order.channel ?? 'unknown'}`)}</td> : null}
          <td className="admin-number">
            <Money value={order.total} />
          </td>
        </tr>
      ))}
    </ListTable>
  )
}
