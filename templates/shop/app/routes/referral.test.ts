// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { loader } = await import('./referral')
const { referralForCustomer } = await import('../lib/referrals.server')

let code: string
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await db.query(`INSERT INTO customers (id, email, first_name) VALUES ('c-anna', 'anna@example.com', 'Anna')`)
  code = (await referralForCustomer(db, 'c-anna')).code
}, 60_000)
afterAll(() => db.close())

async function land(path: string): Promise<{ status: number; location: string | null }> {
  try {
    const result = (await loader({ request: new Request(`http://shop.test${path}`), params: { code: path.split('/')[2]!.split('?')[0]! }, context: {} } as never)) as {
      init?: ResponseInit | null
    }
    return { status: result.init?.status ?? 200, location: null }
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get('Location') }
    throw thrown
  }
}

describe('/r/:code', () => {
  it('sends a bare referral link on with the referral campaign, so the visit is earned rather than direct', async () => {
    expect(await land(`/r/${code.toLowerCase()}`)).toEqual({
      status: 302,
      location: `/r/${code}?utm_source=referral&utm_medium=referral&utm_campaign=refer-a-friend`,
    })
    expect(await land(`/r/${code}?utm_source=referral&utm_medium=referral&utm_campaign=refer-a-friend`)).toEqual({ status: 200, location: null })
    // A campaign of its own (the link shared in a newsletter) is kept.
    expect(await land(`/r/${code}?utm_source=newsletter&utm_medium=email`)).toEqual({ status: 200, location: null })
    expect((await land('/r/NOPE2345')).status).toBe(404)
  })
})
