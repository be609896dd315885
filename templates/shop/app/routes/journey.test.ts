// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { openTestDatabase } from '../lib/test-database.server'
import type { Database } from '../lib/db.server'
import { CLIENT_ADDRESS_HEADER, resetRateLimits } from '../lib/rate-limit.server'

// The route reads the token at import time; the database is this file's in-memory PGlite.
vi.stubEnv('JOURNEY_DASHBOARD_TOKEN', 'route-test-token')
let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { loader, action } = await import('./journey')
const { getShopSession } = await import('../lib/session.server')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())
beforeEach(() => resetRateLimits())

type LoaderArgs = Parameters<typeof loader>[0]
const call = (request: Request) => loader({ request, params: {}, context: {} } as unknown as LoaderArgs)

/** What a loader or action answered, whether it returned `data()` or threw a redirect. */
async function answer(run: () => Promise<unknown>): Promise<{ status: number; data?: unknown; headers: Headers }> {
  try {
    const result = (await run()) as { data?: unknown; init?: ResponseInit | null }
    if (result && typeof result === 'object' && 'init' in result) {
      return { status: result.init?.status ?? 200, data: result.data, headers: new Headers(result.init?.headers) }
    }
    return { status: 200, data: result, headers: new Headers() }
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, headers: thrown.headers }
    const data = thrown as { data?: unknown; init?: ResponseInit | null }
    return { status: data.init?.status ?? 500, data: data.data, headers: new Headers(data.init?.headers) }
  }
}

const cookieFrom = (headers: Headers) => headers.get('Set-Cookie')!.split(';')[0]!

describe('/journey', () => {
  it('throttles guessing per client with a clear message, without locking out another client', async () => {
    const session = await getShopSession(new Request('http://shop.test/'))
    const guess = (address: string, token: string) =>
      answer(() =>
        action({
          request: new Request('http://shop.test/journey', {
            method: 'POST',
            headers: { Cookie: session.setCookie!.split(';')[0]!, [CLIENT_ADDRESS_HEADER]: address },
            body: new URLSearchParams({ _csrf: session.csrf, token }),
          }),
          params: {},
          context: {},
        } as unknown as Parameters<typeof action>[0]),
      )
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await guess('203.0.113.5', 'guess')).toMatchObject({ status: 401, data: { error: 'That token is not right.' } })
    }
    expect(await guess('203.0.113.5', 'guess')).toMatchObject({ status: 429, data: { error: 'Too many attempts from your network. Wait a minute, then try again.' } })
    expect(await guess('203.0.113.5', 'route-test-token')).toMatchObject({ status: 429 })
    expect((await guess('198.51.100.77', 'route-test-token')).status).toBe(302)
  })

  it('shows the token form, and no figures, without the cookie', async () => {
    const result = await answer(() => call(new Request('http://shop.test/journey')))
    expect(result).toMatchObject({ status: 401, data: { state: 'locked', error: null } })
    expect(JSON.stringify(result.data)).not.toMatch(/sessions|revenue|funnel/)
  })

  it('no longer opens with ?token=: the token only leaves the address, and no cookie is set', async () => {
    const link = await answer(() => call(new Request('http://shop.test/journey?token=route-test-token&from=2026-01-01&to=2026-01-31')))
    expect(link.status).toBe(302)
    expect(link.headers.get('Location')).toBe('/journey?from=2026-01-01&to=2026-01-31')
    expect(link.headers.get('Set-Cookie')).toBeNull()
  })

  it('takes the token from the form (with the CSRF token) and signs out', async () => {
    const session = await getShopSession(new Request('http://shop.test/'))
    const sessionCookie = session.setCookie!.split(';')[0]!
    const post = (fields: Record<string, string>, address = '198.51.100.1') =>
      answer(() =>
        action({
          request: new Request('http://shop.test/journey', {
            method: 'POST',
            headers: { Cookie: sessionCookie, [CLIENT_ADDRESS_HEADER]: address },
            body: new URLSearchParams(fields),
          }),
          params: {},
          context: {},
        } as unknown as Parameters<typeof action>[0]),
      )
    expect(await post({ token: 'route-test-token' })).toMatchObject({ status: 403 })
    expect(await post({ _csrf: session.csrf, token: ' ' })).toMatchObject({ status: 400, data: { error: 'Enter the dashboard token.' } })
    expect(await post({ _csrf: session.csrf, token: 'wrong' })).toMatchObject({ status: 401, data: { error: 'That token is not right.' } })
    const signedIn = await post({ _csrf: session.csrf, token: 'route-test-token' })
    expect(signedIn.status).toBe(302)
    expect(signedIn.headers.get('Set-Cookie')).toMatch(/^jk_dashboard=[\w-]+; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Strict$/)
    const cookie = cookieFrom(signedIn.headers)
    const page = await answer(() => call(new Request('http://shop.test/journey?from=2026-01-01&to=2026-01-31', { headers: { Cookie: cookie } })))
    expect(page).toMatchObject({ status: 200, data: { state: 'ready', range: { from: '2026-01-01', to: '2026-01-31' }, dashboard: { events: 0, sessions: 0 } } })
    const invalid = await answer(() => call(new Request('http://shop.test/journey?from=2026-02-01&to=2026-01-01', { headers: { Cookie: cookie } })))
    expect(invalid).toMatchObject({ status: 400, data: { state: 'invalid', errors: { to: 'The end date must be on or after the start date.' } } })
    const signedOut = await post({ _csrf: session.csrf, intent: 'sign-out' })
    expect(signedOut.headers.get('Set-Cookie')).toMatch(/^jk_dashboard=; Path=\/; Max-Age=0/)
  })
})
