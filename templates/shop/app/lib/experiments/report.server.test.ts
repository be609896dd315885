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
const exposure = (anonymousId: string, experiment: string, variant: string) => createServerEvent('experiment_viewed', { experiment, variant }, { anonymousId })
const order = (anonymousId: string, orderId: string, total: number) =>
  createServerEvent('order_completed', { orderId, items: [], subtotal: eur(total), shipping: eur(0), tax: eur(0), discount: eur(0), total: eur(total) }, { anonymousId })
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
