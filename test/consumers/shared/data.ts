// Realistic shop data shared by the fixture apps. apps.ts copies this folder into each installed
// app as `shared/`, so the apps import it as '../shared/data' (it does not resolve in the repo).
// Plain data only: the Next app passes it from Server Components to client blocks.
import type { Money } from '@journeykit/core'
import type { CheckoutCart } from '@journeykit/checkout'
import type { AttributeGroup, ComparisonProduct } from '@journeykit/compare'
import type { LedgerEntry, LoyaltyMember, LoyaltyProgramConfig } from '@journeykit/loyalty'
import type { HeroVariant, Promotion } from '@journeykit/promo'
import type { Review, TrustBadge } from '@journeykit/social-proof'
import type { ExperimentDefinition } from '@journeykit/experiments/assignment'

const eur = (amount: number): Money => ({ amount, currency: 'EUR' })

export const winterSale: Promotion = {
  id: 'winter-sale-2026',
  name: 'Winter sale: 20% off outdoor jackets',
  description: 'Down, insulated and waterproof shell jackets for hiking and city commutes. Discount applied at checkout.',
  cta: { label: 'Shop outdoor jackets', href: '#jackets' },
  creative: 'winter-sale-banner-v2',
  endsAt: '2026-12-31T22:59:59.000Z',
}

export const heroPromotion = { id: 'winter-sale-2026-hero', name: 'Winter sale 2026 homepage hero' }

export const heroFallback: HeroVariant = {
  id: 'default',
  headline: 'Outdoor jackets made for wet, windy winters',
  body: 'Waterproof shells, down parkas and insulated layers from brands you trust. Free returns within 30 days.',
  cta: { label: 'Shop the winter collection', href: '#jackets' },
}

export const heroVariants: HeroVariant[] = [
  {
    id: 'newsletter-winter-sale',
    match: { channel: 'owned', medium: 'email' },
    headline: 'Your subscriber offer: 20% off outdoor jackets',
    body: 'Thanks for reading our newsletter. The discount is applied at checkout until 31 December.',
    cta: { label: 'Use my 20% off', href: '#jackets' },
  },
]

export const headphoneGroups: AttributeGroup[] = [
  {
    id: 'sound',
    label: 'Sound',
    attributes: [
      { id: 'driver', label: 'Driver size', kind: 'number', unit: 'millimeter', better: 'higher' },
      { id: 'anc', label: 'Active noise cancelling', kind: 'boolean', better: 'higher' },
    ],
  },
  {
    id: 'battery',
    label: 'Battery',
    attributes: [{ id: 'battery', label: 'Battery life (ANC on)', kind: 'number', unit: 'hour', better: 'higher' }],
  },
  {
    id: 'connectivity',
    label: 'Connectivity',
    attributes: [
      { id: 'bluetooth', label: 'Bluetooth', kind: 'text' },
      { id: 'cable', label: 'Spare cable price', kind: 'price', better: 'lower' },
    ],
  },
]

export const headphones: ComparisonProduct[] = [
  {
    id: 'hp-aurora-5',
    name: 'Northwind Aurora 5',
    href: '/products/northwind-aurora-5',
    price: eur(34900),
    compareAtPrice: eur(39900),
    rating: { value: 4.6, count: 212 },
    brand: 'Northwind',
    category: 'Headphones',
    values: { driver: 40, anc: true, battery: 30, bluetooth: '5.3', cable: eur(1990) },
  },
  {
    id: 'hp-kestrel-studio',
    name: 'Kestrel Studio Pro',
    href: '/products/kestrel-studio-pro',
    price: eur(29900),
    rating: { value: 4.3, count: 87 },
    brand: 'Kestrel',
    category: 'Headphones',
    values: { driver: 50, anc: true, battery: 24, bluetooth: '5.3', cable: eur(2490) },
  },
  {
    id: 'hp-lumen-air-2',
    name: 'Lumen Air 2',
    href: '/products/lumen-air-2',
    price: eur(17900),
    rating: { value: 4, count: 1046 },
    brand: 'Lumen',
    category: 'Headphones',
    values: { driver: 40, anc: false, battery: 45, bluetooth: '5.3' },
  },
]

export const product = { id: 'trail-runner-gtx', name: 'Trail Runner GTX', sku: 'TR-GTX-24', brand: 'Northpeak', price: eur(12995) }

export const reviews: Review[] = [
  {
    id: 'rev-001',
    rating: 5,
    title: 'Best trail shoe I have owned',
    body: 'Ran the Zugspitze trail in them last weekend. Grip on wet rock is excellent and my feet stayed completely dry.',
    author: 'Lena M.',
    createdAt: '2026-11-18T10:00:00Z',
    verifiedBuyer: true,
    variant: 'Size 39 / Teal',
    helpfulCount: 41,
  },
  {
    id: 'rev-002',
    rating: 4,
    title: 'Great grip, slightly narrow',
    body: 'The outsole is fantastic on mud. I have wide feet and had to loosen the laces a lot, so consider half a size up.',
    author: 'Priya S.',
    createdAt: '2026-11-12T10:00:00Z',
    verifiedBuyer: true,
    variant: 'Size 42 / Blue',
    helpfulCount: 27,
  },
  {
    id: 'rev-003',
    rating: 1,
    title: 'Sole came apart after two months',
    body: 'The sole started peeling at the toe after about 300 km. Disappointing for the price.',
    author: 'Marco B.',
    createdAt: '2026-11-06T10:00:00Z',
    verifiedBuyer: true,
    helpfulCount: 35,
    merchantReply: {
      author: 'Northpeak Outfitters',
      body: 'We are sorry to hear that, Marco. Soles are covered by our 2-year warranty.',
      createdAt: '2026-11-07',
    },
  },
]

export const testimonials = [
  {
    id: 't1',
    quote: 'Northpeak kitted out our whole club for the Transalpine Run. Every pair arrived within two days.',
    author: 'Katrin Vogel',
    role: 'Coach, Lauftreff Garmisch',
  },
  {
    id: 't2',
    quote: 'I returned a pair that did not suit my gait and had the refund the same week.',
    author: 'Daniel Okafor',
    role: 'Trail runner, Leeds',
  },
]

/** Fixed times, so the server-rendered and the hydrated "x minutes ago" agree within a test run. */
export const activities = [
  { id: 'a1', kind: 'purchase' as const, firstName: 'Lena', city: 'Munich', productName: 'Trail Runner GTX', occurredAt: '2026-11-20T09:56:00.000Z' },
  { id: 'a2', kind: 'review' as const, firstName: 'Tomasz', city: 'Kraków', productName: 'Trail Runner GTX', occurredAt: '2026-11-20T09:43:00.000Z' },
]

export const trustBadges: TrustBadge[] = [
  { kind: 'secure-payment', description: 'Card, PayPal and Klarna, 3-D Secure' },
  { kind: 'free-returns', description: '30 days, on every order' },
  { kind: 'custom', title: 'Carbon-neutral shipping', description: 'With DHL GoGreen' },
]

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

export const shippingMethods = [
  { id: 'standard', label: 'DHL Standard', price: eur(0), estimate: { minDays: 2, maxDays: 4 } },
  { id: 'express', label: 'DHL Express', price: eur(1290), estimate: { minDays: 1, maxDays: 1 } },
]

export const loyaltyProgram: LoyaltyProgramConfig = {
  earn: { currency: 'EUR', pointsPerUnit: 1, actions: { review: 50, referral: 500 } },
  tiers: [
    { id: 'bronze', name: 'Bronze', minPoints: 0 },
    { id: 'silver', name: 'Silver', minPoints: 500 },
    { id: 'gold', name: 'Gold', minPoints: 1500 },
  ],
  rewards: [
    { id: 'free-shipping', name: 'Free shipping on your next order', points: 200 },
    { id: 'five-off', name: '€5 off your next order', points: 500 },
    { id: 'fifteen-off', name: '€15 off your next order', points: 1200, minTier: 'gold' },
  ],
  expiry: { afterDays: 365 },
}

export const member: LoyaltyMember = { balance: 680, lifetimePoints: 1180 }

export const memberHistory: LedgerEntry[] = [
  {
    id: 'earn:SO-10482',
    customerId: 'cus_anna',
    kind: 'earn',
    points: 129,
    reason: 'order',
    orderId: 'SO-10482',
    occurredAt: '2026-10-28T14:12:00.000Z',
    expiresAt: '2027-10-28T14:12:00.000Z',
  },
  { id: 'red_7f3k', customerId: 'cus_anna', kind: 'redeem', points: -500, reason: 'reward', rewardId: 'five-off', occurredAt: '2026-10-02T09:30:00.000Z' },
]

export const referral = {
  referralCode: 'K7MX2QPA',
  referralUrl: 'https://shop.example/r/K7MX2QPA',
  refereeReward: eur(1000),
  referrerReward: eur(1000),
  stats: { invited: 7, converted: 3, earned: eur(3000) },
}

export const heroCopyExperiment: ExperimentDefinition = { key: 'hero-copy', variants: ['control', 'benefit'] }
