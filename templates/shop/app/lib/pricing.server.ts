import {
  priceCart,
  PricingError,
  type CartLineInput,
  type CatalogProduct,
  type Coupon,
  type PricedCart,
  type PricingRules,
  type ShippingMethod,
} from '@journeykit/checkout/server'
import type { CheckoutCart } from '@journeykit/checkout'
import { toMajorUnits } from '@journeykit/core'
import { normalizeEmail } from '@journeykit/loyalty/program'
import type { Queryable } from './db.server'
import { publishedProduct } from './published.server'
import { normalizedEmailSql } from './referrals.server'
import { CURRENCY } from './seed.server'

/** The countries the shop ships to, home market first (the checkout's default). */
export const SHIPPING_COUNTRIES = ['DE', 'FR', 'RO', 'GB', 'US', 'CN'] as const

const eur = (amount: number) => ({ amount, currency: CURRENCY })

/**
 * Standard ships everywhere we sell and is free from €75; Express (1–2 days) only reaches the
 * European countries next to the warehouse.
 */
export const SHIPPING_METHODS: readonly ShippingMethod[] = [
  { id: 'standard', label: 'Standard', price: eur(490), freeAbove: eur(7500), countries: SHIPPING_COUNTRIES, estimate: { minDays: 3, maxDays: 5 } },
  { id: 'express', label: 'Express', price: eur(1290), countries: ['DE', 'FR', 'RO', 'GB'], estimate: { minDays: 1, maxDays: 2 } },
]

/** VAT included in the shown prices, by destination. */
const VAT_RATES: Readonly<Record<string, number>> = { DE: 0.19, FR: 0.2, GB: 0.2, RO: 0.19, US: 0, CN: 0 }

/** The rate of the home market (DE) applies until the payer picks a country. */
export function vatRate(country: string | undefined): number {
  return VAT_RATES[country?.toUpperCase() ?? 'DE'] ?? VAT_RATES.DE!
}

/** What the payer should know about tax for a destination outside the EU VAT area, if anything. */
export function taxNote(country: string | undefined): string | undefined {
  const code = country?.toUpperCase()
  if (code !== 'US' && code !== 'CN') return undefined
  return 'No VAT is charged on orders shipped outside Europe. Import duties and local taxes may be due on delivery.'
}

export interface ShopPricingOptions {
  /** ISO 3166-1 alpha-2 destination; default DE. */
  country?: string
  shippingMethod?: string
  coupon?: string
  /**
   * The customer paying, once known: a loyalty reward code (a coupon with a `customer_id`) is
   * only valid for its owner. Undefined while the payer is unknown (quotes), which accepts it.
   */
  customerId?: string | null
  /** The payer's email, once typed: a coupon's per-customer limit counts per inbox (see `checkCustomerLimit`). */
  email?: string | null
  /** Inside the order's transaction: hold the coupon+inbox lock until commit (see `checkCustomerLimit`). */
  lockCustomerLimit?: boolean
  now?: Date
}

/**
 * Prices cart lines with the shop's rules: catalog prices and stock from products/variants,
 * shipping methods, VAT (included in prices) and coupons from the coupons table.
 *
 * @throws {PricingError} as `priceCart` does (empty cart, unknown variant, over stock, coupon
 * refused, shipping method unavailable).
 */
export async function priceShopCart(db: Queryable, lines: readonly CartLineInput[], options: ShopPricingOptions = {}): Promise<PricedCart> {
  const country = (options.country ?? SHIPPING_COUNTRIES[0]).toUpperCase()
  const [{ catalog, drafts }, coupons] = await Promise.all([
    loadCatalog(db, lines.map((line) => line.productId)),
    options.coupon ? loadCoupon(db, options.coupon, options, options.now ?? new Date()) : Promise.resolve([]),
  ])
  // A product made a draft after it went into a cart is no longer sold; the shopper is told which one.
  const draft = lines.find((line) => drafts.has(line.productId))
  if (draft) {
    throw new PricingError('unknown_product', `"${drafts.get(draft.productId)}" is no longer for sale: remove it from the cart to go on.`, { productId: draft.productId })
  }
  const rules: PricingRules = {
    currency: CURRENCY,
    shipping: SHIPPING_METHODS,
    tax: { inclusive: true, rate: vatRate },
    coupons,
  }
  return priceCart(lines, catalog, rules, {
    country,
    ...(options.shippingMethod ? { shippingMethod: options.shippingMethod } : {}),
    ...(options.coupon ? { coupon: options.coupon } : {}),
    ...(options.now ? { now: options.now } : {}),
  })
}

interface CatalogRow {
  product_id: string
  name: string
  brand: string
  category: string
  price_amount: number
  currency: string
  variant_id: string
  label: string
  stock: number
  /** The variant's own price (migration 017); null: the product's. */
  variant_price_amount: number | null
  published: boolean
}

/** The products of the lines, and the names of those among them that are drafts (by id). */
async function loadCatalog(db: Queryable, productIds: readonly string[]): Promise<{ catalog: Map<string, CatalogProduct>; drafts: Map<string, string> }> {
  const catalog = new Map<string, CatalogProduct>()
  const drafts = new Map<string, string>()
  if (productIds.length === 0) return { catalog, drafts }
  const { rows } = await db.query<CatalogRow>(
    `SELECT p.id AS product_id, p.name, p.brand, c.name AS category, p.price_amount, p.currency, v.id AS variant_id, v.label, v.stock, v.price_amount AS variant_price_amount, ${publishedProduct('p')} AS published
     FROM products p JOIN categories c ON c.id = p.category_id JOIN variants v ON v.product_id = p.id
     WHERE p.id = ANY($1::text[])
     ORDER BY p.id, v.position`,
    [[...new Set(productIds)]],
  )
  for (const row of rows) {
    if (!row.published) drafts.set(row.product_id, row.name)
    let product = catalog.get(row.product_id)
    if (!product) {
      product = { id: row.product_id, name: row.name, brand: row.brand, category: row.category, price: { amount: row.price_amount, currency: row.currency }, variants: [] }
      catalog.set(row.product_id, product)
    }
    ;(product.variants as Array<{ id: string; name: string; stock: number; price?: { amount: number; currency: string } }>).push({
      id: row.variant_id,
      name: row.label,
      stock: row.stock,
      ...(row.variant_price_amount !== null ? { price: { amount: row.variant_price_amount, currency: row.currency } } : {}),
    })
  }
  return { catalog, drafts }
}

interface CouponRow {
  code: string
  kind: Coupon['kind']
  value: number
  starts_at: Date | string | null
  expires_at: Date | string | null
  min_subtotal: number | null
  usage_limit: number | null
  used: number
  per_customer_limit: number | null
  active: boolean
  customer_id: string | null
}

/**
 * The coupon for `code` as a pricing rule (none when unknown or deactivated, so `priceCart` refuses it as unknown).
 * Its per-customer limit is checked by `checkCustomerLimit`, the same for the quote and the order.
 */
async function loadCoupon(db: Queryable, code: string, payer: ShopPricingOptions, now: Date): Promise<Coupon[]> {
  const { rows } = await db.query<CouponRow>('SELECT * FROM coupons WHERE code = $1', [normalizeCouponCode(code)])
  const row = rows[0]
  if (!row?.active) return []
  const { customerId } = payer
  if (row.customer_id && customerId !== undefined && row.customer_id !== customerId) {
    throw new PricingError('coupon_unknown', `Coupon "${row.code}" belongs to another customer.`, { coupon: row.code, reason: 'other_customer' })
  }
  if (row.starts_at && new Date(row.starts_at) > now) {
    throw new PricingError('coupon_unknown', `Coupon "${row.code}" is not valid yet.`, { coupon: row.code, reason: 'not_started' })
  }
  await checkCustomerLimit(db, { code: row.code, perCustomerLimit: row.per_customer_limit }, payer)
  return [
    {
      code: row.code,
      kind: row.kind,
      value: row.value,
      ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
      ...(row.min_subtotal !== null ? { minSubtotal: { amount: row.min_subtotal, currency: CURRENCY } } : {}),
      ...(row.usage_limit !== null ? { usageLimit: row.usage_limit, usageCount: row.used } : {}),
    },
  ]
}

/**
 * Refuses a coupon the payer has used as often as one customer may. Uses count per inbox: the
 * payer's earlier orders with the code (any but cancelled ones) under their customer id or any
 * spelling of their address (case, spaces, Gmail dots, +tags: `normalizeEmail`). The quote and the
 * order call this one check, so a quote never shows a discount the order then refuses; with neither
 * email nor customer known (an early quote) there is nothing to count yet.
 *
 * With `lockCustomerLimit` (inside the order's transaction) an advisory lock on code+inbox is held
 * until commit, so two parallel orders of one inbox count one after the other and cannot both take
 * the last use.
 *
 * @throws {PricingError} `coupon_exhausted` with `reason: 'customer_limit'`.
 */
export async function checkCustomerLimit(
  db: Queryable,
  coupon: { code: string; perCustomerLimit: number | null },
  payer: { customerId?: string | null; email?: string | null; lockCustomerLimit?: boolean },
): Promise<void> {
  if (coupon.perCustomerLimit === null) return
  const inbox = payer.email?.trim() ? normalizeEmail(payer.email) : null
  const customerId = payer.customerId ?? null
  if (!inbox && !customerId) return
  if (payer.lockCustomerLimit) {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`coupon-limit:${coupon.code}:${inbox ?? customerId}`])
  }
  const { rows } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM orders
     WHERE coupon_code = $1 AND status <> 'cancelled' AND (customer_id = $2 OR ${normalizedEmailSql('email')} = $3)`,
    [coupon.code, customerId, inbox],
  )
  if (rows[0]!.count >= coupon.perCustomerLimit) {
    throw new PricingError('coupon_exhausted', `Coupon "${coupon.code}" was used as often as one customer may.`, {
      coupon: coupon.code,
      reason: 'customer_limit',
      perCustomerLimit: coupon.perCustomerLimit,
    })
  }
}

/** Codes are stored upper-case, without surrounding spaces. */
export function normalizeCouponCode(code: string): string {
  return code.trim().toUpperCase()
}

/** What the payer reads when a coupon is refused, by `PricingError` code. */
export function couponRefusal(error: PricingError): string {
  switch (error.code) {
    case 'coupon_expired':
      return 'This code has expired.'
    case 'coupon_exhausted':
      return error.details.reason === 'customer_limit'
        ? `You have already used this code ${error.details.perCustomerLimit === 1 ? 'once, as often as' : `${String(error.details.perCustomerLimit)} times, as often as`} one customer may.`
        : 'This code has been used up.'
    case 'coupon_min_subtotal': {
      const min = error.details.minSubtotal as { amount: number; currency: string } | undefined
      if (!min) return 'This code needs a larger order.'
      const amount = new Intl.NumberFormat('en', { style: 'currency', currency: min.currency }).format(toMajorUnits(min))
      return `This code needs an order of at least ${amount} before discounts.`
    }
    default:
      if (error.details.reason === 'not_started') return 'This code is not valid yet.'
      return error.details.reason === 'other_customer' ? 'This code belongs to another account.' : 'This code is not valid.'
  }
}

/** The priced cart as GuestCheckout and OrderSummary show it (prices include VAT). */
export function toCheckoutCart(priced: PricedCart): CheckoutCart {
  return {
    lines: priced.items.map((item) => ({
      id: item.id,
      name: item.name,
      price: item.price,
      quantity: item.quantity ?? 1,
      ...(item.variant ? { variant: item.variant } : {}),
      ...(item.brand ? { brand: item.brand } : {}),
      ...(item.category ? { category: item.category } : {}),
    })),
    subtotal: priced.subtotal,
    shipping: priced.shipping,
    tax: priced.tax,
    discount: priced.discount,
    total: priced.total,
    ...(priced.coupon ? { coupon: priced.coupon } : {}),
    taxIncluded: true,
  }
}
