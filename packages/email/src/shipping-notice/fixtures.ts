import { sampleOrder } from '../order-confirmation/fixtures'
import type { ShippingNoticeProps } from './shipping-notice'

/** The sample order, handed to DHL (stories and tests). */
export const sampleShipment: ShippingNoticeProps = {
  shop: sampleOrder.shop,
  orderNumber: sampleOrder.orderNumber,
  customerName: sampleOrder.customerName,
  carrier: 'DHL',
  trackingNumber: '00340434161094042557',
  trackingUrl: 'https://www.dhl.de/track?piececode=00340434161094042557',
  lines: sampleOrder.lines.map(({ name, variant, quantity }) => ({ name, variant, quantity })),
  shippingAddress: sampleOrder.shippingAddress,
  orderUrl: sampleOrder.orderUrl,
}
