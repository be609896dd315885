import type { Promotion } from './promo-banner'

/** A seasonal sale with a call to action and an end date. */
export const winterSale: Promotion = {
  id: 'winter-sale-2026',
  name: 'Winter sale: 20% off outdoor jackets',
  description: 'Down, insulated and waterproof shell jackets for hiking and city commutes. Discount applied at checkout.',
  cta: { label: 'Shop outdoor jackets', href: '/collections/outdoor-jackets?promo=winter-sale-2026' },
  creative: 'winter-sale-banner-v2',
  endsAt: '2026-12-31T22:59:59.000Z',
}

/** A promotion without an end date or creative id. */
export const freeShipping: Promotion = {
  id: 'free-shipping-eu',
  name: 'Free shipping across the EU on orders over €75',
  cta: { label: 'See shipping details', href: '/help/shipping' },
}

/** The time zone the shop's promotions end in. */
export const shopTimeZone = 'Europe/Berlin'
