// Server-only pricing with @journeykit/checkout/server: the server-safe entry, no React.
import { priceCart, type CatalogProduct, type PricingRules } from '@journeykit/checkout/server'
import type { CheckoutCart } from '@journeykit/checkout'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

const products: CatalogProduct[] = [
  { id: 'trail-runner-gtx', name: 'Trail Runner GTX', price: eur(12900), stock: 12, brand: 'Northwind', category: 'Shoes' },
  { id: 'merino-socks', name: 'Merino running socks', price: eur(1499), brand: 'Northwind', category: 'Socks' },
]
export const catalog = new Map(products.map((product) => [product.id, product]))

export const pricingRules: PricingRules = {
  currency: 'EUR',
  shipping: [
    { id: 'standard', label: 'DHL Standard', price: eur(490), freeAbove: eur(7500), estimate: { minDays: 2, maxDays: 4 } },
    { id: 'express', label: 'DHL Express', price: eur(1290), estimate: { minDays: 1, maxDays: 1 } },
  ],
  tax: { rate: () => 0.19, inclusive: true },
  coupons: [{ code: 'WELCOME10', kind: 'percent', value: 10 }],
}

export const cartLines = [
  { productId: 'trail-runner-gtx', quantity: 1 },
  { productId: 'merino-socks', quantity: 2 },
]

/** The visitor's cart priced on the server, in the shape the checkout blocks take. */
export async function pricedCart(): Promise<CheckoutCart> {
  const priced = await priceCart(cartLines, catalog, pricingRules, { country: 'DE', shippingMethod: 'standard' })
  return {
    lines: priced.lines.map((line) => ({ id: line.productId, name: line.name, price: line.unitPrice, quantity: line.quantity })),
    subtotal: priced.subtotal,
    shipping: priced.shipping,
    tax: priced.tax,
    discount: priced.discount,
    total: priced.total,
    taxIncluded: true,
  }
}
