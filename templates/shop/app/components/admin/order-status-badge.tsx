import { Badge } from '@journeykit/ui'
import { useAdminText } from '../../lib/admin/messages'
import type { OrderStatus } from '../../lib/orders.server'

const STATUS_TONE = { pending: 'warning', paid: 'info', fulfilled: 'success', refunded: 'neutral', cancelled: 'neutral' } as const

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useAdminText()
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>
}
