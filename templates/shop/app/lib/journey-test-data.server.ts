import { EVENT_STAGES, type AnyJourneyEvent, type Campaign, type EventName, type EventProperties, type Item, type Touchpoint } from '@journeykit/core'

/**
 * Realistic journey events for tests (and for screenshots of the dashboard during development):
 * sessions that move through the stages with drop-offs, orders attributed to touchpoints and
 * campaigns, refunds and NPS answers. Deterministic for a given `seed`.
 *
 * Test data only: nothing in the app imports this module, and the production seed has no events.
 */
export interface JourneyTestDataOptions {
  /** Default 200. */
  sessions?: number
  /** Default 1. */
  seed?: number
  /** Sessions start in [from, to). */
  from: Date
  to: Date
}

interface Origin {
  weight: number
  campaign: Campaign
  touchpoint: Touchpoint
  referrer: string
  landing: string
  /** Multiplies the chance of adding to the cart. */
  intent: number
}

const ORIGINS: Origin[] = [
  { weight: 30, campaign: {}, touchpoint: { channel: 'direct', source: 'direct' }, referrer: '', landing: '/', intent: 1 },
  {
    weight: 25,
    campaign: { source: 'google', medium: 'cpc', name: 'spring-sale' },
    touchpoint: { channel: 'paid', source: 'google' },
    referrer: 'https://www.google.com/',
    landing: '/?utm_source=google&utm_medium=cpc&utm_campaign=spring-sale',
    intent: 0.9,
  },
  {
    weight: 10,
    campaign: { source: 'instagram', medium: 'paid-social', name: 'summer-trails' },
    touchpoint: { channel: 'paid', source: 'instagram' },
    referrer: 'https://l.instagram.com/',
    landing: '/?utm_source=instagram&utm_medium=paid-social&utm_campaign=summer-trails',
    intent: 0.7,
  },
  {
    weight: 20,
    campaign: { source: 'newsletter', medium: 'email', name: 'weekly-picks' },
    touchpoint: { channel: 'owned', source: 'newsletter' },
    referrer: '',
    landing: '/?utm_source=newsletter&utm_medium=email&utm_campaign=weekly-picks',
    intent: 1.4,
  },
  {
    weight: 15,
    campaign: {},
    touchpoint: { channel: 'earned', source: 'trailjournal.example' },
    referrer: 'https://trailjournal.example/best-packs',
    landing: '/c/backpacks',
    intent: 1.1,
  },
]

const PRODUCTS: Item[] = [
  { id: 'aurora-28', name: 'Aurora 28 Daypack', price: { amount: 8900, currency: 'EUR' }, category: 'backpacks', brand: 'Northwind' },
  { id: 'summit-45', name: 'Summit 45 Trekking Pack', price: { amount: 16900, currency: 'EUR' }, category: 'backpacks', brand: 'Northwind' },
  { id: 'ridge-shell', name: 'Ridge Rain Shell', price: { amount: 14900, currency: 'EUR' }, category: 'jackets', brand: 'Fjellmark' },
  { id: 'ember-down', name: 'Ember Down Jacket', price: { amount: 21900, currency: 'EUR' }, category: 'jackets', brand: 'Fjellmark' },
  { id: 'trail-runner', name: 'Trail Runner GTX', price: { amount: 12900, currency: 'EUR' }, category: 'footwear', brand: 'Kestrel' },
  { id: 'camp-mug', name: 'Titanium Camp Mug', price: { amount: 2400, currency: 'EUR' }, category: 'camp', brand: 'Kestrel' },
]

/** mulberry32: a small seeded generator, so a test sees the same journeys every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Journeys of `sessions` visits between `from` and `to`, sorted by time. */
export function generateJourneyEvents({ sessions = 200, seed = 1, from, to }: JourneyTestDataOptions): AnyJourneyEvent[] {
  const next = random(seed)
  const chance = (p: number) => next() < p
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const events: AnyJourneyEvent[] = []
  const visitors: string[] = []
  let counter = 0
  const span = to.getTime() - from.getTime()

  for (let visit = 0; visit < sessions; visit++) {
    const origin = pickWeighted(ORIGINS, next)
    const returning = visitors.length > 0 && chance(0.2)
    const anonymousId = returning ? pick(visitors) : `visitor-${seed}-${visit}`
    if (!returning) visitors.push(anonymousId)
    const sessionId = `session-${seed}-${visit}`
    let at = from.getTime() + Math.floor(next() * span * 0.98)
    let path = origin.landing

    const emit = <N extends EventName>(name: N, properties: EventProperties<N>, block: string) => {
      at += 5_000 + Math.floor(next() * 90_000)
      counter += 1
      events.push({
        id: `evt-${seed}-${counter}`,
        name,
        stage: EVENT_STAGES[name],
        occurredAt: new Date(at).toISOString(),
        properties,
        context: {
          anonymousId,
          sessionId,
          locale: 'en',
          page: { url: `https://shop.example${path}`, path: path.split('?')[0]!, title: 'Northwind Outfitters', referrer: origin.referrer },
          campaign: origin.campaign,
          touchpoint: origin.touchpoint,
          consent: { analytics: true, marketing: true },
        },
        source: { block },
      } as AnyJourneyEvent)
    }

    emit('page_viewed', {}, 'JourneyClient')
    if (!chance(0.85)) continue
    path = '/c/backpacks'
    emit('product_list_viewed', { listId: 'backpacks', listName: 'Backpacks', items: PRODUCTS.slice(0, 4) }, 'CategoryPage')
    if (!chance(0.7)) continue
    const product = pick(PRODUCTS)
    path = `/p/${product.id}`
    emit('product_viewed', { item: product }, 'ProductPage')
    if (chance(0.25)) emit('comparison_viewed', { items: PRODUCTS.slice(0, 3) }, 'ComparisonTable')
    if (!chance(Math.min(0.95, 0.5 * origin.intent))) continue
    const quantity = chance(0.2) ? 2 : 1
    const line: Item = { ...product, quantity }
    emit('product_added', { item: line, cartId: `cart-${sessionId}` }, 'ProductPage')
    path = '/cart'
    emit('cart_viewed', { items: [line], cartId: `cart-${sessionId}` }, 'CartPage')
    if (!chance(0.65)) continue
    const checkoutId = `checkout-${sessionId}`
    path = '/checkout'
    emit('checkout_started', { checkoutId, items: [line] }, 'GuestCheckout')
    if (!chance(0.82)) continue
    emit('shipping_info_added', { checkoutId, items: [line], shippingMethod: chance(0.7) ? 'standard' : 'express' }, 'GuestCheckout')
    if (!chance(0.88)) continue
    emit('payment_info_entered', { checkoutId, items: [line], paymentMethod: 'card' }, 'GuestCheckout')
    if (chance(0.1)) emit('payment_failed', { checkoutId, reason: 'card_declined', paymentMethod: 'card' }, 'GuestCheckout')
    if (!chance(0.9)) continue
    const orderId = `NW-${seed}-${1000 + visit}`
    const subtotal = line.price.amount * quantity
    const shipping = subtotal >= 10000 ? 0 : 495
    const tax = Math.round((subtotal * 19) / 119)
    const euro = (amount: number) => ({ amount, currency: 'EUR' })
    path = `/orders/${orderId}`
    emit(
      'order_completed',
      { orderId, items: [line], subtotal: euro(subtotal), shipping: euro(shipping), tax: euro(tax), discount: euro(0), total: euro(subtotal + shipping) },
      'GuestCheckout',
    )
    if (chance(0.05)) emit('order_refunded', { orderId, total: euro(subtotal + shipping) }, 'Server')
    if (chance(0.7)) emit('points_earned', { points: Math.floor(subtotal / 100), balance: Math.floor(subtotal / 100), reason: 'order' }, 'LoyaltyPanel')
    if (chance(0.55)) {
      const roll = next()
      const score = roll < 0.55 ? pick([9, 10]) : roll < 0.8 ? pick([7, 8]) : pick([2, 4, 5, 6])
      emit('survey_submitted', { surveyId: 'post-purchase-nps', kind: 'nps', score }, 'NpsSurvey')
    }
    if (chance(0.2)) emit('referral_shared', { channel: 'copy', referralCode: `REF-${visit}` }, 'ReferralPanel')
  }
  return events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
}

function pickWeighted<T extends { weight: number }>(options: readonly T[], next: () => number): T {
  const total = options.reduce((sum, option) => sum + option.weight, 0)
  let roll = next() * total
  for (const option of options) {
    roll -= option.weight
    if (roll < 0) return option
  }
  return options[options.length - 1]!
}
