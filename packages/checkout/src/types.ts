import type { Item, Money } from '@journeykit/core'

/** A line of the cart as the app priced it on its server. */
export interface CartLine {
  /** The product id (`item.id` in events). */
  id: string
  name: string
  /** Unit price. */
  price: Money
  quantity: number
  variant?: string
  brand?: string
  category?: string
}

/** The server-priced cart. The checkout shows these numbers and never computes its own. */
export interface CheckoutCart {
  lines: CartLine[]
  subtotal: Money
  shipping: Money
  tax: Money
  discount: Money
  total: Money
  /** The applied coupon code. */
  coupon?: string
  /** True when prices include tax (the tax row reads "Including tax"). */
  taxIncluded?: boolean
}

/** What a coupon attempt came to. `cart`: the re-priced cart, shown until the `cart` prop changes. */
export type CouponOutcome =
  | { status: 'applied'; discount: Money; cart?: CheckoutCart }
  | {
      status: 'denied'
      /** A machine code: `coupon_unknown`, `coupon_expired`, `coupon_min_subtotal`, `coupon_exhausted` have their own messages. */
      reason: string
      /** Shown instead of the message for `reason`. */
      message?: string
    }

/** The cart lines as journey event items. */
export function cartItems(cart: CheckoutCart): Item[] {
  return cart.lines.map(({ id, name, price, quantity, variant, brand, category }) => ({
    id,
    name,
    price,
    quantity,
    ...(variant ? { variant } : {}),
    ...(brand ? { brand } : {}),
    ...(category ? { category } : {}),
    ...(cart.coupon ? { coupon: cart.coupon } : {}),
  }))
}
