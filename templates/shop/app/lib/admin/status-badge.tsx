import { Badge } from '@journeykit/ui'
import type { OrderStatus } from '../orders.server'
import { useAdminText } from './messages'

const STATUS_TONE = { pending: 'warning', paid: 'info', fulfilled: 'success', refunded: 'neutral', cancelled: 'neutral' } as const

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useAdminText()
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>
}
