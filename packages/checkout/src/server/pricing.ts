import type { Item, Money } from '@journeykit/core'
import { PricingError } from './errors'

/** A product as the server's catalog knows it. Prices are integer minor units. */
export interface CatalogProduct {
  id: string
  name: string
  price: Money
  /** Units available; `undefined` means not tracked (unlimited). */
  stock?: number
  brand?: string
  category?: string
  variants?: ReadonlyArray<{ id: string; name?: string; price?: Money; stock?: number }>
}

/** Looks products up by id: a function (sync or async) or a Map. */
export type Catalog =
  | ((productId: string) => CatalogProduct | undefined | Promise<CatalogProduct | undefined>)
  | ReadonlyMap<string, CatalogProduct>

export interface ShippingMethod {
  id: string
  label: string
  price: Money
  /** Shipping is free when the subtotal (before discounts) is at least this. */
  freeAbove?: Money
  /** ISO 3166-1 alpha-2 codes this method ships to; all countries when absent. */
  countries?: readonly string[]
  /** Delivery estimate in business days. */
  estimate?: { minDays: number; maxDays: number }
}

export interface Coupon {
  /** Matched case-insensitively. */
  code: string
  /** `percent`: `value` is 0–100 off the subtotal; `fixed`: `value` minor units off the subtotal; `free_shipping`: shipping costs nothing. */
  kind: 'percent' | 'fixed' | 'free_shipping'
  value: number
  expiresAt?: Date | string
  /** The subtotal (before discounts) must be at least this. */
  minSubtotal?: Money
  /** How many times the coupon may be redeemed, compared with `usageCount`. */
  usageLimit?: number
  usageCount?: number
}

export interface TaxRules {
  /** The tax rate for a destination country as a fraction (0.19 for 19 %). */
  rate(country: string | undefined): number
  /**
   * `true` (EU style): catalog prices and shipping already include tax; `tax` reports the
   * included part and the total does not grow. `false` (US style): tax is added on top.
   */
  inclusive: boolean
}

export interface PricingRules {
  currency: string
  shipping: readonly ShippingMethod[]
  tax: TaxRules
  coupons: readonly Coupon[]
  /** The largest quantity accepted per line (default 99). */
  maxQuantity?: number
}

export interface CartLineInput {
  productId: string
  variantId?: string
  quantity: number
}

export interface PricingOptions {
  shippingMethod?: string
  /** The destination country (ISO 3166-1 alpha-2). */
  country?: string
  coupon?: string
  /** The time coupons are checked against (default: now). */
  now?: Date
}

export interface PricedLine {
  productId: string
  variantId?: string
  name: string
  quantity: number
  unitPrice: Money
  total: Money
}

export interface PricedCart {
  currency: string
  lines: PricedLine[]
  /** The lines as journey event items. */
  items: Item[]
  subtotal: Money
  shipping: Money
  discount: Money
  tax: Money
  total: Money
  /** The applied coupon's code, as configured. */
  coupon?: string
  shippingMethod?: string
  /** The methods that ship to `country`, priced for this cart (free when over `freeAbove`). */
  shippingOptions: Array<Pick<ShippingMethod, 'id' | 'label' | 'estimate'> & { price: Money }>
}

/**
 * Prices a cart from the server's catalog and rules: the only amounts to charge. Anything a
 * client sent besides product ids, variant ids and quantities is ignored.
 *
 * Arithmetic is in integer minor units. Rounding happens once per order, half away from zero
 * (`Math.round` on positive amounts): the percent discount on the subtotal, then the tax on
 * (subtotal − discount + shipping). A fixed discount never exceeds the subtotal.
 *
 * @throws {PricingError} for an empty cart, unknown products or variants, quantities that are
 * not integers in 1…`maxQuantity`, more than the stock, a price in another currency, a coupon
 * that is unknown, expired, used up or under its minimum subtotal, or a shipping method that is
 * unknown or does not ship to `country`.
 */
export async function priceCart(
  lines: readonly CartLineInput[],
  catalog: Catalog,
  rules: PricingRules,
  options: PricingOptions = {},
): Promise<PricedCart> {
  const { currency } = rules
  if (lines.length === 0) throw new PricingError('empty_cart', 'The cart is empty.')
  const maxQuantity = rules.maxQuantity ?? 99
  const priced: PricedLine[] = []
  const items: Item[] = []
  const requested = new Map<string, number>()

  for (const [index, line] of lines.entries()) {
    const { productId, variantId, quantity } = line
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > maxQuantity) {
      throw new PricingError('invalid_quantity', `Quantity must be a whole number from 1 to ${maxQuantity}.`, { index, productId, quantity })
    }
    const product = await lookUp(catalog, productId)
    if (!product) throw new PricingError('unknown_product', `Unknown product "${productId}".`, { index, productId })
    const variant = variantId === undefined ? undefined : product.variants?.find((candidate) => candidate.id === variantId)
    if (variantId !== undefined && !variant) {
      throw new PricingError('unknown_variant', `Unknown variant "${variantId}" of "${productId}".`, { index, productId, variantId })
    }
    const unitPrice = variant?.price ?? product.price
    if (unitPrice.currency !== currency) {
      throw new PricingError('currency_mismatch', `"${productId}" is priced in ${unitPrice.currency}, not ${currency}.`, { index, productId })
    }
    const stockKey = `${productId}\u0000${variantId ?? ''}`
    const wanted = (requested.get(stockKey) ?? 0) + quantity
    requested.set(stockKey, wanted)
    const stock = variant ? (variant.stock ?? product.stock) : product.stock
    if (stock !== undefined && wanted > stock) {
      throw new PricingError('out_of_stock', `Only ${stock} of "${product.name}" left.`, { index, productId, variantId, available: stock })
    }
    const name = variant?.name ? `${product.name} – ${variant.name}` : product.name
    priced.push({ productId, ...(variantId ? { variantId } : {}), name, quantity, unitPrice, total: money(unitPrice.amount * quantity) })
    items.push({
      id: productId,
      name: product.name,
      price: unitPrice,
      quantity,
      ...(variant?.name ? { variant: variant.name } : {}),
      ...(product.brand ? { brand: product.brand } : {}),
      ...(product.category ? { category: product.category } : {}),
    })
  }

  const subtotal = priced.reduce((sum, line) => sum + line.total.amount, 0)
  const shippingOptions = rules.shipping
    .filter((method) => shipsTo(method, options.country))
    .map((method) => ({
      id: method.id,
      label: method.label,
      ...(method.estimate ? { estimate: method.estimate } : {}),
      price: money(method.freeAbove && subtotal >= method.freeAbove.amount ? 0 : method.price.amount),
    }))
  let shipping = 0
  if (options.shippingMethod !== undefined) {
    const method = shippingOptions.find((candidate) => candidate.id === options.shippingMethod)
    if (!method) {
      throw new PricingError('shipping_unavailable', `Shipping method "${options.shippingMethod}" is not available.`, {
        shippingMethod: options.shippingMethod,
        country: options.country,
      })
    }
    shipping = method.price.amount
  }

  const coupon = options.coupon ? findCoupon(rules.coupons, options.coupon, subtotal, options.now ?? new Date()) : undefined
  let itemDiscount = 0
  let shippingDiscount = 0
  if (coupon?.kind === 'percent') itemDiscount = Math.round((subtotal * Math.min(Math.max(coupon.value, 0), 100)) / 100)
  if (coupon?.kind === 'fixed') itemDiscount = Math.min(Math.max(Math.round(coupon.value), 0), subtotal)
  if (coupon?.kind === 'free_shipping') shippingDiscount = shipping

  const taxable = subtotal - itemDiscount + shipping - shippingDiscount
  const rate = rules.tax.rate(options.country)
  const tax = rules.tax.inclusive ? Math.round((taxable * rate) / (1 + rate)) : Math.round(taxable * rate)
  const total = rules.tax.inclusive ? taxable : taxable + tax

  return {
    currency,
    lines: priced,
    items: coupon ? items.map((item) => ({ ...item, coupon: coupon.code })) : items,
    subtotal: money(subtotal),
    shipping: money(shipping),
    discount: money(itemDiscount + shippingDiscount),
    tax: money(tax),
    total: money(total),
    ...(coupon ? { coupon: coupon.code } : {}),
    ...(options.shippingMethod !== undefined ? { shippingMethod: options.shippingMethod } : {}),
    shippingOptions,
  }

  function money(amount: number): Money {
    return { amount, currency }
  }
}

async function lookUp(catalog: Catalog, productId: string): Promise<CatalogProduct | undefined> {
  return typeof catalog === 'function' ? await catalog(productId) : catalog.get(productId)
}

function shipsTo(method: ShippingMethod, country: string | undefined): boolean {
  if (!method.countries) return true
  return country !== undefined && method.countries.includes(country.toUpperCase())
}

function findCoupon(coupons: readonly Coupon[], code: string, subtotal: number, now: Date): Coupon {
  const normalized = code.trim().toUpperCase()
  const coupon = coupons.find((candidate) => candidate.code.toUpperCase() === normalized)
  if (!coupon) throw new PricingError('coupon_unknown', `Unknown coupon "${code}".`, { coupon: code })
  if (coupon.expiresAt !== undefined && new Date(coupon.expiresAt).getTime() <= now.getTime()) {
    throw new PricingError('coupon_expired', `Coupon "${coupon.code}" has expired.`, { coupon: coupon.code, expiresAt: coupon.expiresAt })
  }
  if (coupon.usageLimit !== undefined && (coupon.usageCount ?? 0) >= coupon.usageLimit) {
    throw new PricingError('coupon_exhausted', `Coupon "${coupon.code}" has been used up.`, { coupon: coupon.code })
  }
  if (coupon.minSubtotal && subtotal < coupon.minSubtotal.amount) {
    throw new PricingError('coupon_min_subtotal', `Coupon "${coupon.code}" needs a larger order.`, {
      coupon: coupon.code,
      minSubtotal: coupon.minSubtotal,
    })
  }
  return coupon
}
