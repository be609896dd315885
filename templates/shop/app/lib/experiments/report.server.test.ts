import type { Money } from '@journeykit/core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createSession, createStaff } from '../admin/staff.server'
import type { Database } from '../db.server'
import { createServerEvent, storeJourneyEvents } from '../journey-events.server'
import { openTestDatabase } from '../test-database.server'
import { experimentReports } from './report.server'

// The experiments page reads this file's in-memory PGlite.
let db: Database
vi.mock('../db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../db.server')>()),
  getDatabase: async () => db,
}))
const page = await import('../../routes/journey.experiments')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())

const eur = (amount: number): Money => ({ amount, currency: 'EUR' })
const exposure = (anonymousId: string, experiment: string, variant: string, occurredAt?: string) =>
  createServerEvent('experiment_viewed', { experiment, variant }, { anonymousId, occurredAt })
const order = (anonymousId: string, orderId: string, total: number, occurredAt?: string) =>
  createServerEvent('order_completed', { orderId, items: [], subtotal: eur(total), shipping: eur(0), tax: eur(0), discount: eur(0), total: eur(total) }, { anonymousId, occurredAt })
const checkoutStarted = (anonymousId: string) => createServerEvent('checkout_started', { checkoutId: `co-${anonymousId}`, items: [] }, { anonymousId })
const refund = (orderId: string, amount: number) => createServerEvent('order_refunded', { orderId, total: eur(amount) })
const visitorsIn = (variant: string, count: number) => Array.from({ length: count }, (_, index) => `${variant}-${index}`)

describe('experimentReports', () => {
  const definitions = [
    { key: 'badges', variants: ['beside-pay', 'above-form'] },
    { key: 'hero', variants: ['tailored', 'generic'], winner: 'generic' },
  ]

  it('gives each variant its exposed visitors, conversion to purchase and revenue per visitor from the server\'s orders', async () => {
    const control = visitorsIn('control', 20)
    const treatment = visitorsIn('treatment', 20)
    await storeJourneyEvents(db, [...control.map((id) => exposure(id, 'badges', 'beside-pay')), ...treatment.map((id) => exposure(id, 'badges', 'above-form'))], 'client')
    // a visitor exposed twice counts once, in the variant seen first
    await storeJourneyEvents(db, [exposure(control[0]!, 'badges', 'above-form')], 'client')
    await storeJourneyEvents(db, [order(control[0]!, 'NW-1', 10000), order(treatment[0]!, 'NW-2', 5000), order(treatment[1]!, 'NW-3', 5000)], 'server')
    // a browser's copy of an order is never counted
    await storeJourneyEvents(db, [order(control[1]!, 'NW-4', 99900)], 'client')

    const [badges, hero] = await experimentReports(db, definitions)
    expect(badges).toMatchObject({ key: 'badges', status: 'running', winner: null, currency: 'EUR', sampleRatio: { mismatch: false } })
    const [besidePay, aboveForm] = badges!.variants
    expect(besidePay).toMatchObject({ variant: 'beside-pay', visitors: 20, conversion: { estimate: 0.05 }, revenuePerVisitor: { estimate: 500 }, versusControl: null })
    expect(aboveForm).toMatchObject({ variant: 'above-form', visitors: 20, conversion: { estimate: 0.1 }, revenuePerVisitor: { estimate: 500 } })
    expect(aboveForm!.conversion.lower).toBeLessThan(0.1)
    expect(aboveForm!.conversion.upper).toBeGreaterThan(0.1)
    expect(aboveForm!.versusControl!.probabilityToBeatControl).toBeGreaterThan(0.5)
    expect(hero).toMatchObject({ key: 'hero', status: 'stopped', winner: 'generic' })
    expect(hero!.variants.map((variant) => variant.visitors)).toEqual([0, 0])
    expect(hero!.decision).toEqual({ kind: 'stopped', winner: 'generic' })
    expect(badges!.decision).toMatchObject({ kind: 'keep-running' })
  })

  it('counts only the orders a visitor placed from their first exposure on, with average order value', async () => {
    await storeJourneyEvents(db, [order('early', 'NW-EARLY', 7000, '2026-11-01T10:00:00Z')], 'server')
    await storeJourneyEvents(db, [exposure('early', 'timing', 'a', '2026-11-02T10:00:00Z'), exposure('late', 'timing', 'b', '2026-11-02T10:00:00Z')], 'client')
    await storeJourneyEvents(db, [order('late', 'NW-LATE-1', 3000, '2026-11-03T10:00:00Z'), order('late', 'NW-LATE-2', 5000, '2026-11-04T10:00:00Z')], 'server')
    const [timing] = await experimentReports(db, [{ key: 'timing', variants: ['a', 'b'] }])
    const [a, b] = timing!.variants
    expect(a).toMatchObject({ visitors: 1, conversion: { estimate: 0 }, averageOrderValue: null })
    expect(b).toMatchObject({ visitors: 1, conversion: { estimate: 1 }, revenuePerVisitor: { estimate: 8000 }, averageOrderValue: { estimate: 4000 } })
  })

  it('gives each variant its guardrails: checkout abandonment among its checkout starters, and the share of its orders refunded', async () => {
    const visitors = ['g1', 'g2', 'g3', 'g4']
    await storeJourneyEvents(db, visitors.map((id, index) => exposure(id, 'guard', index < 2 ? 'a' : 'b')), 'client')
    await storeJourneyEvents(db, visitors.map(checkoutStarted), 'client')
    await storeJourneyEvents(db, [order('g1', 'NW-G1', 2000), order('g3', 'NW-G3', 2000), order('g4', 'NW-G4', 2000)], 'server')
    await storeJourneyEvents(db, [refund('NW-G3', 2000)], 'server')
    const [guard] = await experimentReports(db, [{ key: 'guard', variants: ['a', 'b'] }])
    expect(guard!.guardrails).toMatchObject([
      { variant: 'a', checkoutAbandonment: { estimate: 0.5 }, refundRate: { estimate: 0 } },
      { variant: 'b', checkoutAbandonment: { estimate: 0 }, refundRate: { estimate: 0.5 } },
    ])
  })

  it('charts each variant\'s cumulative conversion at the end of each day', async () => {
    await storeJourneyEvents(
      db,
      [
        exposure('d1', 'daily', 'a', '2026-10-01T08:00:00Z'),
        exposure('d2', 'daily', 'b', '2026-10-01T09:00:00Z'),
        exposure('d3', 'daily', 'a', '2026-10-02T08:00:00Z'),
      ],
      'client',
    )
    await storeJourneyEvents(db, [order('d1', 'NW-D1', 1000, '2026-10-02T12:00:00Z'), order('d1', 'NW-D1B', 1000, '2026-10-03T12:00:00Z')], 'server')
    const [daily] = await experimentReports(db, [{ key: 'daily', variants: ['a', 'b'] }])
    expect(daily!.daily.map((day) => [day.day, ...day.variants.map((variant) => `${variant.visitors}:${variant.conversion.estimate}`)])).toEqual([
      ['2026-10-01', '1:0', '1:0'],
      ['2026-10-02', '2:0.5', '1:0'],
    ])
  })

  it('flags a sample ratio mismatch when the variants\' visitors stray from the weights', async () => {
    await storeJourneyEvents(db, visitorsIn('skewed', 200).map((id) => exposure(id, 'srm', 'a')), 'client')
    await storeJourneyEvents(db, visitorsIn('rare', 20).map((id) => exposure(id, 'srm', 'b')), 'client')
    const [srm] = await experimentReports(db, [{ key: 'srm', variants: ['a', 'b'] }])
    expect(srm!.sampleRatio.mismatch).toBe(true)
    expect(srm!.sampleRatio.pValue).toBeLessThan(0.001)
  })
})

describe('/journey/experiments', () => {
  const load = (cookie = '') => page.loader({ request: new Request('http://shop.test/journey/experiments', { headers: { Cookie: cookie } }), params: {}, context: {} } as never)

  it('shows staff the shop\'s experiments', async () => {
    const { staff } = await createStaff(db, { email: 'analyst@shop.example', role: 'analyst' })
    const { token } = await createSession(db, staff.id, new Date())
    const { reports } = await load(`jk_staff=${token}`)
    expect(reports.map((report) => report.key)).toEqual(['home-hero-copy', 'checkout-trust-badges'])
  })

  it('sends anyone else to the back office\'s sign-in', async () => {
    const answer = await load().catch((thrown: unknown) => thrown)
    expect(answer).toBeInstanceOf(Response)
    expect((answer as Response).headers.get('Location')).toBe('/admin/login?next=%2Fjourney%2Fexperiments')
  })
})
