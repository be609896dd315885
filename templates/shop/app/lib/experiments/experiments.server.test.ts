// @vitest-environment node
import { resolveAttribution } from '@journeykit/core'
import { assignExperiment, type Assignments, type ExperimentDefinition } from '@journeykit/experiments/assignment'
import { JourneyProvider } from '@journeykit/react'
import { createElement, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../db.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { assignVisitor } from './assignment.server'
import { CHECKOUT_TRUST_EXPERIMENT, HOME_HERO_EXPERIMENT, SHOP_EXPERIMENTS } from './config'
import { HomeHeroExperiment } from './home-hero-experiment'
import { JOURNEY_ID_COOKIE } from './journey-id'
import { ShopExperiments } from './shop-experiments'
import { TrustBadgesExperiment } from './trust-badges-experiment'

// The routes read this file's in-memory PGlite.
let db: Database
vi.mock('../db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../db.server')>()),
  getDatabase: async () => db,
}))
const { getShopSession } = await import('../session.server')
const { addToCart } = await import('../cart.server')
const home = await import('../../routes/home')
const checkout = await import('../../routes/checkout')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [{ id: 'p-pack', name: 'Day Pack', price: 5000, variants: [{ id: 'v-pack', label: 'Green', stock: 10 }] }])
}, 60_000)
afterAll(() => db.close())

const PAID_SEARCH = 'http://shop.test/?utm_source=google&utm_medium=cpc'
const visitor = (id: string) => ({ Cookie: `${JOURNEY_ID_COOKIE}=${id}` })
const heroDefinition = SHOP_EXPERIMENTS.find((definition) => definition.key === HOME_HERO_EXPERIMENT)!
const trustDefinition = SHOP_EXPERIMENTS.find((definition) => definition.key === CHECKOUT_TRUST_EXPERIMENT)!

/** A journey id the hero experiment puts in `variant` for paid traffic. */
function visitorIn(definition: ExperimentDefinition, variant: string, facts: { channel?: 'paid' | 'direct' } = {}): string {
  for (let index = 0; ; index++) {
    const id = `visitor-${index}`
    if (assignExperiment(definition, { anonymousId: id, ...facts }).variant === variant) return id
  }
}

type LoaderResult = { data: { experiments: Assignments }; init: ResponseInit | null }
async function loadHome(url: string, headers: HeadersInit = {}): Promise<{ experiments: Assignments; cacheControl: string | null }> {
  const result = (await home.loader({ request: new Request(url, { headers }), params: {}, context: {} } as never)) as unknown as LoaderResult
  return { experiments: result.data.experiments, cacheControl: new Headers(result.init?.headers).get('Cache-Control') }
}

describe('assignVisitor', () => {
  it('assigns by the journey id cookie and the visit\'s channel, the same as the package does in the browser', () => {
    const id = visitorIn(heroDefinition, 'generic', { channel: 'paid' })
    const { assignments, personal } = assignVisitor(new Request(PAID_SEARCH, { headers: visitor(id) }))
    expect(assignments[HOME_HERO_EXPERIMENT]).toEqual({ variant: 'generic', inExperiment: true })
    expect(assignments[CHECKOUT_TRUST_EXPERIMENT]).toEqual(assignExperiment(trustDefinition, { anonymousId: id }))
    expect(personal).toBe(true)
  })

  it('keeps direct visits out of the hero experiment (nothing to tailor the copy to)', () => {
    const { assignments } = assignVisitor(new Request('http://shop.test/', { headers: visitor('visitor-1') }))
    expect(assignments[HOME_HERO_EXPERIMENT]).toEqual({ variant: 'tailored', inExperiment: false })
  })

  it('puts nobody in an experiment without a journey id (no analytics consent yet), or with a malformed one', () => {
    for (const headers of [{}, { Cookie: `${JOURNEY_ID_COOKIE}=<script>` }] as HeadersInit[]) {
      const { assignments, personal } = assignVisitor(new Request(PAID_SEARCH, { headers }))
      expect(assignments).toEqual({
        [HOME_HERO_EXPERIMENT]: { variant: 'tailored', inExperiment: false },
        [CHECKOUT_TRUST_EXPERIMENT]: { variant: 'beside-pay', inExperiment: false },
      })
      expect(personal).toBe(false)
    }
  })

  it('ships a stopped experiment\'s winner to everyone, with or without a journey id, and exposes nobody', () => {
    const stopped = [{ ...trustDefinition, winner: 'above-form' }]
    const controlVisitor = visitorIn(trustDefinition, 'beside-pay')
    for (const headers of [{}, visitor(controlVisitor)]) {
      expect(assignVisitor(new Request('http://shop.test/checkout', { headers }), stopped).assignments).toEqual({
        [CHECKOUT_TRUST_EXPERIMENT]: { variant: 'above-form', inExperiment: false },
      })
    }
  })

  it('forces a variant with ?jk-experiment outside production, outside the sample', () => {
    const { assignments } = assignVisitor(new Request('http://shop.test/checkout?jk-experiment=checkout-trust-badges:above-form'))
    expect(assignments[CHECKOUT_TRUST_EXPERIMENT]).toEqual({ variant: 'above-form', inExperiment: false })
  })
})

describe('the loaders', () => {
  it('home: hands the visitor\'s assignments to the page and keeps an assigned page out of shared caches', async () => {
    const id = visitorIn(heroDefinition, 'generic', { channel: 'paid' })
    const assigned = await loadHome(PAID_SEARCH, visitor(id))
    expect(assigned.experiments[HOME_HERO_EXPERIMENT]).toEqual({ variant: 'generic', inExperiment: true })
    expect(assigned.cacheControl).toBe('private, no-cache')
    const anonymous = await loadHome('http://shop.test/')
    expect(anonymous.experiments[HOME_HERO_EXPERIMENT]).toEqual({ variant: 'tailored', inExperiment: false })
    expect(anonymous.cacheControl).toMatch(/^public/)
  })

  it('checkout: hands the visitor\'s trust-badge assignment to the page', async () => {
    const session = await getShopSession(new Request('http://shop.test/'))
    await addToCart(db, session.cartId, 'v-pack', 1)
    const id = visitorIn(trustDefinition, 'above-form')
    const cookie = `${session.setCookie!.split(';')[0]}; ${JOURNEY_ID_COOKIE}=${id}`
    const result = (await checkout.loader({ request: new Request('http://shop.test/checkout', { headers: { Cookie: cookie } }), params: {}, context: {} } as never)) as unknown as LoaderResult
    expect(result.data.experiments[CHECKOUT_TRUST_EXPERIMENT]).toEqual({ variant: 'above-form', inExperiment: true })
  })
})

describe('server rendering', () => {
  // createElement, not JSX: server test files are .ts (the postgres project runs them too)
  const render = (assignments: Assignments, children: ReactNode) =>
    renderToString(createElement(JourneyProvider, null, createElement(ShopExperiments, { assignments, children })))
  const hero = createElement(HomeHeroExperiment, { attribution: resolveAttribution(PAID_SEARCH, '') })

  it('puts the assigned hero copy in the first HTML', () => {
    const tailored = render({ [HOME_HERO_EXPERIMENT]: { variant: 'tailored', inExperiment: true } }, hero)
    expect(tailored).toContain('data-jk-variant="tailored"')
    expect(tailored).toContain('Compare before you buy')
    const generic = render({ [HOME_HERO_EXPERIMENT]: { variant: 'generic', inExperiment: true } }, hero)
    expect(generic).toContain('data-jk-variant="generic"')
    expect(generic).toContain('Gear for the commute, the trail and everything between')
    expect(generic).not.toContain('Compare before you buy')
  })

  it('renders the trust badges at the assigned position', () => {
    const badges = [{ kind: 'free-returns' as const, description: 'Within 30 days.' }]
    const html = render({ [CHECKOUT_TRUST_EXPERIMENT]: { variant: 'above-form', inExperiment: true } }, createElement(TrustBadgesExperiment, { badges }))
    expect(html).toContain('data-trust-position="above-form"')
    expect(html).toContain('Within 30 days.')
  })
})
