import type { CheckoutCart } from '../types'
import type { CheckoutDetails } from './address-rules'
import type { ShippingOption } from './guest-checkout'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

/** A realistic cart, priced as `priceCart` would (German VAT included). */
export const cart: CheckoutCart = {
  lines: [
    { id: 'trail-runner-gtx', name: 'Trail Runner GTX', variant: 'EU 42', price: eur(12900), quantity: 1, brand: 'Northwind', category: 'Shoes' },
    { id: 'merino-socks', name: 'Merino running socks', variant: 'M', price: eur(1499), quantity: 2, brand: 'Northwind', category: 'Socks' },
  ],
  subtotal: eur(15898),
  shipping: eur(0),
  tax: eur(2538),
  discount: eur(0),
  total: eur(15898),
  taxIncluded: true,
}

export const expressCart: CheckoutCart = { ...cart, shipping: eur(1290), tax: eur(2744), total: eur(17188) }

export const couponCart: CheckoutCart = { ...cart, discount: eur(1590), tax: eur(2284), total: eur(14308), coupon: 'WELCOME10' }

export const shippingMethods: ShippingOption[] = [
  { id: 'standard', label: 'DHL Standard', price: eur(0), estimate: { minDays: 2, maxDays: 4 } },
  { id: 'express', label: 'DHL Express', price: eur(1290), estimate: { minDays: 1, maxDays: 1 } },
]

/** The form's starting values for this euro cart: shipping to Germany. */
export const defaultValues: Partial<CheckoutDetails> = { country: 'DE' }

/** A German shipping address, as typed into the form. */
export const address = {
  email: 'lena.becker@example.de',
  givenName: 'Lena',
  familyName: 'Becker',
  line1: 'Torstraße 112',
  city: 'Berlin',
  postalCode: '10119',
  country: 'DE',
}

export const testCards = {
  success: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  authentication: '4000 0025 0000 3155',
}
