import { resolveAttribution } from '@journeykit/core'
import type { HeroVariant } from './source-aware-hero'

const SHOP = 'https://shop.example'

/** The promotion the homepage hero belongs to. */
export const heroPromotion = { id: 'winter-sale-2026-hero', name: 'Winter sale 2026 homepage hero' }

/** For visitors nobody sent: the default. */
export const fallbackVariant: HeroVariant = {
  id: 'default',
  headline: 'Outdoor jackets made for wet, windy winters',
  body: 'Waterproof shells, down parkas and insulated layers from brands you trust. Free returns within 30 days.',
  cta: { label: 'Shop the winter collection', href: '/collections/winter' },
}

/** Subscribers arriving from the newsletter. */
export const newsletterVariant: HeroVariant = {
  id: 'newsletter-winter-sale',
  match: { channel: 'owned', medium: 'email' },
  headline: 'Your subscriber offer: 20% off outdoor jackets',
  body: 'Thanks for reading our newsletter. The discount is applied at checkout until 31 December.',
  cta: { label: 'Use my 20% off', href: '/collections/outdoor-jackets?promo=winter-sale-2026' },
}

/** Paid search visitors (Google and Bing ads). */
export const paidSearchVariant: HeroVariant = {
  id: 'paid-search-jackets',
  match: { channel: 'paid', source: ['google', 'bing'] },
  headline: 'Waterproof outdoor jackets, now 20% off',
  body: 'Compare shells, parkas and insulated jackets side by side. Free delivery on orders over €75.',
  cta: { label: 'Compare jackets', href: '/collections/outdoor-jackets' },
}

/** Visitors from social media, by campaign link or by a plain shared link. */
export const socialVariant: HeroVariant = {
  id: 'social-winter-lookbook',
  match: { channel: 'earned', source: ['instagram', 'instagram.com', 'facebook', 'facebook.com', 'tiktok', 'tiktok.com'] },
  headline: 'Seen our winter lookbook? Shop the jackets',
  body: 'The jackets from our Alps shoot, in every size we stock.',
  cta: { label: 'Shop the lookbook', href: '/lookbook/winter-2026' },
  image: {
    src: `data:image/svg+xml,${encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><rect width="320" height="180" fill="#dbeafe"/><path d="M0 180 110 50l60 70 40-40 110 100z" fill="#1e3a8a"/><path d="M110 50l25 29-25-9-25 10z" fill="#fff"/></svg>',
    )}`,
    alt: 'Illustration of snow-capped mountains',
    width: 320,
    height: 180,
  },
}

export const heroVariants: HeroVariant[] = [newsletterVariant, paidSearchVariant, socialVariant]

/** Visits resolved the way an app resolves them on the server, from the request URL and referrer. */
export const attributions = {
  newsletter: resolveAttribution(
    `${SHOP}/?utm_source=newsletter&utm_medium=email&utm_campaign=winter-sale-2026`,
    '',
  ),
  paidSearch: resolveAttribution(`${SHOP}/?utm_source=google&utm_medium=cpc&utm_campaign=jackets-generic&gclid=EAIaIQobChMI`, 'https://www.google.com/'),
  socialCampaign: resolveAttribution(`${SHOP}/?utm_source=instagram&utm_medium=social&utm_campaign=winter-lookbook`, ''),
  socialShare: resolveAttribution(`${SHOP}/products/alpine-down-parka`, 'https://l.facebook.com/'),
  organicSearch: resolveAttribution(`${SHOP}/`, 'https://www.google.com/'),
  direct: resolveAttribution(`${SHOP}/`, ''),
}
