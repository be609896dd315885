import { STAGES, type Money, type Stage, type TouchpointChannel } from '@journeykit/core'
import type Stripe from 'stripe'
import type { Database, Queryable } from '../db.server'
import { scheduleAfterFulfilmentEmails } from '../email/after-fulfilment.server'
import { createServerEvent, recordServerEvent } from '../journey-events.server'
import { orderPoints } from '../loyalty.server'
import {
  cancelOrder,
  getOrder,
  onOrderRefunded,
  orderEventContext,
  orderItems,
  OrderNotFoundError,
  OrderStateError,
  type Order,
  type OrderStatus,
} from '../orders.server'
import { stripeClient } from '../payments.server'
import { voidReferralForRefund } from '../referrals.server'
import { recordAudit } from './audit.server'
import type { StaffMember } from './staff.server'

export { ORDER_STATUSES } from './constants'
export const ORDERS_PAGE_SIZE = 25

export interface OrderListRow {
  id: string
  email: string
  name: string
  status: OrderStatus
  total: Money
  createdAt: string
  /** The first-touch channel of the order's journey; null when nothing is known of it. */
  channel: TouchpointChannel | null
}

export interface OrderQuery {
  /** Matches the order number, the email or the customer's name (part of any). */
  search?: string
  status?: OrderStatus
  /** Placed on or after this UTC day (YYYY-MM-DD). */
  from?: string
  /** Placed on or before this UTC day (YYYY-MM-DD). */
  to?: string
  channel?: TouchpointChannel
  /** 1-based. */
  page?: number
}

/**
 * The channel of the order's first touch: the touchpoint of the earliest event its visitor's journey
 * recorded before the order (the journey's anonymous id, which the order keeps), else the touchpoint
 * the order was placed with (a visitor who declined analytics has no recorded journey).
 */
export const FIRST_TOUCH = `LEFT JOIN LATERAL (
    SELECT coalesce(
      (SELECT e.event #>> '{context,touchpoint,channel}' FROM journey_events e
        WHERE e.anonymous_id = o.touchpoint->>'anonymousId' AND e.occurred_at <= o.created_at
        ORDER BY e.occurred_at LIMIT 1),
      o.touchpoint->>'channel') AS channel
  ) first_touch ON true`

const DAY = /^\d{4}-\d{2}-\d{2}$/
/** The start of a UTC day, or undefined for anything that is not a real YYYY-MM-DD date. */
export function utcDay(text: string | null | undefined): Date | undefined {
  if (!text || !DAY.test(text)) return undefined
  const day = new Date(`${text}T00:00:00Z`)
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text ? undefined : day
}

export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/** Orders newest first, filtered and paged. */
export async function listOrders(db: Queryable, query: OrderQuery = {}): Promise<{ orders: OrderListRow[]; total: number; page: number; pageCount: number }> {
  const where: string[] = []
  const params: unknown[] = []
  const search = query.search?.trim()
  if (search) {
    params.push(likePattern(search))
    const p = `$${params.length}`
    where.push(
      `(o.id ILIKE ${p} OR o.email ILIKE ${p} OR concat_ws(' ', o.address->>'givenName', o.address->>'familyName') ILIKE ${p})`,
    )
  }
  if (query.status) {
    params.push(query.status)
    where.push(`o.status = $${params.length}`)
  }
  const from = utcDay(query.from)
  if (from) {
    params.push(from)
    where.push(`o.created_at >= $${params.length}`)
  }
  const to = utcDay(query.to)
  if (to) {
    params.push(new Date(to.getTime() + 24 * 60 * 60 * 1000))
    where.push(`o.created_at < $${params.length}`)
  }
  if (query.channel) {
    params.push(query.channel)
    where.push(`first_touch.channel = $${params.length}`)
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const source = `orders o ${query.channel ? FIRST_TOUCH : ''}`
  const { rows: counted } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${source} ${filter}`, params)
  const total = counted[0]?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pageCount)
  const { rows } = await db.query<{
    id: string
    email: string
    given_name: string | null
    family_name: string | null
    status: OrderStatus
    total: number
    currency: string
    created_at: Date | string
    channel: TouchpointChannel | null
  }>(
    `SELECT o.id, o.email, o.address->>'givenName' AS given_name, o.address->>'familyName' AS family_name, o.status, o.total, o.currency, o.created_at,
            first_touch.channel
     FROM orders o ${FIRST_TOUCH} ${filter} ORDER BY o.created_at DESC, o.id DESC LIMIT ${ORDERS_PAGE_SIZE} OFFSET ${(page - 1) * ORDERS_PAGE_SIZE}`,
    params,
  )
  return {
    orders: rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: [row.given_name, row.family_name].filter(Boolean).join(' '),
      status: row.status,
      total: { amount: row.total, currency: row.currency },
      createdAt: new Date(row.created_at).toISOString(),
      channel: row.channel,
    })),
    total,
    page,
    pageCount,
  }
}

/** One visit (session) of the customer's journey before the order. */
export interface JourneyVisit {
  startedAt: string
  channel: TouchpointChannel | null
  source: string | null
  campaign: string | null
  /** The stages the visit's events reached, in the journey's order. */
  stages: Stage[]
  /** The events' names in the order they happened, repeats in a row folded. */
  steps: string[]
  events: number
}

export const JOURNEY_VISIT_LIMIT = 20

/**
 * The journey that led to the order: the visits of its visitor (the journey's anonymous id the order
 * keeps) up to the order, newest `JOURNEY_VISIT_LIMIT`, oldest first. Empty when the visitor declined
 * analytics (the order has no journey id).
 */
export async function orderJourney(db: Queryable, orderId: string): Promise<JourneyVisit[]> {
  const { rows } = await db.query<{
    started_at: Date | string
    channel: TouchpointChannel | null
    source: string | null
    campaign: string | null
    stages: Stage[]
    names: string[]
    events: number
  }>(
    `SELECT * FROM (
       SELECT min(e.occurred_at) AS started_at, count(*)::int AS events,
              (array_agg(e.event #>> '{context,touchpoint,channel}' ORDER BY e.occurred_at))[1] AS channel,
              (array_agg(e.event #>> '{context,touchpoint,source}' ORDER BY e.occurred_at))[1] AS source,
              (array_agg(e.event #>> '{context,campaign,name}' ORDER BY e.occurred_at))[1] AS campaign,
              array_agg(DISTINCT e.stage) AS stages,
              array_agg(e.name ORDER BY e.occurred_at) AS names
         FROM orders o JOIN journey_events e ON e.anonymous_id = o.touchpoint->>'anonymousId' AND e.occurred_at <= o.created_at
        WHERE o.id = $1
        GROUP BY coalesce(e.session_id, '')
        ORDER BY started_at DESC LIMIT ${JOURNEY_VISIT_LIMIT}
     ) visits ORDER BY started_at`,
    [orderId],
  )
  return rows.map((row) => ({
    startedAt: new Date(row.started_at).toISOString(),
    channel: row.channel,
    source: row.source,
    campaign: row.campaign,
    stages: STAGES.filter((stage) => row.stages.includes(stage)),
    steps: row.names.filter((name, index) => name !== row.names[index - 1]),
    events: row.events,
  }))
}

export interface StaffRefund {
  id: string
  amount: Money
  reason: string
  providerRefundId: string
  createdAt: string
}

export interface OrderDetail {
  order: Order
  fulfilment: { carrier: string; trackingNumber: string; fulfilledAt: string } | null
  refunds: StaffRefund[]
  /** What can still be refunded (0 unless paid or fulfilled). */
  refundable: Money
}

export async function orderDetail(db: Queryable, orderId: string): Promise<OrderDetail | null> {
  const order = await getOrder(db, orderId)
  if (!order) return null
  const { rows } = await db.query<{ carrier: string | null; tracking_number: string | null; fulfilled_at: Date | string | null }>(
    'SELECT carrier, tracking_number, fulfilled_at FROM orders WHERE id = $1',
    [orderId],
  )
  const shipped = rows[0]
  const refunds = await refundsOf(db, orderId)
  const refunded = refunds.reduce((sum, refund) => sum + refund.amount.amount, 0)
  const refundable = order.status === 'paid' || order.status === 'fulfilled' ? order.total.amount - refunded : 0
  return {
    order,
    fulfilment:
      shipped?.carrier && shipped.tracking_number && shipped.fulfilled_at
        ? { carrier: shipped.carrier, trackingNumber: shipped.tracking_number, fulfilledAt: new Date(shipped.fulfilled_at).toISOString() }
        : null,
    refunds,
    refundable: { amount: Math.max(0, refundable), currency: order.total.currency },
  }
}

async function refundsOf(db: Queryable, orderId: string): Promise<StaffRefund[]> {
  const { rows } = await db.query<{ id: string; amount: number; currency: string; reason: string; provider_refund_id: string; created_at: Date | string }>(
    'SELECT id, amount, currency, reason, provider_refund_id, created_at FROM staff_refunds WHERE order_id = $1 ORDER BY created_at, id',
    [orderId],
  )
  return rows.map((row) => ({
    id: row.id,
    amount: { amount: row.amount, currency: row.currency },
    reason: row.reason,
    providerRefundId: row.provider_refund_id,
    createdAt: new Date(row.created_at).toISOString(),
  }))
}

/** Input the form got wrong; `fields` maps a field name to its message. */
export class AdminInputError extends Error {
  override name = 'AdminInputError'
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join(' '))
  }
}

async function lockStatus(tx: Queryable, orderId: string): Promise<OrderStatus> {
  const { rows } = await tx.query<{ status: OrderStatus }>('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId])
  if (!rows[0]) throw new OrderNotFoundError(orderId)
  return rows[0].status
}

/**
 * paid → fulfilled with the carrier and tracking number; on a fulfilled order it corrects them.
 * (The event catalog has no fulfilment event, so none is recorded.)
 * @throws {AdminInputError}, {OrderStateError}, {OrderNotFoundError}
 */
export async function fulfilOrder(
  db: Database,
  actor: StaffMember,
  orderId: string,
  input: { carrier: string; trackingNumber: string },
  now: Date = new Date(),
): Promise<void> {
  const carrier = input.carrier.trim()
  const trackingNumber = input.trackingNumber.trim()
  const fields: Record<string, string> = {}
  if (!carrier || carrier.length > 60) fields.carrier = 'Enter the carrier (at most 60 characters).'
  if (!/^[A-Za-z0-9 -]{3,60}$/.test(trackingNumber)) fields.trackingNumber = 'Enter the tracking number (3 to 60 letters, digits, spaces or dashes).'
  if (Object.keys(fields).length) throw new AdminInputError(fields)
  await db.transaction(async (tx) => {
    const status = await lockStatus(tx, orderId)
    if (status !== 'paid' && status !== 'fulfilled') throw new OrderStateError(orderId, status, 'fulfilled')
    const { rows } = await tx.query<{ carrier: string | null; tracking_number: string | null }>('SELECT carrier, tracking_number FROM orders WHERE id = $1', [orderId])
    await tx.query(
      "UPDATE orders SET status = 'fulfilled', carrier = $2, tracking_number = $3, fulfilled_at = coalesce(fulfilled_at, $4), updated_at = $4 WHERE id = $1",
      [orderId, carrier, trackingNumber, now],
    )
    await recordAudit(
      tx,
      actor,
      {
        action: 'order.fulfil',
        subject: `order:${orderId}`,
        before: { status, carrier: rows[0]?.carrier ?? null, trackingNumber: rows[0]?.tracking_number ?? null },
        after: { status: 'fulfilled', carrier, trackingNumber },
      },
      now,
    )
    const order = await getOrder(tx, orderId)
    if (order) await scheduleAfterFulfilmentEmails(tx, order, now)
  })
}

/** Gives part or all of a payment back; `key` makes a retried call refund once. Returns the provider's refund id. */
export interface AmountRefunder {
  refund(request: { orderId: string; paymentId: string; amount: Money; key: string }): Promise<string>
}

/** Test mode: the offline adapter moved no money, so its refund is the record alone. */
export const testAmountRefunder: AmountRefunder = {
  async refund({ key }) {
    return `re_test_${key}`
  },
}

export function stripeAmountRefunder(stripe: Stripe): AmountRefunder {
  return {
    async refund({ orderId, paymentId, amount, key }) {
      const refund = await stripe.refunds.create(
        { payment_intent: paymentId, amount: amount.amount, reason: 'requested_by_customer', metadata: { orderId, cause: 'staff_refund' } },
        { idempotencyKey: `staff-refund:${key}` },
      )
      return refund.id
    },
  }
}

/** Stripe's refund when STRIPE_* keys are configured, the test adapter's otherwise. */
export function configuredRefunder(): AmountRefunder {
  const stripe = stripeClient()
  return stripe ? stripeAmountRefunder(stripe) : testAmountRefunder
}

/**
 * Refunds `amount` (minor units) of a paid or fulfilled order through the payment provider, then,
 * in one transaction: the refund row, `order_refunded` for that amount (one per refund: its event id
 * is the refund's), the order's loyalty points taken back in proportion, and once the whole total is
 * refunded the status `refunded` and the referral reward withdrawn. The same `key` refunds once.
 * @throws {AdminInputError}, {OrderStateError}, {OrderNotFoundError}
 */
export async function refundOrderAmount(
  db: Database,
  actor: StaffMember,
  orderId: string,
  input: { amount: number; reason: string; key: string },
  refunder: AmountRefunder,
  now: Date = new Date(),
): Promise<{ refundId: string; fullyRefunded: boolean }> {
  const reason = input.reason.trim()
  if (!/^[\w-]{8,64}$/.test(input.key)) throw new AdminInputError({ key: 'The form is incomplete. Reload the page.' })
  const existing = await db.query<{ order_id: string }>('SELECT order_id FROM staff_refunds WHERE id = $1', [input.key])
  if (existing.rows[0]) {
    const detail = await orderDetail(db, existing.rows[0].order_id)
    return { refundId: input.key, fullyRefunded: detail?.order.status === 'refunded' }
  }
  const detail = await orderDetail(db, orderId)
  if (!detail) throw new OrderNotFoundError(orderId)
  const { order, refundable } = detail
  if (order.status !== 'paid' && order.status !== 'fulfilled') throw new OrderStateError(orderId, order.status, 'refunded')
  const fields: Record<string, string> = {}
  if (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > refundable.amount) {
    fields.amount = `Enter an amount above 0 and at most the ${(refundable.amount / 100).toFixed(2)} ${refundable.currency} not yet refunded.`
  }
  if (!reason || reason.length > 200) fields.reason = 'Enter the reason (at most 200 characters).'
  if (Object.keys(fields).length) throw new AdminInputError(fields)
  if (!order.paymentId) throw new OrderStateError(orderId, order.status, 'refunded')

  const amount: Money = { amount: input.amount, currency: order.total.currency }
  const providerRefundId = await refunder.refund({ orderId, paymentId: order.paymentId, amount, key: input.key })

  return db.transaction(async (tx) => {
    const status = await lockStatus(tx, orderId)
    const inserted = await tx.query(
      `INSERT INTO staff_refunds (id, order_id, amount, currency, provider_refund_id, reason, staff_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [input.key, orderId, amount.amount, amount.currency, providerRefundId, reason, actor.id, now],
    )
    if (inserted.rows.length === 0) return { refundId: input.key, fullyRefunded: status === 'refunded' }
    const { rows } = await tx.query<{ refunded: number; earlier: number }>(
      'SELECT coalesce(sum(amount), 0)::int AS refunded, (count(*) - 1)::int AS earlier FROM staff_refunds WHERE order_id = $1',
      [orderId],
    )
    const { refunded, earlier } = rows[0]!
    const fullyRefunded = refunded >= order.total.amount
    if (fullyRefunded) {
      await tx.query("UPDATE orders SET status = 'refunded', updated_at = $2 WHERE id = $1", [orderId, now])
    }
    await recordServerEvent(tx, {
      ...createServerEvent(
        'order_refunded',
        fullyRefunded && earlier === 0 ? { orderId, total: amount, items: orderItems(order) } : { orderId, total: amount },
        orderEventContext(order, now.toISOString()),
      ),
      id: `order_refunded:${input.key}`,
    })
    if (fullyRefunded && earlier === 0) await onOrderRefunded(tx, orderId, now)
    else {
      await reversePointsInProportion(tx, order, input.key, amount.amount, fullyRefunded, now)
      if (fullyRefunded) await voidReferralForRefund(tx, orderId, now)
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'order.refund',
        subject: `order:${orderId}`,
        before: { status, refunded: refunded - amount.amount },
        after: { status: fullyRefunded ? 'refunded' : status, refunded, amount: amount.amount, reason, providerRefundId },
      },
      now,
    )
    return { refundId: input.key, fullyRefunded }
  })
}

/**
 * Takes back the share of the order's points this refund stands for (rounded); the refund that
 * completes the total takes back whatever is left, so the points taken back add up to those earned.
 */
async function reversePointsInProportion(tx: Queryable, order: Order, refundKey: string, amount: number, completes: boolean, now: Date): Promise<void> {
  const earned = await orderPoints(tx, order.id)
  if (earned <= 0) return
  const { rows } = await tx.query<{ reversed: number }>(
    "SELECT coalesce(-sum(points), 0)::int AS reversed FROM loyalty_ledger WHERE order_id = $1 AND kind = 'adjust' AND reason = 'partial_refund'",
    [order.id],
  )
  const alreadyReversed = rows[0]!.reversed
  const share = completes ? earned - alreadyReversed : Math.min(earned - alreadyReversed, Math.round((earned * amount) / order.total.amount))
  if (share <= 0) return
  await tx.query(
    `INSERT INTO loyalty_ledger (id, customer_id, kind, points, reason, order_id, occurred_at)
     VALUES ($1, $2, 'adjust', $3, 'partial_refund', $4, $5) ON CONFLICT (id) DO NOTHING`,
    [`refund:${refundKey}`, order.customerId, -share, order.id, now.toISOString()],
  )
}

/**
 * pending → cancelled (the orders module returns the stock and the coupon use).
 * @throws {OrderStateError} for a paid order (refund it instead); {OrderNotFoundError}
 */
export async function cancelUnpaidOrder(db: Database, actor: StaffMember, orderId: string, now: Date = new Date()): Promise<void> {
  const before = await getOrder(db, orderId)
  if (!before) throw new OrderNotFoundError(orderId)
  if (before.status === 'cancelled') return
  await cancelOrder(db, orderId, now)
  await recordAudit(db, actor, { action: 'order.cancel', subject: `order:${orderId}`, before: { status: before.status }, after: { status: 'cancelled' } }, now)
}
