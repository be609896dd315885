import { sampleOrder } from '../order-confirmation/fixtures'
import type { AbandonedCheckoutProps } from './abandoned-checkout'

/** The sample order's lines, left in checkout (stories and tests). */
export const sampleAbandonedCheckout: AbandonedCheckoutProps = {
  shop: sampleOrder.shop,
  customerName: sampleOrder.customerName,
  lines: sampleOrder.lines.map(({ name, variant, quantity, total }) => ({ name, variant, quantity, total })),
  subtotal: sampleOrder.subtotal,
  restoreUrl: 'https://shop.example.com/cart/restore?token=c4rt',
  unsubscribeUrl: 'https://shop.example.com/newsletter/unsubscribe?token=uns',
}
