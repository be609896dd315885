import type { Attribution } from '@journeykit/core'
import { SourceAwareHero, type HeroVariant } from '@journeykit/promo'
import type { HeroCopy, HeroSource, HeroText } from '../lib/hero-copy'

/** The promotion the home hero reports in `promotion_viewed` / `promotion_clicked`. */
const HERO_PROMOTION = { id: 'home-hero', name: 'Home page hero' }

// The hero's default copy per visit source: edit these to rebrand, or override headline and subline per
// source in the back office (Promotions). Every offer named here is a real coupon of the seed data
// (FREESHIP), so the hero never promises what checkout refuses.

/** Readers of our newsletter (`?utm_source=newsletter&utm_medium=email`). */
const newsletterVariant: HeroVariant = {
  id: 'newsletter-subscriber',
  match: { source: 'newsletter' },
  headline: 'Thanks for reading: free shipping is on us',
  body: 'Use code FREESHIP on any order from €50 — no matter which of this month’s picks caught your eye.',
  cta: { label: 'See this month’s picks', href: '/c/running-shoes' },
  image: { src: '/images/tempo-glide-blue.svg', alt: 'Tempo Glide running shoe in blue', width: 800, height: 800 },
}

/** Other owned channels (SMS, push, in-app): people who already know us. */
const ownedVariant: HeroVariant = {
  id: 'owned-returning',
  match: { channel: 'owned' },
  headline: 'Good to see you again',
  body: 'Look up an order to see your points, redeem rewards and share €10 with a friend.',
  cta: { label: 'Go to your account', href: '/account' },
  image: { src: '/images/ridge-30-blue.svg', alt: 'Ridge 30 backpack in glacier blue', width: 800, height: 800 },
}

/** Paid search (Google and Bing ads): they are comparing. */
const paidSearchVariant: HeroVariant = {
  id: 'paid-search-compare',
  match: { channel: 'paid', source: ['google', 'bing'] },
  headline: 'Compare before you buy',
  body: 'Real specs side by side and reviews from verified buyers. Free standard shipping from €75 and 30-day returns.',
  cta: { label: 'Compare headphones', href: '/c/headphones' },
  image: { src: '/images/aurora-5-black.svg', alt: 'Aurora 5 over-ear headphones in black', width: 800, height: 800 },
}

/** Social media, by campaign link or a plain shared link. */
const socialVariant: HeroVariant = {
  id: 'social-community-picks',
  match: {
    channel: 'earned',
    source: ['instagram', 'instagram.com', 'facebook', 'facebook.com', 'tiktok', 'tiktok.com', 'pinterest', 'pinterest.com', 't.co', 'x.com'],
  },
  headline: 'The kit from your feed, in every size we stock',
  body: 'The backpacks and runners our community keeps posting, with honest stock counts and reviews from people who bought them.',
  cta: { label: 'Shop backpacks', href: '/c/backpacks' },
  image: { src: '/images/roll-top-25-mustard.svg', alt: 'Roll Top 25 backpack in mustard', width: 800, height: 800 },
}

const fallbackVariant: HeroVariant = {
  id: 'default',
  headline: 'Gear for the commute, the trail and everything between',
  body: 'Headphones, running shoes and backpacks, compared honestly. Free standard shipping from €75 and 30-day returns.',
  cta: { label: 'Shop running shoes', href: '/c/running-shoes' },
  image: { src: '/images/ridgeline-gtx-forest.svg', alt: 'Ridgeline GTX trail shoe in forest green', width: 800, height: 800 },
}

/** Organic search results; shown only once the back office gives it copy (until then such visits see the fallback). */
const searchVariant: HeroVariant = {
  ...fallbackVariant,
  id: 'organic-search',
  match: { channel: 'earned', source: ['google.com', 'google.de', 'bing.com', 'duckduckgo.com', 'ecosia.org', 'search.yahoo.com'] },
}

/** The variant whose headline and subline each editable source overrides. */
const VARIANT_OF_SOURCE: Record<HeroSource, HeroVariant> = {
  direct: fallbackVariant,
  search: searchVariant,
  social: socialVariant,
  email: newsletterVariant,
  paid: paidSearchVariant,
}

/** The copy each source shows when the back office has not changed it. */
export const HERO_DEFAULT_COPY = Object.fromEntries(
  Object.entries(VARIANT_OF_SOURCE).map(([source, variant]) => [source, { headline: variant.headline, subline: variant.body ?? '' }]),
) as Record<HeroSource, HeroText>

const withCopy = (variant: HeroVariant, text: HeroText | undefined): HeroVariant => (text ? { ...variant, headline: text.headline, body: text.subline } : variant)

/**
 * The home page's hero: its variant follows where the visitor came from (unless `tailored` is false:
 * the fallback copy for everyone), with the back office's `copy` over the defaults. `attribution` is
 * resolved by the loader from the request, so the server and the browser render the same one.
 */
export function HomeHero({ attribution, tailored = true, copy = {} }: { attribution: Attribution; tailored?: boolean; copy?: HeroCopy }) {
  const variants = [
    withCopy(newsletterVariant, copy.email),
    ownedVariant,
    withCopy(paidSearchVariant, copy.paid),
    withCopy(socialVariant, copy.social),
    ...(copy.search ? [withCopy(searchVariant, copy.search)] : []),
  ]
  return (
    <SourceAwareHero
      className="home-hero"
      promotion={HERO_PROMOTION}
      variants={tailored ? variants : []}
      fallback={withCopy(fallbackVariant, copy.direct)}
      attribution={attribution}
      slot="home-hero"
    />
  )
}
