import type { CartLine as CheckoutCartLine, CheckoutCart, CheckoutDetails } from '@journeykit/checkout'
import { PricingError } from '@journeykit/checkout/server'
import type { Campaign, EventProperties, Item, Money, Touchpoint } from '@journeykit/core'
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { cartLinesForPricing } from './cart.server'
import type { Database, Queryable } from './db.server'
import { env } from './env.server'
import { createServerEvent, recordServerEvent, type ServerEventContext } from './journey-events.server'
import { enqueueOrderConfirmation, enqueueRefundNotice } from './email/order-emails.server'
import { enqueueReferralRewardNotice } from './email/referral-reward.server'
import { awardOrderPoints, voidOrderPoints } from './loyalty.server'
import { SHIPPING_COUNTRIES, SHIPPING_METHODS, priceShopCart, taxNote, toCheckoutCart } from './pricing.server'
import { rewardReferralForPaidOrder, voidReferralForRefund } from './referrals.server'

// ---------------------------------------------------------------------------------------------
// Shapes

/** pending → paid → fulfilled / refunded; pending → cancelled. */
export type OrderStatus = 'pending' | 'paid' | 'fulfilled' | 'refunded' | 'cancelled'

/** Where an order ships: the checkout's address fields. */
export type OrderAddress = Pick<CheckoutDetails, 'givenName' | 'familyName' | 'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'country' | 'phone'>

/**
 * Where the order came from, as the browser's journey saw it: the touchpoint and campaign, and
 * the journey's own ids, so the server's `order_completed` joins the visitor's journey.
 */
export interface OrderTouchpoint extends Touchpoint {
  campaign?: Campaign
  anonymousId?: string
  sessionId?: string
}

export interface OrderLine {
  variantId: string
  productId: string
  /** For links to the product page. */
  slug: string
  name: string
  variantLabel: string
  brand: string
  category: string
  unitPrice: Money
  quantity: number
  total: Money
}

export interface Order {
  /** The order number shown to the customer, e.g. 'NW-10042'. */
  id: string
  checkoutId: string
  customerId: string
  email: string
  status: OrderStatus
  subtotal: Money
  shipping: Money
  tax: Money
  discount: Money
  total: Money
  coupon: string | null
  shippingMethod: string
  address: OrderAddress
  paymentId: string | null
  /** The session visitor id of the browser that placed it. */
  anonymousId: string | null
  touchpoint: OrderTouchpoint | null
  /** ISO times. */
  createdAt: string
  paidAt: string | null
  lines: OrderLine[]
}

export interface PlaceOrderInput {
  /** The cart to buy; its lines are re-priced here, whatever the browser showed. */
  cartId: string
  checkoutId: string
  /** One per checkout attempt: the same key returns the order it created instead of a second one. */
  idempotencyKey: string
  /** The checkout form's values, validated here (untrusted). */
  details: unknown
  shippingMethod: string
  coupon?: string | null
  /** The session's visitor id (stored as `orders.anonymous_id`; referrals use it to spot a self-referral). */
  anonymousId?: string | null
  touchpoint?: OrderTouchpoint | null
}

export interface PlacedOrder {
  order: Order
  /** False when the idempotency key had already placed this order. */
  created: boolean
}

// ---------------------------------------------------------------------------------------------
// Errors

/** A line cannot be bought in the asked quantity any more: nothing of the order was written. */
export class SoldOutError extends Error {
  override readonly name = 'SoldOutError'
  constructor(
    readonly item: { productId: string; variantId: string; name: string; variantLabel: string },
    /** Units left (0: sold out). */
    readonly available: number,
  ) {
    super(available > 0 ? `Only ${available} of ${describe(item)} left.` : `${describe(item)} just sold out.`)
  }
}

/** The order's status does not allow the asked transition (e.g. refunding a pending order). */
export class OrderStateError extends Error {
  override readonly name = 'OrderStateError'
  constructor(
    readonly orderId: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`Order ${orderId} is ${from}; it cannot become ${to}.`)
  }
}

export class OrderNotFoundError extends Error {
  override readonly name = 'OrderNotFoundError'
  constructor(readonly orderId: string) {
    super(`Order ${orderId} does not exist.`)
  }
}

/** The checkout details or order input are invalid; `fields` maps a field name to its message. */
export class OrderValidationError extends Error {
  override readonly name = 'OrderValidationError'
  constructor(readonly fields: Readonly<Record<string, string>>) {
    super(Object.values(fields)[0] ?? 'The order details are not valid.')
  }
}

function describe(item: { name: string; variantLabel: string }): string {
  return isDefaultVariant(item.variantLabel) ? item.name : `${item.name} (${item.variantLabel})`
}

/** A variant label that names no real choice ("Default", "One size"): left out where the product is named. */
export function isDefaultVariant(label: string): boolean {
  return /^(default|one size|standard)$/i.test(label.trim())
}

// ---------------------------------------------------------------------------------------------
// Validation

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const PHONE = /^\+?[\d\s().-]{6,20}$/
/** Postal codes of the countries the shop ships to (as the checkout form checks them). */
const POSTAL_CODES: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-\d{4})?$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  RO: /^\d{6}$/,
  CN: /^\d{6}$/,
}
/** Countries whose addresses need a state, county or province. */
const REGION_REQUIRED = new Set(['US', 'RO', 'CN'])

/**
 * Checks the checkout details the browser sent (the same rules as the form, plus lengths and the
 * countries the shop ships to).
 * @throws {OrderValidationError} with a message per invalid field.
 */
export function parseCheckoutDetails(input: unknown): CheckoutDetails {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}
  const text = (name: string, max: number) => {
    const value = raw[name]
    return typeof value === 'string' ? value.trim().slice(0, max + 1) : ''
  }
  const details: CheckoutDetails = {
    email: text('email', 254),
    phone: text('phone', 30),
    givenName: text('givenName', 100),
    familyName: text('familyName', 100),
    line1: text('line1', 200),
    line2: text('line2', 200),
    city: text('city', 100),
    region: text('region', 100),
    postalCode: text('postalCode', 20).toUpperCase(),
    country: text('country', 2).toUpperCase(),
    shippingMethod: text('shippingMethod', 50),
    saveDetails: raw.saveDetails === true,
  }
  const fields: Record<string, string> = {}
  if (!details.email) fields.email = 'Email is required.'
  else if (details.email.length > 254 || !EMAIL.test(details.email)) fields.email = 'Enter an email address like name@example.com.'
  if (details.phone && (details.phone.length > 30 || !PHONE.test(details.phone))) fields.phone = 'Enter a phone number using digits, spaces and +.'
  const required = { givenName: 'First name', familyName: 'Last name', line1: 'Street and number', city: 'City' } as const
  for (const [name, label] of Object.entries(required)) {
    const value = details[name as keyof typeof required]
    if (!value) fields[name] = `${label} is required.`
    else if (value.length > (name === 'line1' ? 200 : 100)) fields[name] = `${label} is too long.`
  }
  if (details.line2.length > 200) fields.line2 = 'The second address line is too long.'
  if (!(SHIPPING_COUNTRIES as readonly string[]).includes(details.country)) fields.country = 'We do not ship to this country yet.'
  if (REGION_REQUIRED.has(details.country) && !details.region) fields.region = 'The state, county or province is required.'
  if (details.region.length > 100) fields.region = 'The region is too long.'
  const postal = POSTAL_CODES[details.country]
  if (postal && !postal.test(details.postalCode)) fields.postalCode = details.postalCode ? 'The postal code is not valid.' : 'The postal code is required.'
  if (!SHIPPING_METHODS.some((method) => method.id === details.shippingMethod)) fields.shippingMethod = 'Choose a shipping method.'
  if (Object.keys(fields).length > 0) throw new OrderValidationError(fields)
  return details
}

/** The browser's attribution, if it is well-formed; anything else is dropped (it is best effort). */
export function parseOrderTouchpoint(input: unknown): OrderTouchpoint | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const raw = input as Record<string, unknown>
  const short = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined)
  const channel = raw.channel
  const source = short(raw.source)
  if ((channel !== 'paid' && channel !== 'owned' && channel !== 'earned' && channel !== 'direct') || !source) return undefined
  const campaign: Campaign = {}
  if (typeof raw.campaign === 'object' && raw.campaign !== null) {
    for (const field of ['source', 'medium', 'name', 'term', 'content'] as const) {
      const value = short((raw.campaign as Record<string, unknown>)[field])
      if (value) campaign[field] = value
    }
  }
  const anonymousId = short(raw.anonymousId)
  const sessionId = short(raw.sessionId)
  return { channel, source, campaign, ...(anonymousId ? { anonymousId } : {}), ...(sessionId ? { sessionId } : {}) }
}

// ---------------------------------------------------------------------------------------------
// Access

function sign(purpose: string, value: string, secret: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url')
}

/** The token in an order's confirmation link: an HMAC of the order id, so nothing is stored. */
export function orderAccessToken(orderId: string, secret: string = env.sessionSecret): string {
  return sign('order', orderId, secret).slice(0, 32)
}

export function isOrderAccessToken(orderId: string, token: string | null | undefined, secret: string = env.sessionSecret): boolean {
  if (!token) return false
  const expected = Buffer.from(orderAccessToken(orderId, secret))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The checkout id of a cart: stable per cart and not the cart id itself (it travels in analytics). */
export function checkoutIdForCart(cartId: string, secret: string = env.sessionSecret): string {
  return `chk_${sign('checkout', cartId, secret).slice(0, 24)}`
}

/** The confirmation page's path for an order, token included. */
export function orderUrl(orderId: string): string {
  return `/orders/${encodeURIComponent(orderId)}?token=${orderAccessToken(orderId)}`
}

// ---------------------------------------------------------------------------------------------
// Reading

interface OrderRow {
  id: string
  checkout_id: string
  customer_id: string
  email: string
  status: OrderStatus
  currency: string
  subtotal: number
  shipping: number
  tax: number
  discount: number
  total: number
  coupon_code: string | null
  shipping_method: string
  address: OrderAddress
  payment_id: string | null
  anonymous_id: string | null
  touchpoint: OrderTouchpoint | null
  created_at: Date | string
  paid_at: Date | string | null
}

interface OrderLineRow {
  variant_id: string
  product_id: string
  slug: string
  name: string
  variant_label: string
  brand: string
  category: string
  unit_amount: number
  quantity: number
}

/** An order with its lines, or null. */
export async function getOrder(db: Queryable, orderId: string): Promise<Order | null> {
  const { rows } = await db.query<OrderRow>('SELECT * FROM orders WHERE id = $1', [orderId])
  const row = rows[0]
  if (!row) return null
  const { rows: lines } = await db.query<OrderLineRow>(
    `SELECT l.variant_id, l.product_id, p.slug, l.name, l.variant_label, p.brand, c.name AS category, l.unit_amount, l.quantity
     FROM order_lines l JOIN products p ON p.id = l.product_id JOIN categories c ON c.id = p.category_id
     WHERE l.order_id = $1 ORDER BY l.name, l.variant_id`,
    [orderId],
  )
  const money = (amount: number): Money => ({ amount, currency: row.currency })
  return {
    id: row.id,
    checkoutId: row.checkout_id,
    customerId: row.customer_id,
    email: row.email,
    status: row.status,
    subtotal: money(row.subtotal),
    shipping: money(row.shipping),
    tax: money(row.tax),
    discount: money(row.discount),
    total: money(row.total),
    coupon: row.coupon_code,
    shippingMethod: row.shipping_method,
    address: row.address,
    paymentId: row.payment_id,
    anonymousId: row.anonymous_id,
    touchpoint: row.touchpoint,
    createdAt: new Date(row.created_at).toISOString(),
    paidAt: row.paid_at ? new Date(row.paid_at).toISOString() : null,
    lines: lines.map((line) => ({
      variantId: line.variant_id,
      productId: line.product_id,
      slug: line.slug,
      name: line.name,
      variantLabel: line.variant_label,
      brand: line.brand,
      category: line.category,
      unitPrice: money(line.unit_amount),
      quantity: line.quantity,
      total: money(line.unit_amount * line.quantity),
    })),
  }
}

/** The order paid with a provider's payment (e.g. a Stripe PaymentIntent id), or null. */
export async function findOrderIdByPaymentId(db: Queryable, paymentId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM orders WHERE payment_id = $1', [paymentId])
  return rows[0]?.id ?? null
}

/** The order's lines as journey event items (as the checkout reported them). */
export function orderItems(order: Order): Item[] {
  return order.lines.map((line) => ({ ...checkoutLine(line), ...(order.coupon ? { coupon: order.coupon } : {}) }))
}

/** One order line as the checkout shows it (and, with the coupon, as an event item): the price charged per unit. */
function checkoutLine(line: OrderLine): CheckoutCartLine {
  return {
    id: line.productId,
    name: line.name,
    price: line.unitPrice,
    quantity: line.quantity,
    variant: line.variantLabel,
    brand: line.brand,
    category: line.category,
  }
}

/** The order as GuestCheckout and OrderSummary show a cart: the amounts that were charged. */
export function orderCheckoutCart(order: Order): CheckoutCart {
  return {
    lines: order.lines.map(checkoutLine),
    subtotal: order.subtotal,
    shipping: order.shipping,
    tax: order.tax,
    discount: order.discount,
    total: order.total,
    ...(order.coupon ? { coupon: order.coupon } : {}),
    taxIncluded: true,
  }
}

/** `order_completed`'s properties for an order: the same numbers the client reports. */
export function orderCompletedProperties(order: Order): EventProperties<'order_completed'> {
  return {
    orderId: order.id,
    items: orderItems(order),
    subtotal: order.subtotal,
    shipping: order.shipping,
    tax: order.tax,
    discount: order.discount,
    total: order.total,
    ...(order.coupon ? { coupon: order.coupon } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// Quoting

/** A shipping method offered for the destination, priced for this cart (GuestCheckout's `ShippingOption`). */
export interface QuotedShippingOption {
  id: string
  label: string
  price: Money
  estimate?: { minDays: number; maxDays: number }
}

export interface CheckoutQuote {
  cart: CheckoutCart
  shippingOptions: QuotedShippingOption[]
  country: string
  /** The priced method; null when the asked one does not ship to `country` (see `shippingNotice`). */
  shippingMethod: string | null
  /** Why the asked method was dropped, for the payer. */
  shippingNotice: string | null
  /** What the payer should know about tax for the destination. */
  taxNote: string | null
}

/**
 * Prices the cart for the checkout page: the destination's shipping options and VAT, the chosen
 * method (dropped with a notice when it does not ship there) and a coupon.
 * @throws {PricingError} for an empty cart, lines over the stock and a refused coupon.
 */
export async function quoteCheckout(
  db: Queryable,
  cartId: string,
  selection: { country?: string | null; shippingMethod?: string | null; coupon?: string | null; email?: string | null },
): Promise<CheckoutQuote> {
  const country = (SHIPPING_COUNTRIES as readonly string[]).includes(selection.country?.toUpperCase() ?? '') ? selection.country!.toUpperCase() : SHIPPING_COUNTRIES[0]
  const lines = await cartLinesForPricing(db, cartId)
  const coupon = selection.coupon?.trim() || undefined
  // With the payer's email typed, the coupon's per-customer limit is checked now, as the order will.
  const email = selection.email?.trim() || undefined
  const price = (shippingMethod?: string) =>
    priceShopCart(db, lines, { country, ...(shippingMethod ? { shippingMethod } : {}), ...(coupon ? { coupon } : {}), ...(email ? { email } : {}) })
  let shippingNotice: string | null = null
  let priced = await price()
  const asked = selection.shippingMethod ?? undefined
  if (asked && priced.shippingOptions.some((option) => option.id === asked)) priced = await price(asked)
  else if (asked) {
    const label = SHIPPING_METHODS.find((method) => method.id === asked)?.label ?? 'That shipping method'
    shippingNotice = `${label} delivery does not reach ${regionName(country)}. Choose another shipping method.`
  }
  return {
    cart: toCheckoutCart(priced),
    shippingOptions: priced.shippingOptions.map(({ id, label, price, estimate }) => ({ id, label, price, ...(estimate ? { estimate } : {}) })),
    country,
    shippingMethod: priced.shippingMethod ?? null,
    shippingNotice,
    taxNote: taxNote(country) ?? null,
  }
}

/**
 * The checkout's first quote: the home market with standard shipping and the coupon the cart
 * carries (dropped when it no longer applies). Null when the cart cannot be checked out: empty,
 * or holding more than the stock (the cart page explains which line).
 */
export async function initialCheckoutQuote(db: Queryable, cartId: string): Promise<CheckoutQuote | null> {
  const { rows } = await db.query<{ coupon_code: string | null }>('SELECT coupon_code FROM carts WHERE id = $1', [cartId])
  const selection = { country: SHIPPING_COUNTRIES[0], shippingMethod: 'standard' }
  for (const coupon of rows[0]?.coupon_code ? [rows[0].coupon_code, null] : [null]) {
    try {
      return await quoteCheckout(db, cartId, { ...selection, coupon })
    } catch (error) {
      if (!(error instanceof PricingError)) throw error
      if (!(coupon && error.code.startsWith('coupon_'))) return null
    }
  }
  return null
}

function regionName(country: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country
}

// ---------------------------------------------------------------------------------------------
// Placing

const FIRST_ORDER_NUMBER = 10001

/**
 * Places an order for a cart in one transaction: re-prices the cart on the server, finds or
 * creates the customer by (lower-cased) email, reserves the stock of every line atomically,
 * inserts the order ('pending') with its lines and counts the coupon's use. Any failure writes
 * nothing. The same `idempotencyKey` returns the order it placed (`created: false`). A cart has at
 * most one pending order (a unique index on the checkout id): a new attempt cancels the earlier
 * pending order, and of two concurrent attempts one places the order and the other gets it.
 *
 * @throws {OrderValidationError} invalid details or input.
 * @throws {SoldOutError} a line is no longer in stock in the asked quantity.
 * @throws {PricingError} empty cart, refused coupon, shipping method not available.
 */
export async function placeOrder(db: Database, input: PlaceOrderInput): Promise<PlacedOrder> {
  const details = parseCheckoutDetails({ ...(typeof input.details === 'object' ? input.details : {}), shippingMethod: input.shippingMethod })
  const { idempotencyKey, checkoutId } = input
  if (typeof idempotencyKey !== 'string' || idempotencyKey.length < 8 || idempotencyKey.length > 200) {
    throw new OrderValidationError({ idempotencyKey: 'The checkout attempt has no valid key. Reload the page and try again.' })
  }
  if (typeof checkoutId !== 'string' || !checkoutId || checkoutId.length > 200) {
    throw new OrderValidationError({ checkoutId: 'The checkout is not valid. Reload the page and try again.' })
  }
  const coupon = typeof input.coupon === 'string' && input.coupon.trim() ? input.coupon.trim().slice(0, 64) : undefined

  let orderId: string
  let created = true
  try {
    ;({ orderId, created } = await db.transaction(async (tx) => {
      // Attempts for one cart take turns; rows are then locked in one order (the superseded order,
      // the customer, the variants by id), so concurrent checkouts sharing a customer or a variant never deadlock.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`checkout:${checkoutId}`])
      const existing = await orderIdForKey(tx, idempotencyKey)
      if (existing) return { orderId: existing, created: false }
      const { rows: superseded } = await tx.query<{ id: string }>("SELECT id FROM orders WHERE checkout_id = $1 AND status = 'pending' FOR UPDATE", [checkoutId])
      const lines = await cartLinesForPricing(tx, input.cartId)
      // Also locks the customer's row until commit (and pricing takes a coupon+inbox lock): uses of a coupon
      // against its per-customer limit are counted after an earlier order of the same inbox commits, never beside it.
      const customerId = await ensureCustomer(tx, details)
      await lockVariants(tx, [...lines.map((line) => line.variantId), ...(await variantIdsOf(tx, superseded.map((row) => row.id)))])
      // A new attempt supersedes the cart's pending order (its stock and coupon come back first): one pending order per cart.
      for (const row of superseded) await cancelLocked(tx, row.id, new Date())
      const priced = await priceShopCart(tx, lines, {
        country: details.country,
        shippingMethod: details.shippingMethod,
        coupon,
        customerId,
        email: details.email,
        lockCustomerLimit: true,
      }).catch(
        async (error: unknown) => {
          if (error instanceof PricingError && error.code === 'out_of_stock') {
            throw await soldOut(tx, String(error.details.variantId), Number(error.details.available ?? 0))
          }
          throw error
        },
      )
      for (const line of priced.lines) {
        // The guard and the decrement are one statement: of two buyers of the last unit, one gets zero rows.
        const { rows } = await tx.query('UPDATE variants SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING stock', [line.variantId, line.quantity])
        if (rows.length === 0) throw await soldOut(tx, line.variantId!)
      }
      if (priced.coupon) {
        const { rows } = await tx.query(
          'UPDATE coupons SET used = used + 1 WHERE code = $1 AND (usage_limit IS NULL OR used < usage_limit) RETURNING code',
          [priced.coupon],
        )
        if (rows.length === 0) throw new PricingError('coupon_exhausted', `Coupon "${priced.coupon}" has been used up.`, { coupon: priced.coupon })
      }
      // Numbers are handed out one transaction at a time; the lock is released at commit.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('orders:number'))")
      const { rows: numbers } = await tx.query<{ next: number }>(
        `SELECT coalesce(max(substring(id from 4)::int), $1 - 1) + 1 AS next FROM orders WHERE id ~ '^NW-[0-9]+$'`,
        [FIRST_ORDER_NUMBER],
      )
      const id = `NW-${numbers[0]!.next}`
      const address: OrderAddress = {
        givenName: details.givenName,
        familyName: details.familyName,
        line1: details.line1,
        line2: details.line2,
        city: details.city,
        region: details.region,
        postalCode: details.postalCode,
        country: details.country,
        phone: details.phone,
      }
      await tx.query(
        `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
                             coupon_code, shipping_method, address, anonymous_id, touchpoint)
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          id,
          checkoutId,
          idempotencyKey,
          customerId,
          details.email,
          priced.currency,
          priced.subtotal.amount,
          priced.shipping.amount,
          priced.tax.amount,
          priced.discount.amount,
          priced.total.amount,
          priced.coupon ?? null,
          details.shippingMethod,
          JSON.stringify(address),
          input.anonymousId ?? null,
          input.touchpoint ? JSON.stringify(input.touchpoint) : null,
        ],
      )
      for (const [index, line] of priced.lines.entries()) {
        const item = priced.items[index]!
        await tx.query(
          `INSERT INTO order_lines (order_id, variant_id, product_id, name, variant_label, unit_amount, quantity) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, line.variantId, line.productId, item.name, item.variant ?? '', line.unitPrice.amount, line.quantity],
        )
      }
      return { orderId: id, created: true }
    }))
  } catch (error) {
    // A concurrent request won a unique index, with the same key or another one for the same cart: answer with its order.
    const existing = isUniqueViolation(error) ? ((await orderIdForKey(db, idempotencyKey)) ?? (await pendingOrderIdFor(db, checkoutId))) : null
    if (!existing) throw error
    orderId = existing
    created = false
  }
  const order = await getOrder(db, orderId)
  if (!order) throw new OrderNotFoundError(orderId)
  return { order, created }
}

/** Locks the variants' rows in id order, the one order every stock change takes them in. */
async function lockVariants(tx: Queryable, variantIds: readonly string[]): Promise<void> {
  if (variantIds.length) await tx.query('SELECT id FROM variants WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [[...new Set(variantIds)]])
}

async function variantIdsOf(tx: Queryable, orderIds: readonly string[]): Promise<string[]> {
  if (!orderIds.length) return []
  const { rows } = await tx.query<{ variant_id: string }>('SELECT DISTINCT variant_id FROM order_lines WHERE order_id = ANY($1::text[])', [orderIds])
  return rows.map((row) => row.variant_id)
}

async function pendingOrderIdFor(db: Queryable, checkoutId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>("SELECT id FROM orders WHERE checkout_id = $1 AND status = 'pending'", [checkoutId])
  return rows[0]?.id ?? null
}

async function orderIdForKey(db: Queryable, idempotencyKey: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM orders WHERE idempotency_key = $1', [idempotencyKey])
  return rows[0]?.id ?? null
}

/** The customer for an email address (lower-cased), created on their first order. */
async function ensureCustomer(db: Queryable, details: CheckoutDetails): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO customers (id, email, first_name) VALUES ($1, $2, $3)
     ON CONFLICT (email) DO UPDATE SET first_name = coalesce(customers.first_name, excluded.first_name)
     RETURNING id`,
    [`cus_${randomUUID()}`, details.email.trim().toLowerCase(), details.givenName],
  )
  return rows[0]!.id
}

async function soldOut(db: Queryable, variantId: string, available?: number): Promise<SoldOutError> {
  const { rows } = await db.query<{ product_id: string; name: string; label: string; stock: number }>(
    'SELECT v.product_id, p.name, v.label, v.stock FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = $1',
    [variantId],
  )
  const row = rows[0]
  return new SoldOutError(
    { productId: row?.product_id ?? '', variantId, name: row?.name ?? 'An item', variantLabel: row?.label ?? '' },
    available ?? row?.stock ?? 0,
  )
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
}

// ---------------------------------------------------------------------------------------------
// Transitions

/** Locks the order's row for the transaction and returns its status and payment id. */
async function lockOrder(tx: Queryable, orderId: string): Promise<{ status: OrderStatus; payment_id: string | null }> {
  const { rows } = await tx.query<{ status: OrderStatus; payment_id: string | null }>('SELECT status, payment_id FROM orders WHERE id = $1 FOR UPDATE', [orderId])
  if (!rows[0]) throw new OrderNotFoundError(orderId)
  return rows[0]
}

async function loadOrder(db: Queryable, orderId: string): Promise<Order> {
  const order = await getOrder(db, orderId)
  if (!order) throw new OrderNotFoundError(orderId)
  return order
}

/** Who a server-side event about an order is attributed to: the visit that placed it. */
export function orderEventContext(order: Order, occurredAt: string): ServerEventContext {
  return {
    anonymousId: order.touchpoint?.anonymousId ?? `order:${order.id}`,
    sessionId: order.touchpoint?.sessionId ?? null,
    touchpoint: order.touchpoint ? { channel: order.touchpoint.channel, source: order.touchpoint.source } : null,
    campaign: order.touchpoint?.campaign ?? null,
    occurredAt,
  }
}

/**
 * pending → paid, with the provider's payment id. Records `order_completed` server-side (one per
 * order: the client's copy is de-duplicated by transaction id), runs `onOrderPaid` and queues the
 * order confirmation email, all in one transaction. Paying an order already paid with the same payment id changes nothing.
 *
 * @throws {OrderStateError} when the order is not pending; {OrderNotFoundError}.
 */
export async function markPaid(db: Database, orderId: string, paymentId: string, now: Date = new Date()): Promise<Order> {
  return db.transaction(async (tx) => {
    const current = await lockOrder(tx, orderId)
    if (current.status === 'paid' && current.payment_id === paymentId) return loadOrder(tx, orderId)
    if (current.status !== 'pending') throw new OrderStateError(orderId, current.status, 'paid')
    await tx.query("UPDATE orders SET status = 'paid', payment_id = $2, paid_at = $3, updated_at = $3 WHERE id = $1", [orderId, paymentId, now])
    const order = await loadOrder(tx, orderId)
    await recordServerEvent(tx, createServerEvent('order_completed', orderCompletedProperties(order), orderEventContext(order, now.toISOString())))
    await onOrderPaid(tx, orderId, now)
    await enqueueOrderConfirmation(tx, order, now)
    return order
  })
}

/**
 * What follows a payment, inside its transaction: the loyalty points of the order and, for a
 * referred friend's first order, the referrer's reward and its notice email. All are idempotent.
 */
export async function onOrderPaid(db: Queryable, orderId: string, now: Date = new Date()): Promise<void> {
  await awardOrderPoints(db, orderId, now)
  const referralReward = await rewardReferralForPaidOrder(db, orderId, now)
  if (referralReward) await enqueueReferralRewardNotice(db, referralReward, now)
}

/** What follows a refund, inside its transaction: the order's points and referral reward are taken back. */
export async function onOrderRefunded(db: Queryable, orderId: string, now: Date = new Date()): Promise<void> {
  await voidOrderPoints(db, orderId, now)
  await voidReferralForRefund(db, orderId, now)
}

/**
 * pending → cancelled: the reserved stock goes back on sale, the coupon use is returned, and the
 * idempotency key is freed so a retry of the same checkout attempt places a new order. A
 * cancelled order stays cancelled (calling again changes nothing).
 *
 * @throws {OrderStateError} when the order was paid (refund it instead); {OrderNotFoundError}.
 */
export async function cancelOrder(db: Database, orderId: string, now: Date = new Date()): Promise<Order> {
  return db.transaction(async (tx) => {
    const current = await lockOrder(tx, orderId)
    if (current.status === 'cancelled') return loadOrder(tx, orderId)
    if (current.status !== 'pending') throw new OrderStateError(orderId, current.status, 'cancelled')
    await cancelLocked(tx, orderId, now)
    return loadOrder(tx, orderId)
  })
}

/** pending → cancelled for an order whose row this transaction has locked (see `cancelOrder`). */
async function cancelLocked(tx: Queryable, orderId: string, now: Date): Promise<void> {
  await lockVariants(tx, await variantIdsOf(tx, [orderId]))
  await tx.query(
    `UPDATE orders SET status = 'cancelled', updated_at = $2, idempotency_key = idempotency_key || ':cancelled:' || id WHERE id = $1`,
    [orderId, now],
  )
  await tx.query(
    `UPDATE variants v SET stock = v.stock + l.quantity FROM order_lines l WHERE l.order_id = $1 AND l.variant_id = v.id`,
    [orderId],
  )
  await tx.query(
    `UPDATE coupons SET used = greatest(used - 1, 0) WHERE code = (SELECT coupon_code FROM orders WHERE id = $1)`,
    [orderId],
  )
}

/** A payment the order could not take (it was cancelled meanwhile, or paid already), returned to the customer. */
export interface ReturnedPayment {
  orderId: string
  paymentId: string
  /** The provider's refund id. */
  refundId: string
  amount: Money
}

/**
 * Records a refund the shop made itself; a cancelled order becomes `refunded` (with the payment's
 * id), other orders keep their status. One refund per payment (a unique key), so two processes
 * handling the same payment record it once.
 *
 * @returns false when this payment's refund was already recorded.
 */
export async function recordReturnedPayment(db: Database, payment: ReturnedPayment, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await lockOrder(tx, payment.orderId)
    const { rows } = await tx.query(
      `INSERT INTO order_refunds (id, order_id, payment_id, amount, currency, reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [payment.refundId, payment.orderId, payment.paymentId, payment.amount.amount, payment.amount.currency, `order_${current.status}`, now],
    )
    if (rows.length === 0) return false
    if (current.status === 'cancelled') {
      await tx.query("UPDATE orders SET status = 'refunded', payment_id = $2, updated_at = $3 WHERE id = $1", [payment.orderId, payment.paymentId, now])
    }
    return true
  })
}

/** Whether the shop already refunded this payment itself. */
export async function isPaymentReturned(db: Queryable, paymentId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM order_refunds WHERE payment_id = $1', [paymentId])
  return rows.length > 0
}

/** The payment failed for good (the provider said so): the pending order is cancelled (see `cancelOrder`). */
export async function markFailed(db: Database, orderId: string, now: Date = new Date()): Promise<Order> {
  return cancelOrder(db, orderId, now)
}

/**
 * paid or fulfilled → refunded: records `order_refunded` and takes back the order's loyalty
 * points and referral reward. The goods are not restocked (they may not come back). Refunding
 * again changes nothing.
 *
 * @throws {OrderStateError} for a pending or cancelled order; {OrderNotFoundError}.
 */
export async function refundOrder(db: Database, orderId: string, now: Date = new Date()): Promise<Order> {
  return db.transaction(async (tx) => {
    const current = await lockOrder(tx, orderId)
    if (current.status === 'refunded') return loadOrder(tx, orderId)
    if (current.status !== 'paid' && current.status !== 'fulfilled') throw new OrderStateError(orderId, current.status, 'refunded')
    await tx.query("UPDATE orders SET status = 'refunded', updated_at = $2 WHERE id = $1", [orderId, now])
    const order = await loadOrder(tx, orderId)
    await recordServerEvent(
      tx,
      createServerEvent('order_refunded', { orderId, total: order.total, items: orderItems(order) }, orderEventContext(order, now.toISOString())),
    )
    await onOrderRefunded(tx, orderId, now)
    await enqueueRefundNotice(tx, order, now)
    return order
  })
}

/**
 * paid → fulfilled (shipped). Fulfilling again changes nothing.
 * @throws {OrderStateError} unless the order is paid; {OrderNotFoundError}.
 */
export async function fulfillOrder(db: Database, orderId: string, now: Date = new Date()): Promise<Order> {
  return db.transaction(async (tx) => {
    const current = await lockOrder(tx, orderId)
    if (current.status === 'fulfilled') return loadOrder(tx, orderId)
    if (current.status !== 'paid') throw new OrderStateError(orderId, current.status, 'fulfilled')
    await tx.query("UPDATE orders SET status = 'fulfilled', updated_at = $2 WHERE id = $1", [orderId, now])
    return loadOrder(tx, orderId)
  })
}
