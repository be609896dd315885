import type { Item, Money } from '@journeykit/core'
import { PricingError } from '@journeykit/checkout/server'
import type { Queryable } from './db.server'
import { priceShopCart, SHIPPING_METHODS } from './pricing.server'
import { publishedProduct } from './published.server'
import { CURRENCY } from './seed.server'

/** The most units of one variant a cart line may hold (and one add may ask for). */
export const MAX_LINE_QUANTITY = 20

export type CartErrorCode = 'unknown_variant' | 'invalid_quantity' | 'out_of_stock' | 'unknown_line'

/** A refused cart change; `available` (units in stock) and `inCart` come with 'out_of_stock'. */
export class CartError extends Error {
  readonly code: CartErrorCode
  readonly available?: number
  readonly inCart?: number

  constructor(code: CartErrorCode, message: string, details: { available?: number; inCart?: number } = {}) {
    super(message)
    this.name = 'CartError'
    this.code = code
    if (details.available !== undefined) this.available = details.available
    if (details.inCart !== undefined) this.inCart = details.inCart
  }
}

/** One line of a cart, priced from the products table (never from the client). */
export interface CartLine {
  variantId: string
  productId: string
  slug: string
  name: string
  brand: string
  categoryId: string
  categoryName: string
  variantLabel: string
  /** The product's first image, or null when it has none. */
  image: { src: string; alt: string } | null
  unitPrice: Money
  quantity: number
  /** Units of the variant in stock now. */
  stock: number
}

export interface Cart {
  id: string
  lines: CartLine[]
  /** Σ quantity. */
  itemCount: number
}

interface CartLineRow {
  variant_id: string
  product_id: string
  slug: string
  name: string
  brand: string
  category_id: string
  category_name: string
  variant_label: string
  images: Array<{ src: string; alt: string }>
  price_amount: number
  currency: string
  quantity: number
  stock: number
}

/** The visitor's cart; an unknown id is an empty cart (cart rows are only created on the first add). */
export async function getCart(db: Queryable, cartId: string): Promise<Cart> {
  const { rows } = await db.query<CartLineRow>(
    `SELECT l.variant_id, p.id AS product_id, p.slug, p.name, p.brand, p.category_id, c.name AS category_name, v.label AS variant_label,
            p.images, coalesce(v.price_amount, p.price_amount) AS price_amount, p.currency, l.quantity, v.stock
       FROM cart_lines l
       JOIN variants v ON v.id = l.variant_id
       JOIN products p ON p.id = v.product_id
       JOIN categories c ON c.id = p.category_id
      WHERE l.cart_id = $1
      ORDER BY p.name, v.position`,
    [cartId],
  )
  const lines = rows.map(
    (row): CartLine => ({
      variantId: row.variant_id,
      productId: row.product_id,
      slug: row.slug,
      name: row.name,
      brand: row.brand,
      categoryId: row.category_id,
      categoryName: row.category_name,
      variantLabel: row.variant_label,
      image: row.images[0] ?? null,
      unitPrice: { amount: row.price_amount, currency: row.currency },
      quantity: row.quantity,
      stock: row.stock,
    }),
  )
  return { id: cartId, lines, itemCount: lines.reduce((sum, line) => sum + line.quantity, 0) }
}

/** A cart line as a journey event item (`quantity` included). */
export function cartLineItem(line: CartLine): Item {
  return {
    id: line.productId,
    name: line.name,
    price: line.unitPrice,
    quantity: line.quantity,
    variant: line.variantLabel,
    brand: line.brand,
    category: line.categoryName,
  }
}

/** Σ unit price × quantity: a preview only; checkout prices the cart with priceCart. */
export function cartSubtotal(cart: Cart, currency: string): Money {
  return { amount: cart.lines.reduce((sum, line) => sum + line.unitPrice.amount * line.quantity, 0), currency }
}

/** What the cart page shows before checkout: the server's prices for the home market (DE, standard shipping). */
export interface CartPreview {
  subtotal: Money
  /** Standard shipping to the home market; null when the cart cannot be priced (e.g. a line above the stock). */
  shipping: Money | null
  /** The VAT included in the total; null when the cart cannot be priced. */
  tax: Money | null
  /** Including VAT and shipping; null when the cart cannot be priced. */
  total: Money | null
  /** How much more makes standard shipping free; null once it is free. */
  toFreeShipping: Money | null
}

/** Prices a non-empty cart with the checkout's rules (priceShopCart) for a preview; falls back to Σ unit × quantity. */
export async function previewCart(db: Queryable, cart: Cart): Promise<CartPreview> {
  const currency = CURRENCY
  const subtotal = cartSubtotal(cart, currency)
  const freeAbove = SHIPPING_METHODS.find((method) => method.id === 'standard')?.freeAbove
  const toFreeShipping = freeAbove && subtotal.amount < freeAbove.amount ? { amount: freeAbove.amount - subtotal.amount, currency } : null
  try {
    const priced = await priceShopCart(db, await cartLinesForPricing(db, cart.id), { shippingMethod: 'standard' })
    return { subtotal: priced.subtotal, shipping: priced.shipping, tax: priced.tax, total: priced.total, toFreeShipping }
  } catch (error) {
    if (!(error instanceof PricingError)) throw error
    return { subtotal, shipping: null, tax: null, total: null, toFreeShipping }
  }
}

function checkQuantity(quantity: number, min: number): void {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_LINE_QUANTITY) {
    throw new CartError('invalid_quantity', `Choose a quantity from ${min} to ${MAX_LINE_QUANTITY}.`)
  }
}

/**
 * Adds `quantity` units of a variant (creating the cart on first use) and returns the line as
 * it now is.
 * @throws {CartError} 'invalid_quantity' outside 1…20 (or a line above 20), 'unknown_variant',
 * 'out_of_stock' when the cart would hold more than the stock (with `available` and `inCart`).
 */
export async function addToCart(db: Queryable, cartId: string, variantId: string, quantity: number): Promise<CartLine> {
  checkQuantity(quantity, 1)
  const { rows } = await db.query<{ stock: number; in_cart: number; name: string; published: boolean }>(
    `SELECT v.stock, p.name || ' (' || v.label || ')' AS name, ${publishedProduct('p')} AS published,
            coalesce((SELECT quantity FROM cart_lines WHERE cart_id = $1 AND variant_id = v.id), 0)::int AS in_cart
       FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = $2`,
    [cartId, variantId],
  )
  const variant = rows[0]
  if (!variant) throw new CartError('unknown_variant', 'That product option does not exist.')
  // a draft (not published yet, or taken off sale) cannot be bought, even by someone who knows its variant id
  if (!variant.published) throw new CartError('unknown_variant', 'Sorry, that product is not for sale.')
  const total = variant.in_cart + quantity
  if (total > variant.stock) {
    const message =
      variant.stock === 0
        ? `Sorry, ${variant.name} is sold out.`
        : `Only ${variant.stock} of ${variant.name} in stock${variant.in_cart > 0 ? `, and ${variant.in_cart} already in your cart` : ''}.`
    throw new CartError('out_of_stock', message, { available: variant.stock, inCart: variant.in_cart })
  }
  if (total > MAX_LINE_QUANTITY) {
    throw new CartError('invalid_quantity', `You can buy at most ${MAX_LINE_QUANTITY} of one item; ${variant.in_cart} of ${variant.name} are in your cart.`)
  }
  // One statement: the cart row and the line are written together or not at all. The guard in the
  // upsert keeps a concurrent add from passing the stock between the check above and this write.
  const { rows: written } = await db.query(
    `WITH cart AS (
       INSERT INTO carts (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET updated_at = now() RETURNING id
     )
     INSERT INTO cart_lines (cart_id, variant_id, quantity)
     SELECT cart.id, $2, $3 FROM cart
     ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = cart_lines.quantity + excluded.quantity
       WHERE cart_lines.quantity + excluded.quantity <= least((SELECT stock FROM variants WHERE id = $2), $4)
     RETURNING quantity`,
    [cartId, variantId, quantity, MAX_LINE_QUANTITY],
  )
  if (written.length === 0) throw new CartError('out_of_stock', 'Sorry, there is not enough stock left for that.', { available: variant.stock })
  return requireLine(db, cartId, variantId)
}

/**
 * Sets a line's quantity (0 removes it); returns the line, or null when it was removed.
 * @throws {CartError} 'invalid_quantity', 'unknown_line', 'out_of_stock' above the stock.
 */
export async function updateLine(db: Queryable, cartId: string, variantId: string, quantity: number): Promise<CartLine | null> {
  checkQuantity(quantity, 0)
  const line = await requireLine(db, cartId, variantId)
  if (quantity === 0) {
    await removeLine(db, cartId, variantId)
    return null
  }
  if (quantity > line.stock) {
    const name = `${line.name} (${line.variantLabel})`
    const message = line.stock === 0 ? `Sorry, ${name} is sold out.` : `Only ${line.stock} of ${name} in stock.`
    throw new CartError('out_of_stock', message, { available: line.stock, inCart: line.quantity })
  }
  await db.query(
    `WITH touched AS (UPDATE carts SET updated_at = now() WHERE id = $1)
     UPDATE cart_lines SET quantity = $3 WHERE cart_id = $1 AND variant_id = $2`,
    [cartId, variantId, quantity],
  )
  return { ...line, quantity }
}

/** Removes a line; returns it as it was (for `product_removed`), or null when there was none. */
export async function removeLine(db: Queryable, cartId: string, variantId: string): Promise<CartLine | null> {
  const line = await findLine(db, cartId, variantId)
  if (!line) return null
  await db.query(
    `WITH touched AS (UPDATE carts SET updated_at = now() WHERE id = $1)
     DELETE FROM cart_lines WHERE cart_id = $1 AND variant_id = $2`,
    [cartId, variantId],
  )
  return line
}

/** Empties the cart (after an order): its lines and its row, coupon included. */
export async function clearCart(db: Queryable, cartId: string): Promise<void> {
  await db.query('DELETE FROM carts WHERE id = $1', [cartId])
}

/** The cart as priceCart's input: ids and quantities only, prices come from the catalog. */
export async function cartLinesForPricing(
  db: Queryable,
  cartId: string,
): Promise<Array<{ productId: string; variantId: string; quantity: number }>> {
  const { rows } = await db.query<{ product_id: string; variant_id: string; quantity: number }>(
    `SELECT v.product_id, l.variant_id, l.quantity
       FROM cart_lines l JOIN variants v ON v.id = l.variant_id
      WHERE l.cart_id = $1
      ORDER BY l.variant_id`,
    [cartId],
  )
  return rows.map((row) => ({ productId: row.product_id, variantId: row.variant_id, quantity: row.quantity }))
}

async function findLine(db: Queryable, cartId: string, variantId: string): Promise<CartLine | undefined> {
  const cart = await getCart(db, cartId)
  return cart.lines.find((line) => line.variantId === variantId)
}

async function requireLine(db: Queryable, cartId: string, variantId: string): Promise<CartLine> {
  const line = await findLine(db, cartId, variantId)
  if (!line) throw new CartError('unknown_line', 'That item is no longer in your cart.')
  return line
}
