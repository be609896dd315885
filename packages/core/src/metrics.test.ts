import { describe, expect, it } from 'vitest'
import { eur, item, makeEvent, order } from './destinations/test-events'
import {
  cartAbandonmentRate,
  checkoutStepDropOff,
  conversionRate,
  csat,
  filterByDate,
  nps,
  repeatPurchaseRate,
  revenueByCampaign,
  revenueByChannel,
  stageFunnel,
} from './metrics'
import type { AnyJourneyEvent, EventContext } from './types'

const inSession = (sessionId: string, extra: Partial<EventContext> = {}) => ({ context: { sessionId, ...extra } })
const page = (sessionId: string) => makeEvent('page_viewed', {}, inSession(sessionId))
const viewed = (sessionId: string) => makeEvent('product_viewed', { item: item('a', 1000) }, inSession(sessionId))
const added = (sessionId: string) => makeEvent('product_added', { item: item('a', 1000) }, inSession(sessionId))
const bought = (sessionId: string, orderId = `o-${sessionId}`, context: Partial<EventContext> = {}) =>
  order(orderId, [item('a', 1000)], {}, inSession(sessionId, context))
const survey = (customer: string, kind: 'nps' | 'csat', score: number, occurredAt = '2025-01-01T00:00:00Z', surveyId = 'q1') =>
  makeEvent('survey_submitted', { surveyId, kind, score }, { occurredAt, context: { anonymousId: customer, sessionId: customer } })

describe('stageFunnel', () => {
  it('counts a session at every stage up to the furthest it reached', () => {
    // s1: awareness only · s2: consideration · s3: purchase (via order_completed) · s4: advocacy
    const events = [
      page('s1'),
      page('s2'),
      viewed('s2'),
      bought('s3'),
      makeEvent('referral_claimed', { referralCode: 'R' }, inSession('s4')),
    ]
    const rows = stageFunnel([...events].reverse())
    expect(rows.map(({ stage, sessions }) => [stage, sessions])).toEqual([
      ['awareness', 4],
      ['consideration', 3],
      ['decision', 2],
      ['purchase', 2],
      ['retention', 1],
      ['advocacy', 1],
    ])
    expect(rows[1]?.rate).toBe(0.75)
    expect(rows[1]?.dropOff).toBe(0.25)
    expect(rows[2]?.dropOff).toBeCloseTo(1 / 3)
    expect(rows[0]?.dropOff).toBe(0)
    expect(rows[3]?.dropOff).toBe(0)
  })

  it('counts duplicated events once and returns zero rows for no events', () => {
    const event = viewed('s1')
    expect(stageFunnel([event, event]).map((row) => row.sessions)).toEqual([1, 1, 0, 0, 0, 0])
    expect(stageFunnel([])).toEqual(
      ['awareness', 'consideration', 'decision', 'purchase', 'retention', 'advocacy'].map((stage) => ({ stage, sessions: 0, rate: 0, dropOff: 0 })),
    )
  })
})

describe('conversionRate', () => {
  it('is sessions with an order over all sessions', () => {
    expect(conversionRate([page('s1'), page('s2'), page('s3'), page('s4'), bought('s2'), bought('s2', 'o-2')])).toBe(0.25)
  })

  it('is null without sessions', () => {
    expect(conversionRate([])).toBeNull()
  })
})

describe('cartAbandonmentRate', () => {
  it('is 1 − carts that completed an order / carts', () => {
    const events = [added('s1'), added('s2'), added('s3'), added('s4'), bought('s1'), bought('s9')]
    expect(cartAbandonmentRate(events)).toBe(0.75)
  })

  it('is null when nobody added to the cart', () => {
    expect(cartAbandonmentRate([page('s1'), bought('s1')])).toBeNull()
    expect(cartAbandonmentRate([])).toBeNull()
  })
})

describe('checkoutStepDropOff', () => {
  const items = [item('a', 1000)]
  const started = (s: string) => makeEvent('checkout_started', { checkoutId: s, items }, inSession(s))
  const shipping = (s: string) => makeEvent('shipping_info_added', { checkoutId: s, items, shippingMethod: 'std' }, inSession(s))
  const payment = (s: string) => makeEvent('payment_info_entered', { checkoutId: s, items, paymentMethod: 'card' }, inSession(s))

  it('reports sessions per step and the drop-off from the previous step', () => {
    const events = [
      ...['s1', 's2', 's3', 's4'].map(started),
      ...['s1', 's2', 's3'].map(shipping),
      payment('s1'),
      bought('s1'),
      page('s5'), // never started a checkout
    ]
    expect(checkoutStepDropOff(events)).toEqual([
      { step: 'checkout_started', sessions: 4, dropOff: 0 },
      { step: 'shipping_info_added', sessions: 3, dropOff: 0.25 },
      { step: 'payment_info_entered', sessions: 1, dropOff: 1 - 1 / 3 },
      { step: 'order_completed', sessions: 1, dropOff: 0 },
    ])
  })

  it('does not count a skipped step as drop-off', () => {
    expect(checkoutStepDropOff([started('s1'), payment('s1')]).map((row) => row.sessions)).toEqual([1, 1, 1, 0])
    expect(checkoutStepDropOff([]).map((row) => row.sessions)).toEqual([0, 0, 0, 0])
  })
})

describe('nps', () => {
  it('is %promoters − %detractors over each customer’s latest answer', () => {
    const events = [
      survey('c1', 'nps', 10),
      survey('c2', 'nps', 9),
      survey('c3', 'nps', 8),
      survey('c4', 'nps', 3, '2025-01-02T00:00:00Z'),
      survey('c4', 'nps', 10, '2025-01-01T00:00:00Z'), // older answer of c4: ignored
      survey('c5', 'csat', 1), // another kind
    ]
    expect(nps(events)).toEqual({ score: 25, promoters: 2, passives: 1, detractors: 1, responses: 4 })
  })

  it('counts a customer once per survey, ignores out-of-range scores, and is null with no answers', () => {
    const answer = survey('c1', 'nps', 0)
    expect(nps([answer, answer, survey('c1', 'nps', 9, undefined, 'q2'), survey('c2', 'nps', 11)])).toMatchObject({ score: 0, responses: 2 })
    expect(nps([])).toBeNull()
    expect(nps([survey('c1', 'csat', 5)])).toBeNull()
  })

  it('reaches −100 and 100', () => {
    expect(nps([survey('c1', 'nps', 6)])?.score).toBe(-100)
    expect(nps([survey('c1', 'nps', 9)])?.score).toBe(100)
  })
})

describe('csat', () => {
  it('is the share of 4–5 answers', () => {
    const events = [survey('c1', 'csat', 5), survey('c2', 'csat', 4), survey('c3', 'csat', 3), survey('c4', 'csat', 1), survey('c5', 'nps', 10)]
    expect(csat(events)).toEqual({ score: 0.5, satisfied: 2, responses: 4 })
    expect(csat([])).toBeNull()
  })
})

describe('repeatPurchaseRate', () => {
  it('is customers with two or more orders over customers with one', () => {
    const asUser = (userId: string) => ({ userId })
    const events = [
      bought('s1', 'o-1', asUser('u1')),
      bought('s2', 'o-2', asUser('u1')),
      bought('s3', 'o-3', asUser('u2')),
      bought('s3', 'o-3', asUser('u2')), // the same order recorded twice (browser + webhook)
      bought('s4', 'o-4'), // anonymous a1
    ]
    expect(repeatPurchaseRate(events)).toBeCloseTo(1 / 3)
  })

  it('is null without orders', () => {
    expect(repeatPurchaseRate([page('s1')])).toBeNull()
  })
})

describe('revenueByChannel / revenueByCampaign', () => {
  const paid = { touchpoint: { channel: 'paid' as const, source: 'google' }, campaign: { name: 'spring' } }
  const owned = { touchpoint: { channel: 'owned' as const, source: 'newsletter' } }
  const usd = (s: string, orderId: string, context: Partial<EventContext>) =>
    order(orderId, [item('a', 0, { price: { amount: 3000, currency: 'USD' } })], { currency: 'USD' }, inSession(s, context))

  const events: AnyJourneyEvent[] = [
    bought('s1', 'o-1', paid), // €10
    bought('s1', 'o-1', paid), // duplicate order
    bought('s2', 'o-2', paid), // €10, half refunded
    makeEvent('order_refunded', { orderId: 'o-2', total: eur(500) }),
    usd('s3', 'o-3', paid), // $30
    bought('s4', 'o-4', owned), // €10, fully refunded in two parts
    makeEvent('order_refunded', { orderId: 'o-4', total: eur(400) }),
    makeEvent('order_refunded', { orderId: 'o-4', total: eur(600) }),
    makeEvent('order_refunded', { orderId: 'o-unknown', total: eur(999) }),
  ]

  it('sums order totals minus refunds per channel and currency', () => {
    expect(revenueByChannel(events)).toEqual([
      { key: 'owned', currency: 'EUR', revenue: eur(0), orders: 1 },
      { key: 'paid', currency: 'EUR', revenue: eur(1500), orders: 2 },
      { key: 'paid', currency: 'USD', revenue: { amount: 3000, currency: 'USD' }, orders: 1 },
    ])
  })

  it('groups by campaign name, with (none) for orders without one', () => {
    expect(revenueByCampaign(events)).toEqual([
      { key: '(none)', currency: 'EUR', revenue: eur(0), orders: 1 },
      { key: 'spring', currency: 'EUR', revenue: eur(1500), orders: 2 },
      { key: 'spring', currency: 'USD', revenue: { amount: 3000, currency: 'USD' }, orders: 1 },
    ])
  })

  it('is empty without orders', () => {
    expect(revenueByChannel([])).toEqual([])
    expect(revenueByCampaign([makeEvent('order_refunded', { orderId: 'o', total: eur(1) })])).toEqual([])
  })
})

describe('filterByDate', () => {
  const at = (occurredAt: string) => makeEvent('page_viewed', {}, { occurredAt })
  const jan = at('2025-01-15T10:00:00Z')
  const feb = at('2025-02-01T00:00:00Z')
  const mar = at('2025-03-01T00:00:00+01:00')

  it('keeps from ≤ occurredAt < to', () => {
    expect(filterByDate([mar, jan, feb], { from: '2025-02-01T00:00:00Z', to: new Date('2025-03-01T00:00:00Z') })).toEqual([mar, feb])
    expect(filterByDate([jan, feb], { to: '2025-02-01T00:00:00Z' })).toEqual([jan])
    expect(filterByDate([jan, feb], {})).toEqual([jan, feb])
    expect(filterByDate([], { from: 0 })).toEqual([])
  })
})
