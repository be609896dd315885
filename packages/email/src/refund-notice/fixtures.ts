import { sampleOrder } from '../order-confirmation/fixtures'
import type { RefundNoticeProps } from './refund-notice'

/** The sample order, refunded in full (stories and tests). */
export const sampleRefund: RefundNoticeProps = {
  shop: sampleOrder.shop,
  orderNumber: sampleOrder.orderNumber,
  customerName: sampleOrder.customerName,
  amount: sampleOrder.total,
  pointsVoided: sampleOrder.pointsEarned,
  orderUrl: sampleOrder.orderUrl,
}
