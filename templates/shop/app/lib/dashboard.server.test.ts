// @vitest-environment node
import { EVENT_STAGES, type AnyJourneyEvent, type EventName, type EventProperties } from '@journeykit/core'
import { openTestDatabase } from './test-database.server'
import { cartAbandonmentRate, checkoutStepDropOff, conversionRate, nps, revenueByCampaign, revenueByChannel, stageFunnel } from '@journeykit/core/metrics'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { collectEvents } from './collector.server'
import { journeyDashboard, parseDayRange, type DayRange } from './dashboard.server'
import type { Database } from './db.server'
import { createServerEvent, recordServerEvent, SERVER_RECORDED_EVENTS, storeJourneyEvents } from './journey-events.server'
import { generateJourneyEvents } from './journey-test-data.server'
import { CLIENT_ADDRESS_HEADER, resetRateLimits } from './rate-limit.server'

// journey_events has no foreign keys, so this file needs the schema but not the demo catalog.
let db: Database
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())
beforeEach(() => resetRateLimits(db))

const NOW = new Date('2026-05-31T15:00:00Z')
let address = 0

/**
 * Stores events the way the shop does: sales and refunds recorded by the server, everything else
 * through the collector in beacon-sized batches.
 */
async function collect(events: readonly AnyJourneyEvent[]): Promise<void> {
  const serverRecorded = (event: AnyJourneyEvent) => (SERVER_RECORDED_EVENTS as readonly string[]).includes(event.name)
  await storeJourneyEvents(db, events.filter(serverRecorded), 'server')
  await postToCollector(events.filter((event) => !serverRecorded(event)))
}

async function postToCollector(events: readonly AnyJourneyEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += 40) {
    const request = new Request('http://shop.test/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: `198.51.100.${++address}` },
      body: JSON.stringify({ events: events.slice(start, start + 40) }),
    })
    const response = await collectEvents(db, request, NOW)
    expect(response.status).toBe(200)
  }
}

describe('parseDayRange', () => {
  const parse = (query: string) => parseDayRange(new URLSearchParams(query), NOW)

  it('defaults to the last 30 days up to today (UTC)', () => {
    expect(parse('')).toEqual({ range: { from: '2026-05-02', to: '2026-05-31' }, errors: {} })
  })

  it('counts 30 days back from a given end, and keeps a given start', () => {
    expect(parse('to=2026-03-10').range).toEqual({ from: '2026-02-09', to: '2026-03-10' })
    expect(parse('from=2026-05-20').range).toEqual({ from: '2026-05-20', to: '2026-05-31' })
    expect(parse('from=2026-01-01&to=2026-01-01')).toEqual({ range: { from: '2026-01-01', to: '2026-01-01' }, errors: {} })
  })

  it('names each invalid field and keeps what was sent for the form', () => {
    expect(parse('from=yesterday&to=2026-02-30')).toEqual({
      range: { from: 'yesterday', to: '2026-02-30' },
      errors: { from: 'Enter a valid start date (YYYY-MM-DD).', to: 'Enter a valid end date (YYYY-MM-DD).' },
    })
    expect(parse('from=2026-05-10&to=2026-05-01').errors).toEqual({ to: 'The end date must be on or after the start date.' })
    expect(parse('from=2024-01-01&to=2026-01-01').errors).toEqual({ to: 'Choose at most 366 days.' })
    expect(parse(`from=${'9'.repeat(500)}`).range.from).toHaveLength(20)
  })
})

describe('the dashboard over collected events', () => {
  const journeys = generateJourneyEvents({ sessions: 400, seed: 7, from: new Date('2026-04-01T00:00:00Z'), to: new Date('2026-05-31T00:00:00Z') })
  beforeAll(() => collect(journeys), 120_000)

  it('counts the events and visits of the range, both days included', async () => {
    const range = { from: '2026-04-10', to: '2026-04-20' }
    const expected = journeys.filter((event) => event.occurredAt >= '2026-04-10T00:00:00.000Z' && event.occurredAt < '2026-04-21T00:00:00.000Z')
    expect(expected.length).toBeGreaterThan(100)
    const dashboard = await journeyDashboard(db, range)
    expect(dashboard.events).toBe(expected.length)
    expect(dashboard.sessions).toBe(new Set(expected.map((event) => event.context.sessionId)).size)
    expect(dashboard.funnel).toEqual(stageFunnel(expected))
  })

  it('shows a realistic journey: every stage reached, fewer sessions at each, orders attributed to channels', async () => {
    const dashboard = await journeyDashboard(db, { from: '2026-04-01', to: '2026-05-31' })
    expect(dashboard.events).toBe(journeys.length)
    expect(dashboard.sessions).toBe(400)
    expect(dashboard.funnel).toEqual(stageFunnel(journeys))
    const sessions = dashboard.funnel.map((row) => row.sessions)
    expect(sessions.every((count, index) => index === 0 || (count > 0 && count <= sessions[index - 1]!))).toBe(true)
    expect(dashboard.conversionRate).toBe(conversionRate(journeys))
    expect(dashboard.cartAbandonmentRate).toBeCloseTo(cartAbandonmentRate(journeys)!, 12)
    expect(dashboard.checkout).toEqual(checkoutStepDropOff(journeys))
    expect(dashboard.nps).toEqual(nps(journeys))
    expect(dashboard.revenueByChannel).toEqual(expect.arrayContaining(revenueByChannel(journeys)))
    expect(dashboard.revenueByCampaign).toEqual(expect.arrayContaining(revenueByCampaign(journeys)))
    expect(dashboard.revenueByChannel.map((row) => row.key).sort()).toEqual(['direct', 'earned', 'owned', 'paid'])
    expect(dashboard.revenueByCampaign.map((row) => row.key)).toContain('spring-sale')
    expect(dashboard.orders).toBe(new Set(journeys.filter((e) => e.name === 'order_completed').map((e) => e.id)).size)
  })
})

describe('numbers only the server recorded', () => {
  const eur = (amount: number) => ({ amount, currency: 'EUR' })
  const sale = (orderId: string, total: number) => ({ orderId, items: [], subtotal: eur(total), shipping: eur(0), tax: eur(0), discount: eur(0), total: eur(total) })
  const browserEvent = (name: 'order_completed' | 'order_refunded' | 'checkout_started', properties: object, at: string) =>
    ({
      id: `forged-${name}-${at}`,
      name,
      stage: EVENT_STAGES[name],
      occurredAt: at,
      properties,
      context: { sessionId: 's-forger', anonymousId: 'a-forger', touchpoint: { channel: 'paid', source: 'google' }, campaign: {} },
    }) as unknown as AnyJourneyEvent

  it('counts the server’s sale and refund, never a browser copy that came first, a forged sale or a forged refund', async () => {
    await postToCollector([
      browserEvent('checkout_started', { checkoutId: 'c-1', items: [] }, '2026-02-10T09:00:00.000Z'),
      // Before the server: the same order id with another total, an order that never happened, a refund that never happened.
      browserEvent('order_completed', sale('NW-500', 999_999), '2026-02-10T09:01:00.000Z'),
      browserEvent('order_completed', sale('NW-FAKE', 1_000_000), '2026-02-10T09:02:00.000Z'),
      browserEvent('order_refunded', { orderId: 'NW-500', total: eur(5000) }, '2026-02-10T09:03:00.000Z'),
    ])
    const server = createServerEvent('order_completed', sale('NW-500', 5000), { sessionId: 's-forger', anonymousId: 'a-forger', occurredAt: '2026-02-10T09:05:00.000Z' })
    expect(await recordServerEvent(db, server)).toBe(true)
    const dashboard = await journeyDashboard(db, { from: '2026-02-10', to: '2026-02-10' })
    expect(dashboard).toMatchObject({ orders: 1, revenue: [eur(5000)], sessions: 1, conversionRate: 1 })
    expect(dashboard.revenueByChannel).toEqual([{ key: 'direct', currency: 'EUR', revenue: eur(5000), orders: 1 }])
    expect(dashboard.checkout.map((row) => row.sessions)).toEqual([1, 1, 1, 1])

    await recordServerEvent(db, createServerEvent('order_refunded', { orderId: 'NW-500', total: eur(2000) }, { occurredAt: '2026-02-10T10:00:00.000Z' }))
    expect((await journeyDashboard(db, { from: '2026-02-10', to: '2026-02-10' })).revenue).toEqual([eur(3000)])
  })
})

describe('the dashboard on hand-computed events', () => {
  let counter = 0
  function make<N extends EventName>(name: N, properties: EventProperties<N>, session: string, extra: Partial<AnyJourneyEvent['context']> = {}) {
    counter += 1
    return {
      id: `sum-${counter}`,
      name,
      stage: EVENT_STAGES[name],
      occurredAt: new Date(Date.UTC(2026, 6, 10, 10, 0, counter)).toISOString(),
      properties,
      context: {
        anonymousId: `visitor-${session}`,
        sessionId: session,
        locale: 'en',
        page: { url: 'https://shop.test/', path: '/', title: 'Shop', referrer: '' },
        campaign: {},
        touchpoint: { channel: 'direct', source: 'direct' },
        consent: { analytics: true, marketing: true },
        ...extra,
      },
    } as AnyJourneyEvent
  }
  const eur = (amount: number) => ({ amount, currency: 'EUR' })
  const item = { id: 'p1', name: 'Pack', price: eur(10000), quantity: 1 }
  const order = (orderId: string, total: number) => ({ orderId, items: [item], subtotal: eur(total), shipping: eur(0), tax: eur(0), discount: eur(0), total: eur(total) })
  const paid = { campaign: { source: 'google', medium: 'cpc', name: 'spring-sale' }, touchpoint: { channel: 'paid' as const, source: 'google' } }
  const owned = { campaign: { source: 'newsletter', medium: 'email', name: 'weekly-picks' }, touchpoint: { channel: 'owned' as const, source: 'newsletter' } }
  const range = { from: '2026-07-01', to: '2026-07-31' }

  const events = [
    make('page_viewed', {}, 's1'),
    make('product_added', { item }, 's2'),
    make('product_added', { item }, 's3', paid),
    make('checkout_started', { checkoutId: 'c3', items: [item] }, 's3', paid),
    make('order_completed', order('NW-1', 10000), 's3', paid),
    make('product_added', { item }, 's4', owned),
    make('checkout_started', { checkoutId: 'c4', items: [item] }, 's4', owned),
    make('shipping_info_added', { checkoutId: 'c4', items: [item], shippingMethod: 'standard' }, 's4', owned),
    make('payment_info_entered', { checkoutId: 'c4', items: [item], paymentMethod: 'card' }, 's4', owned),
    make('order_completed', order('NW-2', 25000), 's4', owned),
    make('order_completed', order('NW-2', 25000), 's4', owned), // a second record of the same order: the database refuses it
    make('order_refunded', { orderId: 'NW-2', total: eur(5000) }, 's4', owned),
    make('survey_submitted', { surveyId: 'nps', kind: 'nps', score: 10 }, 's4', owned),
    make('survey_submitted', { surveyId: 'nps', kind: 'nps', score: 8 }, 's3', paid),
    make('survey_submitted', { surveyId: 'nps-follow-up', kind: 'nps', score: 3 }, 's3', paid),
  ]

  beforeAll(async () => {
    const serverRecorded = (event: AnyJourneyEvent) => (SERVER_RECORDED_EVENTS as readonly string[]).includes(event.name)
    for (const event of events) await storeJourneyEvents(db, [event], serverRecorded(event) ? 'server' : 'client')
  })

  it('computes the figures the page shows', async () => {
    const dashboard = await journeyDashboard(db, range)
    expect(dashboard).toMatchObject({ range, events: 14, sessions: 4, orders: 2, conversionRate: 0.5 })
    expect(dashboard.cartAbandonmentRate).toBeCloseTo(1 / 3)
    expect(dashboard.funnel.map((row) => [row.stage, row.sessions])).toEqual([
      ['awareness', 4],
      ['consideration', 3],
      ['decision', 3],
      ['purchase', 2],
      ['retention', 2],
      ['advocacy', 2],
    ])
    expect(dashboard.checkout.map((row) => [row.step, row.sessions, row.dropOff])).toEqual([
      ['checkout_started', 2, 0],
      ['shipping_info_added', 2, 0],
      ['payment_info_entered', 2, 0],
      ['order_completed', 2, 0],
    ])
    expect(dashboard.nps).toEqual({ score: 0, promoters: 1, passives: 1, detractors: 1, responses: 3 })
    expect(dashboard.revenueByChannel.map((row) => [row.key, row.revenue.amount, row.orders])).toEqual([
      ['owned', 20000, 1],
      ['paid', 10000, 1],
    ])
    expect(dashboard.revenueByCampaign.map((row) => row.key)).toEqual(['weekly-picks', 'spring-sale'])
    expect(dashboard.revenue).toEqual([eur(30000)])
  })

  it("keeps each customer's latest NPS answer per survey, knows a signed-in customer by user id, and never adds currencies", async () => {
    const at = (minute: number) => ({ occurredAt: `2026-08-03T10:${String(minute).padStart(2, '0')}:00.000Z` })
    const usd = (amount: number) => ({ amount, currency: 'USD' })
    const later = [
      { ...make('survey_submitted', { surveyId: 'nps', kind: 'nps', score: 2 }, 's5', { userId: 'u-1' }), ...at(1) },
      // the same signed-in customer in another visit and browser: this later answer replaces the 2
      { ...make('survey_submitted', { surveyId: 'nps', kind: 'nps', score: 9 }, 's6', { userId: 'u-1', anonymousId: 'other-browser' }), ...at(2) },
      { ...make('survey_submitted', { surveyId: 'nps', kind: 'nps', score: 7 }, 's7'), ...at(3) },
      { ...make('survey_submitted', { surveyId: 'csat', kind: 'csat', score: 1 }, 's7'), ...at(4) },
      { ...make('order_completed', order('NW-3', 10000), 's5', paid), ...at(5) },
      { ...make('order_completed', { ...order('NW-4', 0), total: usd(4000) }, 's6', paid), ...at(6) },
      { ...make('order_refunded', { orderId: 'NW-3', total: usd(500) }, 's5'), ...at(7) }, // another currency: not the EUR order's refund
    ] as AnyJourneyEvent[]
    await storeJourneyEvents(db, later.filter((event) => event.name === 'survey_submitted'), 'client')
    await storeJourneyEvents(db, later.filter((event) => event.name !== 'survey_submitted'), 'server')

    const dashboard = await journeyDashboard(db, { from: '2026-08-03', to: '2026-08-03' })
    expect(dashboard.nps).toEqual({ score: 50, promoters: 1, passives: 1, detractors: 0, responses: 2 })
    expect(dashboard.revenue).toEqual([eur(10000), usd(4000)])
    expect(dashboard.revenueByCampaign).toEqual([
      { key: 'spring-sale', currency: 'EUR', revenue: eur(10000), orders: 1 },
      { key: 'spring-sale', currency: 'USD', revenue: usd(4000), orders: 1 },
    ])
    expect(dashboard).toMatchObject({ events: 7, sessions: 3, orders: 2, conversionRate: 2 / 3, cartAbandonmentRate: null })
  })

  it('shows nothing to compute for a range without events', async () => {
    const dashboard = await journeyDashboard(db, { from: '2026-06-01', to: '2026-06-30' })
    expect(dashboard).toMatchObject({ events: 0, sessions: 0, orders: 0, conversionRate: null, cartAbandonmentRate: null, nps: null, revenue: [] })
    expect(dashboard.revenueByChannel).toEqual([])
  })
})

describe('the pre-aggregated figures', () => {
  // Visits around the midnight of 14/15 March (some cross it), and one customer's NPS answer arriving
  // two days late for a visit of the 14th.
  const visits = generateJourneyEvents({ sessions: 240, seed: 18, from: new Date('2026-03-14T22:30:00Z'), to: new Date('2026-03-15T01:30:00Z') })
  const crossing = visits.find((event) => event.occurredAt < '2026-03-15' && visits.some((other) => other.context.sessionId === event.context.sessionId && other.occurredAt >= '2026-03-15'))!
  const lateAnswer = { ...visits.find((event) => event.name === 'survey_submitted')!, id: 'evt-late-nps', occurredAt: '2026-03-16T08:00:00.000Z', properties: { surveyId: 'late-nps', kind: 'nps', score: 3 } } as AnyJourneyEvent
  const journeys = [...visits, lateAnswer]
  const serverRecorded = (event: AnyJourneyEvent) => (SERVER_RECORDED_EVENTS as readonly string[]).includes(event.name)

  beforeAll(async () => {
    expect(crossing).toBeDefined()
    // Newest first in batches written at once (concurrent connections on PostgreSQL): every visit's
    // later events are stored before its earlier ones, its first day moving back as they arrive.
    const newestFirst = [...journeys].reverse()
    const batches = Array.from({ length: Math.ceil(newestFirst.length / 25) }, (_, index) => newestFirst.slice(index * 25, index * 25 + 25))
    await Promise.all(
      batches.map(async (batch) => {
        await storeJourneyEvents(db, batch.filter(serverRecorded), 'server')
        await storeJourneyEvents(db, batch.filter((event) => !serverRecorded(event)), 'client')
      }),
    )
  }, 60_000)

  it.each([
    { from: '2026-03-14', to: '2026-03-14' },
    { from: '2026-03-15', to: '2026-03-15' },
    { from: '2026-03-14', to: '2026-03-15' },
    { from: '2026-03-15', to: '2026-03-16' },
    { from: '2026-03-13', to: '2026-03-20' },
  ])('equal the figures computed from the events themselves, $from to $to', async (range) => {
    const { from, to } = { from: `${range.from}T00:00:00.000Z`, to: new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString() }
    const expected = journeys.filter((event) => event.occurredAt >= from && event.occurredAt < to)
    const dashboard = await journeyDashboard(db, range)
    const sorted = (rows: { key: string; currency: string }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency))
    expect(dashboard.events).toBe(expected.length)
    expect(dashboard.sessions).toBe(new Set(expected.map((event) => event.context.sessionId)).size)
    expect(dashboard.funnel).toEqual(stageFunnel(expected))
    expect(dashboard.checkout).toEqual(checkoutStepDropOff(expected))
    expect(dashboard.conversionRate).toBe(conversionRate(expected))
    expect(dashboard.cartAbandonmentRate).toBeCloseTo(cartAbandonmentRate(expected)!, 12)
    expect(dashboard.nps).toEqual(nps(expected))
    expect(sorted(dashboard.revenueByChannel)).toEqual(sorted(revenueByChannel(expected)))
    expect(sorted(dashboard.revenueByCampaign)).toEqual(sorted(revenueByCampaign(expected)))
  })

  it('counts a visit that crosses midnight once over both days, and once on each day alone', async () => {
    const sessionOf = (range: DayRange) => journeyDashboard(db, range).then((dashboard) => dashboard.sessions)
    const [both, before, after] = await Promise.all([
      sessionOf({ from: '2026-03-14', to: '2026-03-15' }),
      sessionOf({ from: '2026-03-14', to: '2026-03-14' }),
      sessionOf({ from: '2026-03-15', to: '2026-03-15' }),
    ])
    expect(both).toBeLessThan(before + after)
    const { rows } = await db.query<{ first_day: string; last_day: string }>(
      `SELECT first_day::text, last_day::text FROM journey_sessions WHERE session_id = $1`,
      [lateAnswer.context.sessionId],
    )
    expect(rows[0]!.last_day).toBe('2026-03-16')
    expect(rows[0]!.first_day <= '2026-03-15').toBe(true)
  })
})
