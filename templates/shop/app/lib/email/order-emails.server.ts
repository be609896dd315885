import { orderConfirmationEmail, refundNoticeEmail, renderEmail, type EmailShop } from '@journeykit/email'
import type { Queryable } from '../db.server'
import { env } from '../env.server'
import { isDefaultVariant, orderUrl, type Order } from '../orders.server'
import { SHOP_NAME } from '../reviews.server'
import { enqueueEmail } from './outbox.server'

/** `utm_source` of every link in the shop's emails. */
export const EMAIL_UTM_SOURCE = 'northwind'

/** The key that makes an order's confirmation one message, however often the payment is reported. */
export const orderConfirmationKey = (orderId: string) => `order-confirmation:${orderId}`

/** The key that makes an order's refund notice one message (an order is refunded once, in full). */
export const refundNoticeKey = (orderId: string) => `refund-notice:${orderId}`

/** The shop as every email names and links it. */
export const emailShop = (): EmailShop => ({ name: SHOP_NAME, url: `${env.shopUrl}/` })
const absoluteOrderUrl = (orderId: string) => `${env.shopUrl}${orderUrl(orderId)}`

async function pointsEarned(db: Queryable, orderId: string): Promise<number> {
  const { rows } = await db.query<{ points: number }>("SELECT coalesce(sum(points), 0)::int AS points FROM loyalty_ledger WHERE order_id = $1 AND kind = 'earn'", [orderId])
  return rows[0]?.points ?? 0
}

/**
 * Renders the confirmation of a paid order and queues it, in the payment's transaction (so a paid
 * order always has one, and a rolled-back payment none). Queuing it again does nothing.
 */
export async function enqueueOrderConfirmation(db: Queryable, order: Order, now: Date = new Date()): Promise<boolean> {
  const { address } = order
  const email = await renderEmail(
    orderConfirmationEmail,
    {
      shop: emailShop(),
      orderNumber: order.id,
      placedAt: order.createdAt,
      customerName: address.givenName,
      lines: order.lines.map((line) => ({
        name: line.name,
        variant: isDefaultVariant(line.variantLabel) ? undefined : line.variantLabel,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        total: line.total,
      })),
      subtotal: order.subtotal,
      discount: order.discount,
      shipping: order.shipping,
      tax: order.tax,
      taxIncluded: true,
      total: order.total,
      shippingAddress: {
        name: `${address.givenName} ${address.familyName}`,
        line1: address.line1,
        line2: address.line2 || undefined,
        postalCode: address.postalCode,
        city: address.city,
        region: address.region || undefined,
        country: address.country,
      },
      orderUrl: absoluteOrderUrl(order.id),
      pointsEarned: await pointsEarned(db, order.id),
    },
    { locale: 'en', utm: { source: EMAIL_UTM_SOURCE } },
  )
  return enqueueEmail(db, { idempotencyKey: orderConfirmationKey(order.id), kind: orderConfirmationEmail.name, recipient: order.email, ...email }, now)
}

/**
 * Renders the refund notice of an order and queues it, in the refund's transaction. The points the
 * order had earned are the ones the refund takes back.
 */
export async function enqueueRefundNotice(db: Queryable, order: Order, now: Date = new Date()): Promise<boolean> {
  const email = await renderEmail(
    refundNoticeEmail,
    {
      shop: emailShop(),
      orderNumber: order.id,
      customerName: order.address.givenName,
      amount: order.total,
      pointsVoided: await pointsEarned(db, order.id),
      orderUrl: absoluteOrderUrl(order.id),
    },
    { locale: 'en', utm: { source: EMAIL_UTM_SOURCE } },
  )
  return enqueueEmail(db, { idempotencyKey: refundNoticeKey(order.id), kind: refundNoticeEmail.name, recipient: order.email, ...email }, now)
}
