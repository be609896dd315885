// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { listAudit } from '../lib/admin/audit.server'
import { createSession, createStaff, type StaffRole } from '../lib/admin/staff.server'
import type { Database } from '../lib/db.server'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { getShopSession } = await import('../lib/session.server')
const { rememberAccountVisit } = await import('../lib/account.server')
const { CLIENT_ADDRESS_HEADER } = await import('../lib/rate-limit.server')
const list = await import('./admin.customers')
const detail = await import('./admin.customer')
const account = await import('./account')

let shop: { cookie: string; csrf: string }
let staffCookies: Record<StaffRole, string>
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await db.query(`INSERT INTO customers (id, email, first_name) VALUES ('c-1', 'ada@example.com', 'Ada'), ('c-2', 'grace@example.com', 'Grace')`)
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
     VALUES ('NW-1', 'NW-1', 'NW-1', 'c-1', 'ada@example.com', 'paid', 'EUR', 5000, 0, 0, 0, 5000, 'standard', '{"givenName":"Ada","familyName":"Lovelace","country":"GB"}')`,
  )
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total, shipping_method, address)
     VALUES ('NW-2', 'NW-2', 'NW-2', 'c-2', 'grace@example.com', 'paid', 'EUR', 3000, 0, 0, 0, 3000, 'standard', '{"givenName":"Grace","country":"US"}')`,
  )
  await db.query(`INSERT INTO loyalty_ledger (id, customer_id, kind, points, reason, order_id, occurred_at) VALUES ('earn:NW-1', 'c-1', 'earn', 50, 'order', 'NW-1', now())`)
  const cookieOf = async (role: StaffRole) => {
    const { staff } = await createStaff(db, { email: `${role}@shop.example`, role })
    return `jk_staff=${(await createSession(db, staff.id)).token}`
  }
  staffCookies = { owner: await cookieOf('owner'), staff: await cookieOf('staff'), analyst: await cookieOf('analyst') }
  const session = await getShopSession(new Request('http://shop.test/'))
  shop = { cookie: session.setCookie!.split(';')[0]!, csrf: session.csrf }
}, 60_000)
afterAll(() => db.close())

/** What a loader or action answered (returned or thrown): its status, body and Location. */
async function outcome(run: () => unknown): Promise<{ status: number; data?: unknown; location?: string | null; response?: Response }> {
  const settle = (value: unknown) => {
    if (value instanceof Response) return { status: value.status, location: value.headers.get('Location'), response: value }
    if (value && typeof value === 'object' && 'init' in value) {
      const { init, data } = value as { init?: ResponseInit | null; data?: unknown }
      return { status: init?.status ?? 200, data }
    }
    return { status: 200, data: value }
  }
  try {
    return settle(await run())
  } catch (thrown) {
    return settle(thrown)
  }
}

const headers = (role: StaffRole | null) => ({ Cookie: [shop.cookie, role ? staffCookies[role] : ''].join('; ') })
const getList = (role: StaffRole | null, search = '') => outcome(() => list.loader({ request: new Request(`http://shop.test/admin/customers${search}`, { headers: headers(role) }) } as never))
const getCustomer = (role: StaffRole, customerId: string) =>
  outcome(() => detail.loader({ request: new Request(`http://shop.test/admin/customers/${customerId}`, { headers: headers(role) }), params: { customerId } } as never))
const post = (role: StaffRole, fields: Record<string, string>, { customerId = 'c-1', csrf = true } = {}) =>
  outcome(() =>
    detail.action({
      request: new Request(`http://shop.test/admin/customers/${customerId}`, {
        method: 'POST',
        headers: headers(role),
        body: new URLSearchParams({ ...(csrf ? { _csrf: shop.csrf } : {}), ...fields }),
      }),
      params: { customerId },
    } as never),
  )
const ledgerSize = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM loyalty_ledger')).rows[0]!.n

describe('/admin/customers', () => {
  it('is for owners and staff: no session is sent to sign in, an analyst is refused', async () => {
    expect(await getList(null)).toMatchObject({ status: 302, location: '/admin/login?next=%2Fadmin%2Fcustomers' })
    expect(await getList('analyst')).toMatchObject({ status: 403 })
    expect((await getCustomer('analyst', 'c-1')).status).toBe(403)
  })

  it('lists and searches customers with their orders, spending, points and last order', async () => {
    const { data } = await getList('staff', '?q=lovelace')
    expect(data).toMatchObject({ search: 'lovelace', total: 1, customers: [{ id: 'c-1', orderCount: 1, spent: { amount: 5000 }, points: 50, lastOrder: expect.any(String) }] })
    expect(((await getList('owner')).data as { total: number }).total).toBe(2)
  })

  it('shows a customer, and answers an unknown one with 404', async () => {
    expect((await getCustomer('staff', 'c-1')).data).toMatchObject({ customer: { email: 'ada@example.com' }, orders: [{ id: 'NW-1' }], loyalty: { balance: 50 }, canErase: false })
    expect((await getCustomer('owner', 'c-1')).data).toMatchObject({ canErase: true })
    expect((await getCustomer('staff', 'c-nobody')).status).toBe(404)
  })
})

describe('adjusting points', () => {
  it('is refused without the CSRF token and to an analyst, writing nothing', async () => {
    const before = await ledgerSize()
    expect((await post('staff', { intent: 'adjust', points: '10', reason: 'Goodwill' }, { csrf: false })).status).toBe(403)
    expect((await post('analyst', { intent: 'adjust', points: '10', reason: 'Goodwill' })).status).toBe(403)
    expect(await ledgerSize()).toBe(before)
  })

  it('answers bad input and a change below zero with 400 and the field, writing nothing', async () => {
    const before = await ledgerSize()
    expect(await post('staff', { intent: 'adjust', points: '-51', reason: 'Too many' })).toMatchObject({
      status: 400,
      data: { ok: false, intent: 'adjust', fields: { points: 'The balance is 50 points: you can take at most 50.' } },
    })
    expect(await post('staff', { intent: 'adjust', points: 'lots', reason: '' })).toMatchObject({ status: 400, data: { fields: { points: expect.any(String), reason: expect.any(String) } } })
    expect((await post('staff', { intent: 'adjust', points: '5', reason: 'x' }, { customerId: 'c-nobody' })).status).toBe(404)
    expect(await ledgerSize()).toBe(before)
  })

  it('adds the ledger line and the audit entry, then shows the page again with a notice', async () => {
    expect(await post('staff', { intent: 'adjust', points: '-20', reason: 'Duplicate welcome bonus' })).toMatchObject({ status: 302, location: '/admin/customers/c-1?done=adjust' })
    const page = await outcome(() =>
      detail.loader({ request: new Request('http://shop.test/admin/customers/c-1?done=adjust', { headers: headers('staff') }), params: { customerId: 'c-1' } } as never),
    )
    expect(page.data).toMatchObject({ done: 'adjust', loyalty: { balance: 30 }, ledger: expect.arrayContaining([expect.objectContaining({ kind: 'adjust', points: -20, reason: 'Duplicate welcome bonus' })]) })
    expect((await listAudit(db)).entries[0]).toMatchObject({ action: 'customer.points_adjust', staffEmail: 'staff@shop.example', before: { balance: 50 }, after: { balance: 30 } })
  })

  it('refuses an unknown intent with 400', async () => {
    expect((await post('staff', { intent: 'delete-everything' })).status).toBe(400)
  })
})

describe('exporting personal data', () => {
  it('downloads the JSON for staff with the token, and is refused without it', async () => {
    expect((await post('staff', { intent: 'export' }, { csrf: false })).status).toBe(403)
    expect((await post('analyst', { intent: 'export' })).status).toBe(403)
    const { status, response } = await post('staff', { intent: 'export' })
    expect(status).toBe(200)
    expect(response!.headers.get('Content-Disposition')).toBe('attachment; filename="customer-c-1.json"')
    expect(await response!.json()).toMatchObject({ profile: { email: 'ada@example.com' }, orders: [{ id: 'NW-1', address: { givenName: 'Ada' } }] })
  })
})

describe('erasing personal data', () => {
  const erasures = async () => (await listAudit(db)).entries.filter((entry) => entry.action === 'customer.erase').length

  it('is for owners only, with the token', async () => {
    expect((await post('staff', { intent: 'erase', confirmation: 'grace@example.com' }, { customerId: 'c-2' })).status).toBe(403)
    expect((await post('owner', { intent: 'erase', confirmation: 'grace@example.com' }, { customerId: 'c-2', csrf: false })).status).toBe(403)
    expect(await erasures()).toBe(0)
  })

  it('needs the typed email, then erases once; erasing again changes nothing', async () => {
    expect(await post('owner', { intent: 'erase', confirmation: 'someone@example.com' }, { customerId: 'c-2' })).toMatchObject({
      status: 400,
      data: { intent: 'erase', fields: { confirmation: expect.any(String) } },
    })
    expect(await post('owner', { intent: 'erase', confirmation: 'grace@example.com' }, { customerId: 'c-2' })).toMatchObject({ status: 302, location: '/admin/customers/c-2?done=erase' })
    expect(await post('owner', { intent: 'erase', confirmation: 'grace@example.com' }, { customerId: 'c-2' })).toMatchObject({
      status: 302,
      location: '/admin/customers/c-2?done=alreadyErased',
    })
    expect(await erasures()).toBe(1)
    expect((await getList('owner', '?q=grace')).data).toMatchObject({ total: 0 })
    // The person can no longer open their account: neither by looking the order up, nor with the visit remembered before.
    const accountPost = (fields: Record<string, string>, cookie = '') =>
      outcome(() =>
        account.action({
          request: new Request('http://shop.test/account', {
            method: 'POST',
            headers: { Cookie: [shop.cookie, cookie].join('; '), [CLIENT_ADDRESS_HEADER]: '192.0.2.7' },
            body: new URLSearchParams({ _csrf: shop.csrf, ...fields }),
          }),
        } as never),
      )
    expect((await accountPost({ intent: 'lookup', email: 'grace@example.com', orderNumber: 'NW-2' })).status).toBe(404)
    const rememberedVisit = (await rememberAccountVisit({ customerId: 'c-2', orderId: 'NW-2' })).split(';')[0]!
    expect((await accountPost({ intent: 'redeem', rewardId: 'free-shipping' }, rememberedVisit)).status).toBe(401)
    expect((await post('owner', { intent: 'erase', confirmation: 'x' }, { customerId: 'c-nobody' })).status).toBe(404)
  })
})
