import type { OrderConfirmationProps } from './order-confirmation'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

/** A paid order of two lines with a discount, shipped to Berlin (stories and tests). */
export const sampleOrder: OrderConfirmationProps = {
  shop: { name: 'Northwind Outfitters', url: 'https://shop.example.com/' },
  orderNumber: 'NW-10042',
  placedAt: '2026-11-22T10:30:00.000Z',
  customerName: 'Ada',
  lines: [
    { name: 'Alpine Down Jacket', variant: 'M / Navy', quantity: 1, unitPrice: eur(18_900), total: eur(18_900) },
    { name: 'Merino Beanie', quantity: 2, unitPrice: eur(2_900), total: eur(5_800) },
  ],
  subtotal: eur(24_700),
  discount: eur(2_470),
  shipping: eur(495),
  tax: eur(3_628),
  taxIncluded: true,
  total: eur(22_725),
  shippingAddress: { name: 'Ada Lovelace', line1: 'Invalidenstraße 117', postalCode: '10115', city: 'Berlin', country: 'DE' },
  orderUrl: 'https://shop.example.com/orders/NW-10042?token=t0k3n',
  pointsEarned: 222,
}
