import type { CheckoutCart } from '@journeykit/checkout'
import { createCookie } from 'react-router'
import type { Queryable } from './db.server'
import { env } from './env.server'
import { getOrder, orderCheckoutCart, type Order, type OrderStatus } from './orders.server'
import { SHIPPING_METHODS } from './pricing.server'

export interface AccountOrderSummary {
  id: string
  status: OrderStatus
  currency: string
  total: number
  /** ISO 8601. */
  placedAt: string
  itemCount: number
}

/**
 * The order with this number placed with this email address, or `null` when the pair does not
 * match (the caller must not say which half was wrong). The number is compared without case,
 * spaces or a leading `#`; the address without case or surrounding spaces.
 */
export async function lookupOrder(db: Queryable, email: string, orderNumber: string): Promise<Order | null> {
  const id = orderNumber.trim().replace(/^#/, '').replace(/\s+/g, '')
  const address = email.trim().toLowerCase()
  if (!id || !address || id.length > 64 || address.length > 254) return null
  const { rows } = await db.query<{ id: string }>('SELECT id FROM orders WHERE upper(id) = upper($1) AND lower(email) = $2', [id, address])
  return rows[0] ? getOrder(db, rows[0].id) : null
}

/** One of the customer's orders with its lines; `null` when it is not theirs, or their personal data was erased (the account is closed). */
export async function customerOrder(db: Queryable, customerId: string, orderId: string): Promise<Order | null> {
  const { rows } = await db.query('SELECT 1 FROM customers WHERE id = $1 AND erased_at IS NULL', [customerId])
  const order = rows.length > 0 ? await getOrder(db, orderId) : null
  return order?.customerId === customerId ? order : null
}

/** What the account page shows of an order: no address, no payment or journey ids. */
export interface AccountOrderView {
  id: string
  status: OrderStatus
  /** ISO 8601. */
  placedAt: string
  paidAt: string | null
  /** The shipping method's label ("Standard"). */
  shippingMethod: string
  /** Lines and totals as charged, for OrderSummary. */
  cart: CheckoutCart
  /** Links to the products bought. */
  products: Array<{ slug: string; name: string }>
}

export function accountOrderView(order: Order): AccountOrderView {
  const products = new Map(order.lines.map((line) => [line.slug, { slug: line.slug, name: line.name }]))
  return {
    id: order.id,
    status: order.status,
    placedAt: order.createdAt,
    paidAt: order.paidAt,
    shippingMethod: SHIPPING_METHODS.find((method) => method.id === order.shippingMethod)?.label ?? order.shippingMethod,
    cart: orderCheckoutCart(order),
    products: [...products.values()],
  }
}

/** The customer's orders, newest first. */
export async function customerOrders(db: Queryable, customerId: string): Promise<AccountOrderSummary[]> {
  const { rows } = await db.query<{ id: string; status: OrderStatus; currency: string; total: number; created_at: Date | string; item_count: number }>(
    `SELECT o.id, o.status, o.currency, o.total, o.created_at,
            coalesce((SELECT sum(quantity) FROM order_lines WHERE order_id = o.id), 0)::int AS item_count
     FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 50`,
    [customerId],
  )
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    currency: row.currency,
    total: row.total,
    placedAt: new Date(row.created_at).toISOString(),
    itemCount: row.item_count,
  }))
}

/** The customer's address, masked for display ("a•••@example.com"). */
export async function maskedEmailOf(db: Queryable, customerId: string): Promise<string | null> {
  const { rows } = await db.query<{ email: string }>('SELECT email FROM customers WHERE id = $1', [customerId])
  const email = rows[0]?.email
  if (!email) return null
  const at = email.lastIndexOf('@')
  return at <= 0 ? email : `${email[0]}•••${email.slice(at)}`
}

/** Who the visitor looked up this visit: the customer and the order they opened. */
export interface AccountVisit {
  customerId: string
  orderId: string
}

/**
 * A signed browser-session cookie (no Max-Age: gone when the browser closes), kept apart from
 * the 90-day shop session so that an order lookup is remembered for this visit only.
 */
const accountCookie = createCookie('jk_account', {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: env.isProduction,
  secrets: [env.sessionSecret],
})

/** The customer the visitor looked up this visit, if any. */
export async function accountVisit(request: Request): Promise<AccountVisit | null> {
  const value: unknown = await accountCookie.parse(request.headers.get('Cookie'))
  if (!value || typeof value !== 'object') return null
  const { customerId, orderId } = value as Partial<AccountVisit>
  return typeof customerId === 'string' && typeof orderId === 'string' ? { customerId, orderId } : null
}

/** `Set-Cookie` that remembers the looked-up customer for the rest of the visit. */
export function rememberAccountVisit(visit: AccountVisit): Promise<string> {
  return accountCookie.serialize(visit)
}

/** `Set-Cookie` that forgets it. */
export function forgetAccountVisit(): Promise<string> {
  return accountCookie.serialize('', { maxAge: 0 })
}

/**
 * What a refused guard (`requireCsrf`, `rateLimit`, which throw `data({ error }, { status })`)
 * means, so a form can show it next to its fields instead of the error page; `null` for any
 * other error (rethrow it).
 */
export function guardRefusal(error: unknown): { status: number; error: string } | null {
  if (!error || typeof error !== 'object' || !('init' in error) || !('data' in error)) return null
  const { init, data: body } = error as { init: ResponseInit | null; data: unknown }
  const status = init?.status ?? 0
  if (status < 400 || status >= 500) return null
  const message = body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : 'The request was refused.'
  return { status, error: message }
}
