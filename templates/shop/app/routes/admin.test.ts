// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { insertTestCatalog, openTestDatabase } from '../lib/test-database.server'
import { CLIENT_ADDRESS_HEADER, resetRateLimits } from '../lib/rate-limit.server'
import { createSession, createStaff, revokeSession, SESSION_TTL_MS, setPasswordWithToken, type Permission, type StaffRole } from '../lib/admin/staff.server'
import { confirmEnrolment, startEnrolment, twoFactorStatus } from '../lib/admin/two-factor.server'
import { Secret, TOTP } from 'otpauth'

// The routes read this file's in-memory PGlite.
let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { getShopSession } = await import('../lib/session.server')
const layout = await import('./admin')
const home = await import('./admin._index')
const orders = await import('./admin.orders')
const order = await import('./admin.order')
const reviews = await import('./admin.reviews')
const feedback = await import('./admin.feedback')
const products = await import('./admin.products')
const product = await import('./admin.product')
const productsCsv = await import('./admin.products-csv')
const productsImport = await import('./admin.products-import')
const media = await import('./media')
const audit = await import('./admin.audit')
const promotions = await import('./admin.promotions')
const promotion = await import('./admin.promotion')
const account = await import('./admin.account')
const journey = await import('./journey')
const login = await import('./admin.login')
const loginCode = await import('./admin.login-code')
const logout = await import('./admin.logout')
const customer = await import('./admin.customer')
const setPassword = await import('./admin.set-password')

const PASSWORD = 'a long staff password'
let shop: { cookie: string; csrf: string }

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-pack', slug: 'day-pack', name: 'Day Pack', price: 5000, variants: [{ id: 'v-pack', label: 'Green', stock: 10 }] },
  ])
  await db.query(`INSERT INTO customers (id, email) VALUES ('c-1', 'ada@example.com')`)
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
                         shipping_method, address, payment_id, paid_at)
     VALUES ('NW-1', 'NW-1', 'NW-1', 'c-1', 'ada@example.com', 'paid', 'EUR', 5000, 0, 0, 0, 5000, 'standard',
             '{"givenName":"Ada","familyName":"Lovelace"}', 'pi_test_1', now())`,
  )
  await db.query(`INSERT INTO order_lines (order_id, variant_id, product_id, name, variant_label, unit_amount, quantity) VALUES ('NW-1', 'v-pack', 'p-pack', 'Day Pack', 'Green', 5000, 1)`)
  await db.query(`INSERT INTO reviews (id, product_id, rating, title, body, author_name, status) VALUES ('r-1', 'p-pack', 4, 'Good', 'A good pack for day hikes.', 'Tom', 'held')`)
  const session = await getShopSession(new Request('http://shop.test/'))
  shop = { cookie: session.setCookie!.split(';')[0]!, csrf: session.csrf }
}, 60_000)
afterAll(() => db.close())
beforeEach(() => resetRateLimits(db))

let accounts = 0
async function staffCookie(role: StaffRole, { expired = false, revoked = false } = {}): Promise<string> {
  const { staff, setPasswordToken } = await createStaff(db, { email: `${role}${++accounts}@shop.example`, role })
  await setPasswordWithToken(db, setPasswordToken, PASSWORD)
  const { token } = await createSession(db, staff.id, expired ? new Date(Date.now() - SESSION_TTL_MS - 1000) : new Date())
  if (revoked) await revokeSession(db, token)
  return `jk_staff=${token}`
}

type Answer = { status: number; data?: unknown; headers: Headers }
/** What a loader or action answered, whether it returned `data()`, a plain value, or threw. */
async function answer(run: () => Promise<unknown>): Promise<Answer> {
  try {
    const result = await run()
    if (result instanceof Response) return { status: result.status, headers: result.headers }
    if (result && typeof result === 'object' && 'init' in result) {
      const { init, data } = result as { init?: ResponseInit | null; data?: unknown }
      return { status: init?.status ?? 200, data, headers: new Headers(init?.headers) }
    }
    return { status: 200, data: result, headers: new Headers() }
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, headers: thrown.headers }
    const { init, data } = thrown as { data?: unknown; init?: ResponseInit | null }
    return { status: init?.status ?? 500, data, headers: new Headers(init?.headers) }
  }
}

type RouteFn = (args: never) => unknown
const get = (fn: RouteFn, path: string, cookie: string, params: Record<string, string> = {}) =>
  answer(async () => fn({ request: new Request(`http://shop.test${path}`, { headers: { Cookie: `${shop.cookie}; ${cookie}` } }), params, context: {} } as never))
const post = (fn: RouteFn, path: string, cookie: string, fields: Record<string, string>, params: Record<string, string> = {}, address = '192.0.2.1') =>
  answer(async () =>
    fn({
      request: new Request(`http://shop.test${path}`, {
        method: 'POST',
        headers: { Cookie: `${shop.cookie}; ${cookie}`, [CLIENT_ADDRESS_HEADER]: address },
        body: new URLSearchParams(fields),
      }),
      params,
      context: {},
    } as never),
  )

interface Guarded {
  name: string
  permission: Permission
  call(cookie: string): Promise<Answer>
  kind: 'page' | 'action'
}

const csrf = () => ({ _csrf: shop.csrf })
const GUARDED: Guarded[] = [
  { name: 'the layout', permission: 'dashboard', kind: 'page', call: (cookie) => get(layout.loader, '/admin', cookie) },
  { name: '/admin', permission: 'dashboard', kind: 'page', call: (cookie) => get(home.loader, '/admin', cookie) },
  { name: 'the order list', permission: 'orders', kind: 'page', call: (cookie) => get(orders.loader, '/admin/orders', cookie) },
  { name: 'an order', permission: 'orders', kind: 'page', call: (cookie) => get(order.loader, '/admin/orders/NW-1', cookie, { orderId: 'NW-1' }) },
  {
    name: 'fulfilling an order',
    permission: 'orders',
    kind: 'action',
    call: (cookie) => post(order.action, '/admin/orders/NW-1', cookie, { ...csrf(), intent: 'fulfil', carrier: 'DHL', trackingNumber: 'ZZ123' }, { orderId: 'NW-1' }),
  },
  {
    name: 'refunding an order',
    permission: 'orders',
    kind: 'action',
    call: (cookie) =>
      post(order.action, '/admin/orders/NW-1', cookie, { ...csrf(), intent: 'refund', amount: '1.00', reason: 'x', refundKey: crypto.randomUUID() }, { orderId: 'NW-1' }),
  },
  {
    name: 'cancelling an order',
    permission: 'orders',
    kind: 'action',
    call: (cookie) => post(order.action, '/admin/orders/NW-1', cookie, { ...csrf(), intent: 'cancel' }, { orderId: 'NW-1' }),
  },
  { name: 'the review queue', permission: 'reviews', kind: 'page', call: (cookie) => get(reviews.loader, '/admin/reviews', cookie) },
  { name: 'publishing a review', permission: 'reviews', kind: 'action', call: (cookie) => post(reviews.action, '/admin/reviews', cookie, { ...csrf(), intent: 'publish', reviewId: 'r-1' }) },
  { name: 'replying to a review', permission: 'reviews', kind: 'action', call: (cookie) => post(reviews.action, '/admin/reviews', cookie, { ...csrf(), intent: 'reply', reviewId: 'r-1', reply: 'Thanks' }) },
  { name: 'the products list', permission: 'catalog', kind: 'page', call: (cookie) => get(products.loader, '/admin/products', cookie) },
  { name: 'a product', permission: 'catalog', kind: 'page', call: (cookie) => get(product.loader, '/admin/products/p-pack', cookie, { productId: 'p-pack' }) },
  {
    name: 'saving a product',
    permission: 'catalog',
    kind: 'action',
    call: (cookie) =>
      post(product.action, '/admin/products/p-pack', cookie, { ...csrf(), name: 'Day Pack', description: 'Day Pack.', price: '50.00', variantId: 'v-pack', 'label:v-pack': 'Green', 'stock:v-pack': '10' }, { productId: 'p-pack' }),
  },
  { name: 'the catalog export', permission: 'catalog', kind: 'page', call: (cookie) => get(productsCsv.loader, '/admin/products.csv', cookie) },
  { name: 'the import page', permission: 'catalog', kind: 'page', call: (cookie) => get(productsImport.loader, '/admin/products/import', cookie) },
  {
    name: 'uploading a product image',
    permission: 'catalog',
    kind: 'action',
    call: (cookie) => post(product.action, '/admin/products/p-pack', cookie, { ...csrf(), intent: 'image' }, { productId: 'p-pack' }),
  },
  { name: 'importing a CSV', permission: 'catalog', kind: 'action', call: (cookie) => post(productsImport.action, '/admin/products/import', cookie, { ...csrf(), intent: 'apply', csv: '' }) },
  { name: 'the audit log', permission: 'audit', kind: 'page', call: (cookie) => get(audit.loader, '/admin/audit', cookie) },
  { name: 'the account page', permission: 'dashboard', kind: 'page', call: (cookie) => get(account.loader, '/admin/account', cookie) },
  {
    name: 'changing the password',
    permission: 'dashboard',
    kind: 'action',
    call: (cookie) => post(account.action, '/admin/account', cookie, { ...csrf(), intent: 'change-password', current: 'wrong', password: 'another long password' }),
  },
  { name: 'signing out everywhere', permission: 'dashboard', kind: 'action', call: (cookie) => post(account.action, '/admin/account', cookie, { ...csrf(), intent: 'sign-out-everywhere' }) },
  { name: 'setting up two-factor sign-in', permission: 'dashboard', kind: 'action', call: (cookie) => post(account.action, '/admin/account', cookie, { ...csrf(), intent: 'two-factor-start' }) },
  {
    name: 'requiring two-factor sign-in of all staff',
    permission: 'staff',
    kind: 'action',
    call: (cookie) => post(account.action, '/admin/account', cookie, { ...csrf(), intent: 'two-factor-require', required: 'false' }),
  },
  {
    name: "resetting a staff member's two-factor sign-in",
    permission: 'staff',
    kind: 'action',
    call: (cookie) => post(account.action, '/admin/account', cookie, { ...csrf(), intent: 'two-factor-reset', staffId: 'nobody' }),
  },
  { name: 'adding a staff member', permission: 'staff', kind: 'action', call: (cookie) => post(account.action, '/admin/account', cookie, { ...csrf(), intent: 'invite', email: 'new@shop.example', role: 'staff' }) },
  { name: 'the feedback list', permission: 'reviews', kind: 'page', call: (cookie) => get(feedback.loader, '/admin/feedback', cookie) },
  { name: 'the promotions page', permission: 'promotions', kind: 'page', call: (cookie) => get(promotions.loader, '/admin/promotions', cookie) },
  { name: 'creating a coupon', permission: 'promotions', kind: 'action', call: (cookie) => post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'create', code: 'GUARD', kind: 'percent', value: '5' }) },
  { name: 'choosing the banner coupon', permission: 'promotions', kind: 'action', call: (cookie) => post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'banner', bannerCoupon: '' }) },
  { name: 'editing the hero copy', permission: 'promotions', kind: 'action', call: (cookie) => post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'hero' }) },
  { name: 'a coupon', permission: 'promotions', kind: 'page', call: (cookie) => get(promotion.loader, '/admin/promotions/SALE', cookie, { code: 'SALE' }) },
  { name: 'saving a coupon', permission: 'promotions', kind: 'action', call: (cookie) => post(promotion.action, '/admin/promotions/SALE', cookie, { ...csrf(), intent: 'save', kind: 'percent', value: '5' }, { code: 'SALE' }) },
  { name: 'deactivating a coupon', permission: 'promotions', kind: 'action', call: (cookie) => post(promotion.action, '/admin/promotions/SALE', cookie, { ...csrf(), intent: 'deactivate' }, { code: 'SALE' }) },
  { name: 'the journey dashboard', permission: 'dashboard', kind: 'page', call: (cookie) => get(journey.loader, '/journey', cookie) },
]

const LACKING: Partial<Record<Permission, StaffRole>> = { orders: 'analyst', reviews: 'analyst', catalog: 'analyst', audit: 'staff', staff: 'staff', promotions: 'analyst' }

async function expectSignedOut(route: Guarded, result: Answer) {
  if (route.kind === 'page') {
    expect(result.status).toBe(302)
    expect(result.headers.get('Location')).toMatch(/^\/admin\/login\?next=/)
  } else {
    expect(result.status).toBe(401)
  }
  expect(result.headers.get('Set-Cookie')).toMatch(/^jk_staff=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/)
}

describe.each(GUARDED)('$name', (route) => {
  it('is refused without a session', async () => {
    await expectSignedOut(route, await route.call(''))
  })
  it('is refused with an expired session', async () => {
    await expectSignedOut(route, await route.call(await staffCookie('owner', { expired: true })))
  })
  it('is refused with a revoked session', async () => {
    await expectSignedOut(route, await route.call(await staffCookie('owner', { revoked: true })))
  })
})

// Only the routes some role may not open: every role has 'dashboard'.
const ROLE_LIMITED = GUARDED.flatMap((route) => {
  const role = LACKING[route.permission]
  return role ? [{ ...route, role }] : []
})

describe.each(ROLE_LIMITED)('$name', (route) => {
  it('is refused (403) to $role, whose role lacks the right', async () => {
    const result = await route.call(await staffCookie(route.role))
    expect(result).toMatchObject({ status: 403, data: { error: 'Your role does not allow this.' } })
  })
})

describe('changes', () => {
  it('are refused without the CSRF token, and nothing changes', async () => {
    const cookie = await staffCookie('staff')
    const result = await post(order.action, '/admin/orders/NW-1', cookie, { intent: 'fulfil', carrier: 'DHL', trackingNumber: 'ZZ123' }, { orderId: 'NW-1' })
    expect(result.status).toBe(403)
    expect((await db.query("SELECT status FROM orders WHERE id = 'NW-1'")).rows[0]).toEqual({ status: 'paid' })
  })

  it('are made by a staff member with the token, and audited', async () => {
    const cookie = await staffCookie('staff')
    const result = await post(order.action, '/admin/orders/NW-1', cookie, { ...csrf(), intent: 'fulfil', carrier: 'DHL', trackingNumber: 'ZZ123' }, { orderId: 'NW-1' })
    expect(result.status).toBe(302)
    expect(result.headers.get('Location')).toBe('/admin/orders/NW-1?done=fulfil')
    expect((await db.query("SELECT status, carrier FROM orders WHERE id = 'NW-1'")).rows[0]).toEqual({ status: 'fulfilled', carrier: 'DHL' })
    const owner = await staffCookie('owner')
    const log = await get(audit.loader, '/admin/audit', owner)
    expect(log.data).toMatchObject({ entries: [expect.objectContaining({ action: 'order.fulfil', subject: 'order:NW-1' })] })
  })

  it('answer a form error with 400 and the field', async () => {
    const cookie = await staffCookie('staff')
    const result = await post(order.action, '/admin/orders/NW-1', cookie, { ...csrf(), intent: 'refund', amount: '999.00', reason: 'too much', refundKey: crypto.randomUUID() }, { orderId: 'NW-1' })
    expect(result).toMatchObject({ status: 400, data: { intent: 'refund', fields: { amount: expect.stringContaining('at most') } } })
  })

  it('lets an owner add a staff member once, with a one-time link, audited', async () => {
    const cookie = await staffCookie('owner')
    const invite = () => post(account.action, '/admin/account', cookie, { ...csrf(), intent: 'invite', email: 'Helper@Shop.example', role: 'analyst' })
    expect(await invite()).toMatchObject({ status: 200, data: { invited: { email: 'helper@shop.example', link: expect.stringMatching(/\/admin\/set-password\?token=[\w-]{40,}$/) } } })
    expect(await invite()).toMatchObject({ status: 409, data: { fields: { email: 'Helper@Shop.example has an account already.' } } })
    expect((await db.query("SELECT role FROM staff_users WHERE email = 'helper@shop.example'")).rows).toEqual([{ role: 'analyst' }])
    expect((await db.query("SELECT after FROM audit_log WHERE action = 'staff.create' AND subject = 'staff:helper@shop.example'")).rows).toEqual([{ after: { role: 'analyst' } }])
  })

  it('lets the analyst see the dashboard and sends /admin to it', async () => {
    const cookie = await staffCookie('analyst')
    expect(await get(journey.loader, '/journey?from=2026-01-01&to=2026-01-31', cookie)).toMatchObject({
      status: 200,
      data: { state: 'ready', range: { from: '2026-01-01', to: '2026-01-31' }, dashboard: { events: 0 } },
    })
    expect((await get(home.loader, '/admin', cookie)).headers.get('Location')).toBe('/journey')
  })
})

describe('the order pages', () => {
  it('read the date and channel filters from the address, dropping malformed ones, and show an order\'s journey', async () => {
    const cookie = await staffCookie('staff')
    expect(await get(orders.loader, '/admin/orders?from=2026-02-30&to=2099-01-01&channel=tv', cookie)).toMatchObject({
      status: 200,
      data: { from: '', to: '2099-01-01', channel: '', total: 1, orders: [{ id: 'NW-1', channel: null }] },
    })
    expect((await get(orders.loader, '/admin/orders?channel=paid', cookie)).data).toMatchObject({ channel: 'paid', total: 0 })
    expect((await get(order.loader, '/admin/orders/NW-1', cookie, { orderId: 'NW-1' })).data).toMatchObject({ journey: [] })
  })
})

describe('the catalog pages', () => {
  const save = (cookie: string, fields: Record<string, string>, productId = 'p-pack') =>
    post(product.action, `/admin/products/${productId}`, cookie, { ...csrf(), name: 'Day Pack', description: 'Day Pack.', price: '50.00', variantId: 'v-pack', 'label:v-pack': 'Green', 'stock:v-pack': '10', ...fields }, { productId })

  it('list and search products, save an edit, answer wrong fields with 400 (nothing saved), and an unknown product with 404', async () => {
    const cookie = await staffCookie('staff')
    expect(await get(products.loader, '/admin/products?q=day&category=packs', cookie)).toMatchObject({ status: 200, data: { total: 1, products: [{ id: 'p-pack', stock: 10 }] } })
    expect((await get(products.loader, '/admin/products?q=tent', cookie)).data).toMatchObject({ total: 0 })
    expect(await save(cookie, { price: 'free', 'stock:v-pack': '3' })).toMatchObject({ status: 400, data: { fields: { price: expect.stringContaining('above zero') } } })
    expect((await db.query("SELECT stock FROM variants WHERE id = 'v-pack'")).rows).toEqual([{ stock: 10 }])
    const saved = await save(cookie, { 'stock:v-pack': '9' })
    expect(saved.status).toBe(302)
    expect(saved.headers.get('Location')).toBe('/admin/products/p-pack?saved')
    expect((await get(product.loader, '/admin/products/p-pack?saved', cookie, { productId: 'p-pack' })).data).toMatchObject({ saved: true, product: { variants: [{ stock: 9 }] } })
    expect((await save(cookie, {}, 'p-none')).status).toBe(404)
    expect((await get(product.loader, '/admin/products/p-none', cookie, { productId: 'p-none' })).status).toBe(404)
  })

  it('set a variant’s own price and unpublish (a draft), then publish again; a wrong variant price is 400', async () => {
    const cookie = await staffCookie('staff')
    expect(await save(cookie, { 'price:v-pack': '-3' })).toMatchObject({ status: 400, data: { intent: 'save', fields: { 'price:v-pack': expect.stringContaining('above zero') } } })
    expect((await save(cookie, { 'price:v-pack': '19.50', status: 'draft' })).status).toBe(302)
    expect((await db.query("SELECT p.published, v.price_amount FROM products p JOIN variants v ON v.product_id = p.id WHERE p.id = 'p-pack'")).rows).toEqual([
      { published: false, price_amount: 1950 },
    ])
    expect((await get(products.loader, '/admin/products?q=day', cookie)).data).toMatchObject({ products: [{ id: 'p-pack', published: false }] })
    // a form without the status field leaves it as it is
    expect((await save(cookie, { 'price:v-pack': '' })).status).toBe(302)
    expect((await db.query("SELECT p.published, v.price_amount FROM products p JOIN variants v ON v.product_id = p.id WHERE p.id = 'p-pack'")).rows).toEqual([
      { published: false, price_amount: null },
    ])
    expect((await save(cookie, { status: 'published' })).status).toBe(302)
    expect((await db.query("SELECT published FROM products WHERE id = 'p-pack'")).rows).toEqual([{ published: true }])
  })

  it('upload a product image (the main image, served under /media with a year of caching and 304), refusing other formats with 415 and above 1 MB with 413', async () => {
    const cookie = await staffCookie('staff')
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
    const upload = (bytes: Uint8Array, name: string, type: string) => {
      const body = new FormData()
      for (const [field, value] of Object.entries({ ...csrf(), intent: 'image' })) body.set(field, value)
      body.set('image', new File([new Uint8Array(bytes)], name, { type }))
      return answer(async () =>
        product.action({ request: new Request('http://shop.test/admin/products/p-pack', { method: 'POST', headers: { Cookie: `${shop.cookie}; ${cookie}` }, body }), params: { productId: 'p-pack' }, context: {} } as never),
      )
    }
    const images = async () => (await db.query<{ images: Array<{ src: string }> }>("SELECT images FROM products WHERE id = 'p-pack'")).rows[0]!.images
    const before = await images()
    // a GIF or an HTML page named .png: the bytes decide
    expect(await upload(Buffer.from('GIF89a\x01\x00\x01\x00'), 'photo.gif', 'image/gif')).toMatchObject({ status: 415, data: { intent: 'image', fields: { image: expect.stringContaining('JPEG, PNG, WebP or AVIF') } } })
    expect(await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png', 'image/png')).toMatchObject({ status: 415 })
    expect(await upload(Buffer.concat([png, Buffer.alloc(1_000_000)]), 'huge.png', 'image/png')).toMatchObject({ status: 413, data: { fields: { image: expect.stringContaining('larger than 1 MB') } } })
    expect(await images()).toEqual(before)
    expect((await db.query('SELECT count(*)::int AS n FROM media')).rows).toEqual([{ n: 0 }])

    const uploaded = await upload(png, 'photo.png', 'image/png')
    expect(uploaded.status).toBe(302)
    expect(uploaded.headers.get('Location')).toBe('/admin/products/p-pack?image')
    const [main] = await images()
    expect(main).toEqual({ src: expect.stringMatching(/^\/media\/[0-9a-f]{64}\.png$/), alt: 'Day Pack' })
    const served = await media.loader({ params: { file: main!.src.slice('/media/'.length) }, request: new Request(`http://shop.test${main!.src}`), context: {} } as never)
    expect(served.status).toBe(200)
    expect(served.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    const etag = served.headers.get('ETag')!
    const again = await media.loader({ params: { file: main!.src.slice('/media/'.length) }, request: new Request(`http://shop.test${main!.src}`, { headers: { 'If-None-Match': etag } }), context: {} } as never)
    expect(again.status).toBe(304)
    expect((await db.query("SELECT action FROM audit_log WHERE action = 'product.image'")).rows).toHaveLength(1)
  })
})

describe('the promotions pages', () => {
  const coupon = { kind: 'fixed', value: '5.00', minSubtotal: '', startsOn: '', endsOn: '', usageLimit: '10', perCustomerLimit: '1' }
  const create = (cookie: string, fields: Record<string, string>) => post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'create', code: 'sale', ...coupon, ...fields })

  it('create a coupon (a wrong field is 400, a duplicate code too), list it, edit and deactivate it, and pick it for the banner', async () => {
    const cookie = await staffCookie('staff')
    expect(await create(cookie, { value: '-1' })).toMatchObject({ status: 400, data: { intent: 'create', fields: { value: 'Enter an amount above zero, like 10.00.' } } })
    const created = await create(cookie, {})
    expect(created.status).toBe(302)
    expect(created.headers.get('Location')).toBe('/admin/promotions/SALE?created')
    expect(await create(cookie, {})).toMatchObject({ status: 400, data: { fields: { code: 'The code SALE exists already.' } } })
    expect((await get(promotions.loader, '/admin/promotions', cookie)).data).toMatchObject({ total: 1, coupons: [{ code: 'SALE', value: 500, usageLimit: 10, used: 0 }], bannerChoices: ['SALE'] })
    const save = (fields: Record<string, string>) => post(promotion.action, '/admin/promotions/SALE', cookie, { ...csrf(), intent: 'save', ...coupon, ...fields }, { code: 'SALE' })
    expect(await save({ startsOn: '2026-05-02', endsOn: '2026-05-01' })).toMatchObject({ status: 400, data: { fields: { endsOn: 'The last day cannot be before the first day.' } } })
    expect((await save({ kind: 'percent', value: '120' })).status).toBe(400)
    expect((await save({ kind: 'percent', value: '20' })).headers.get('Location')).toBe('/admin/promotions/SALE?saved')
    expect((await get(promotion.loader, '/admin/promotions/SALE?saved', cookie, { code: 'SALE' })).data).toMatchObject({ notice: 'saved', coupon: { kind: 'percent', value: 20 } })
    expect((await post(promotion.action, '/admin/promotions/SALE', cookie, { ...csrf(), intent: 'deactivate' }, { code: 'SALE' })).headers.get('Location')).toBe('/admin/promotions/SALE?deactivated')
    expect((await db.query("SELECT active FROM coupons WHERE code = 'SALE'")).rows).toEqual([{ active: false }])
    expect((await post(promotion.action, '/admin/promotions/NONE', cookie, { ...csrf(), intent: 'deactivate' }, { code: 'NONE' })).status).toBe(404)
    expect((await get(promotion.loader, '/admin/promotions/NONE', cookie, { code: 'NONE' })).status).toBe(404)
    expect(await post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'banner', bannerCoupon: 'nope' })).toMatchObject({ status: 400, data: { fields: { bannerCoupon: 'There is no public coupon NOPE.' } } })
    expect((await post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'banner', bannerCoupon: 'sale' })).headers.get('Location')).toBe('/admin/promotions?done=banner')
    expect(await post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'hero', 'headline:social': 'Seen on Instagram?' })).toMatchObject({ status: 400, data: { fields: { 'subline:social': expect.stringContaining('subline') } } })
    expect((await post(promotions.action, '/admin/promotions', cookie, { ...csrf(), intent: 'hero', 'headline:social': 'Seen on Instagram?', 'subline:social': 'The bags from your feed.' })).status).toBe(302)
    expect((await get(promotions.loader, '/admin/promotions?done=hero', cookie)).data).toMatchObject({
      done: 'hero',
      settings: { bannerCoupon: 'SALE', heroCopy: { social: { headline: 'Seen on Instagram?', subline: 'The bags from your feed.' } } },
    })
    expect((await db.query("SELECT action FROM audit_log WHERE subject IN ('coupon:SALE', 'promotions:banner', 'promotions:hero') ORDER BY id")).rows.map((row) => row.action)).toEqual([
      'coupon.create',
      'coupon.update',
      'coupon.deactivate',
      'promotions.banner',
      'promotions.hero',
    ])
  })
})

describe('the catalog CSV', () => {
  const upload = (cookie: string, csv: string) => {
    const body = new FormData()
    for (const [name, value] of Object.entries({ ...csrf(), intent: 'preview' })) body.set(name, value)
    body.set('file', new File([csv], 'catalog.csv', { type: 'text/csv' }))
    return answer(async () =>
      productsImport.action({ request: new Request('http://shop.test/admin/products/import', { method: 'POST', headers: { Cookie: `${shop.cookie}; ${cookie}` }, body }), params: {}, context: {} } as never),
    )
  }

  it('exports the catalog, previews an upload row by row, refuses to apply a file with a bad row (nothing written), then applies the fixed file', async () => {
    const cookie = await staffCookie('staff')
    const exported = (await productsCsv.loader({ request: new Request('http://shop.test/admin/products.csv', { headers: { Cookie: `${shop.cookie}; ${cookie}` } }), params: {}, context: {} } as never)) as Response
    expect(exported.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(exported.headers.get('Content-Disposition')).toMatch(/^attachment; filename="catalog-\d{4}-\d{2}-\d{2}\.csv"$/)
    const [header, row] = (await exported.text()).trim().split('\n')
    expect(row).toMatch(/^p-pack,day-pack,packs,Day Pack,/)

    expect(header).toBe('product_id,slug,category_id,name,brand,description,price,currency,variant_id,variant_label,stock,published,variant_price')
    const bad = [header, row!.replace(/,\d+,true,$/, ',12,true,'), 'p-cap,cap,packs,Cap,Northwind,A cap.,0,EUR,v-cap,Red,3,true,'].join('\n')
    expect(await upload(cookie, bad)).toMatchObject({
      status: 200,
      data: { plan: { counts: { updated: 1, error: 1 }, rows: [{ line: 2, status: 'updated' }, { line: 3, status: 'error', errors: ['price: a price above zero, like 129.00.'] }] } },
    })
    expect(await post(productsImport.action, '/admin/products/import', cookie, { ...csrf(), intent: 'apply', csv: bad })).toMatchObject({ status: 422, data: { plan: { counts: { error: 1 } } } })
    expect((await db.query("SELECT count(*)::int AS n FROM products WHERE id = 'p-cap'")).rows).toEqual([{ n: 0 }])

    const fixed = bad.replace(',0,EUR,', ',15.00,EUR,')
    expect(await upload(cookie, fixed)).toMatchObject({ status: 200, data: { plan: { counts: { created: 1, updated: 1, error: 0 } }, csv: fixed } })
    expect(await post(productsImport.action, '/admin/products/import', cookie, { ...csrf(), intent: 'apply', csv: fixed })).toMatchObject({
      status: 200,
      data: { applied: true, plan: { counts: { created: 1, updated: 1 } } },
    })
    expect((await db.query("SELECT p.price_amount, v.stock FROM products p JOIN variants v ON v.product_id = p.id WHERE p.id IN ('p-cap', 'p-pack') ORDER BY p.id")).rows).toEqual([
      { price_amount: 1500, stock: 3 },
      { price_amount: 5000, stock: 12 },
    ])
    expect(await upload(cookie, 'not,a,catalog\n1,2,3')).toMatchObject({ status: 400, data: { plan: { fileError: expect.stringContaining('lacks the columns') } } })
  })
})

describe('signing in', () => {
  const signIn = (email: string, password: string, address = '192.0.2.10', next = '') =>
    post(login.action, '/admin/login', '', { ...csrf(), email, password, next }, {}, address)

  it('sets an HttpOnly, SameSite session cookie that opens the back office, and signing out ends it', async () => {
    await staffCookie('staff')
    const email = `staff${accounts}@shop.example`
    const result = await signIn(email.toUpperCase(), PASSWORD, '192.0.2.10', '/admin/reviews')
    expect(result.status).toBe(302)
    expect(result.headers.get('Location')).toBe('/admin/reviews')
    const setCookie = result.headers.get('Set-Cookie')!
    expect(setCookie).toMatch(/^jk_staff=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/)
    const cookie = setCookie.split(';')[0]!
    expect((await get(reviews.loader, '/admin/reviews', cookie)).status).toBe(200)
    const out = await post(logout.action, '/admin/logout', cookie, csrf())
    expect(out.headers.get('Location')).toBe('/admin/login')
    expect((await get(reviews.loader, '/admin/reviews', cookie)).status).toBe(302)
  })

  it('refuses a wrong password with 401, and never redirects to another site', async () => {
    await staffCookie('staff')
    const email = `staff${accounts}@shop.example`
    expect(await signIn(email, 'wrong password')).toMatchObject({ status: 401, data: { error: 'That email and password do not match an account.' } })
    expect((await signIn(email, PASSWORD, '192.0.2.10', '//evil.example/admin')).headers.get('Location')).toBe('/admin')
    expect((await post(login.action, '/admin/login', '', { email, password: PASSWORD })).status).toBe(403)
  })

  it('is rate limited per account, whatever the address, and per client, whatever the account', async () => {
    await staffCookie('staff')
    const email = `staff${accounts}@shop.example`
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn(email, 'wrong', `198.51.100.${attempt}`)).status).toBe(401)
    expect(await signIn(email, PASSWORD, '198.51.100.99')).toMatchObject({ status: 429, data: { error: expect.stringContaining('Too many attempts') } })
    await resetRateLimits(db)
    for (let attempt = 0; attempt < 20; attempt++) expect((await signIn(`nobody${attempt}@shop.example`, 'wrong', '203.0.113.7')).status).toBe(401)
    expect((await signIn(email, PASSWORD, '203.0.113.7')).status).toBe(429)
    expect((await signIn(email, PASSWORD, '203.0.113.8')).status).toBe(302)
  })
})

describe('two-factor sign-in', () => {
  const appCode = (secret: string, at = new Date()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() })
  const challengeOf = (answer: Answer) => answer.headers.getSetCookie().find((cookie) => cookie.startsWith('jk_staff_challenge='))!.split(';')[0]!

  /** A staff account with two-factor sign-in (enrolled a minute ago, so the current code is unused), and its password step. */
  async function enrolledStaff() {
    await staffCookie('staff')
    const email = `staff${accounts}@shop.example`
    const staff = (await db.query<{ id: string; email: string; name: string; role: StaffRole }>('SELECT id, email, name, role FROM staff_users WHERE email = $1', [email])).rows[0]!
    await startEnrolment(db, staff)
    const secret = (await twoFactorStatus(db, staff)).pending!.secret
    const aMinuteAgo = new Date(Date.now() - 60_000)
    const recoveryCodes = (await confirmEnrolment(db, staff, appCode(secret, aMinuteAgo), aMinuteAgo))!
    const password = await post(login.action, '/admin/login', '', { ...csrf(), email, password: PASSWORD, next: '/admin/reviews' })
    return { staff, secret, recoveryCodes, password }
  }
  const enterCode = (challenge: string, code: string, address = '192.0.2.20') =>
    post(loginCode.action, '/admin/login/code', challenge, { ...csrf(), code, next: '/admin/reviews' }, {}, address)

  it('asks for the code after the password; a wrong code is refused, the right one opens a session, and the step is used up', async () => {
    const { staff, secret, password } = await enrolledStaff()
    expect(password.status).toBe(302)
    expect(password.headers.get('Location')).toBe('/admin/login/code?next=%2Fadmin%2Freviews')
    expect(password.headers.get('Set-Cookie')).toMatch(/^jk_staff_challenge=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=300$/)
    const challenge = challengeOf(password)
    expect((await get(loginCode.loader, '/admin/login/code', challenge)).status).toBe(200)
    expect((await get(loginCode.loader, '/admin/login/code', '')).headers.get('Location')).toBe('/admin/login?next=%2Fadmin')
    // the challenge alone opens nothing
    expect((await get(reviews.loader, '/admin/reviews', challenge)).status).toBe(302)

    const wrong = String((Number(appCode(secret)) + 1) % 1_000_000).padStart(6, '0')
    expect(await enterCode(challenge, wrong)).toMatchObject({ status: 401, data: { error: 'That code is not right, or was used already.' } })
    const right = await enterCode(challenge, appCode(secret))
    expect(right.status).toBe(302)
    expect(right.headers.get('Location')).toBe('/admin/reviews')
    const [session, cleared] = right.headers.getSetCookie()
    expect(session).toMatch(/^jk_staff=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/)
    expect(cleared).toMatch(/^jk_staff_challenge=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0$/)
    expect((await get(reviews.loader, '/admin/reviews', session!.split(';')[0]!)).status).toBe(200)
    expect((await enterCode(challenge, appCode(secret))).headers.get('Location')).toBe('/admin/login?expired')
    expect((await db.query("SELECT after FROM audit_log WHERE action = 'staff.sign_in' AND staff_id = $1", [staff.id])).rows).toEqual([{ after: { method: 'totp' } }])
  })

  it('refuses a replayed code, and accepts a recovery code once, audited', async () => {
    const { staff, secret, recoveryCodes, password } = await enrolledStaff()
    const code = appCode(secret)
    expect((await enterCode(challengeOf(password), code)).status).toBe(302)
    const again = await post(login.action, '/admin/login', '', { ...csrf(), email: staff.email, password: PASSWORD })
    expect((await enterCode(challengeOf(again), code)).status).toBe(401)
    expect((await enterCode(challengeOf(again), recoveryCodes[0]!)).status).toBe(302)
    const third = await post(login.action, '/admin/login', '', { ...csrf(), email: staff.email, password: PASSWORD })
    expect((await enterCode(challengeOf(third), recoveryCodes[0]!)).status).toBe(401)
    expect((await db.query("SELECT count(*)::int AS uses FROM audit_log WHERE action = 'staff.recovery_code_use' AND staff_id = $1", [staff.id])).rows).toEqual([{ uses: 1 }])
  })

  it('limits code attempts per account: the sixth in 15 minutes is 429, even with the right code', async () => {
    const { secret, password } = await enrolledStaff()
    const challenge = challengeOf(password)
    const wrong = String((Number(appCode(secret)) + 1) % 1_000_000).padStart(6, '0')
    for (let attempt = 0; attempt < 5; attempt++) expect((await enterCode(challenge, wrong, `198.51.100.${attempt}`)).status).toBe(401)
    expect(await enterCode(challenge, appCode(secret), '198.51.100.50')).toMatchObject({ status: 429, data: { error: expect.stringContaining('Too many attempts') } })
  })

  it('asks an enrolled account for a current code before a new app, and limits code attempts on the account page too', async () => {
    const { staff, secret, password } = await enrolledStaff()
    const cookie = (await enterCode(challengeOf(password), appCode(secret))).headers.getSetCookie()[0]!.split(';')[0]!
    const accountPost = (fields: Record<string, string>, address = '192.0.2.30') => post(account.action, '/admin/account', cookie, { ...csrf(), ...fields }, {}, address)
    expect(await accountPost({ intent: 'two-factor-start' })).toMatchObject({ status: 400, data: { fields: { code: expect.stringContaining('not right') } } })
    expect((await twoFactorStatus(db, staff)).pending).toBeNull()
    await resetRateLimits(db)
    const wrong = String((Number(appCode(secret)) + 1) % 1_000_000).padStart(6, '0')
    for (let attempt = 0; attempt < 5; attempt++) expect((await accountPost({ intent: 'two-factor-disable', code: wrong }, `198.51.100.${attempt}`)).status).toBe(400)
    expect(await accountPost({ intent: 'two-factor-confirm', code: wrong })).toMatchObject({ status: 429, data: { fields: { code: expect.stringContaining('Too many attempts') } } })
    expect((await accountPost({ intent: 'two-factor-start', code: appCode(secret) })).status).toBe(429)
    expect((await twoFactorStatus(db, staff)).enrolled).toBe(true)
  })

  it("lets an owner reset a staff member's second factor, audited", async () => {
    const { staff } = await enrolledStaff()
    const owner = await staffCookie('owner')
    const reset = () => post(account.action, '/admin/account', owner, { ...csrf(), intent: 'two-factor-reset', staffId: staff.id })
    expect(await reset()).toMatchObject({ status: 200, data: { resetFor: staff.email } })
    expect(await reset()).toMatchObject({ status: 409, data: { fields: { staffId: expect.stringContaining('no two-factor') } } })
    expect((await twoFactorStatus(db, staff)).enrolled).toBe(false)
    expect((await get(account.loader, '/admin/account', owner)).data).toMatchObject({ staffList: expect.arrayContaining([expect.objectContaining({ email: staff.email, twoFactor: false })]) })
  })

  it('when an owner requires it, sends staff without it to set it up and refuses their changes', async () => {
    const owner = await staffCookie('owner')
    const staff = await staffCookie('staff')
    expect((await post(account.action, '/admin/account', owner, { ...csrf(), intent: 'two-factor-require', required: 'true' })).status).toBe(200)
    try {
      expect((await get(orders.loader, '/admin/orders', staff)).headers.get('Location')).toBe('/admin/account?two-factor=required')
      expect(await post(order.action, '/admin/orders/NW-1', staff, { ...csrf(), intent: 'cancel' }, { orderId: 'NW-1' })).toMatchObject({
        status: 403,
        data: { error: 'Set up two-factor sign-in first.' },
      })
      expect(await get(account.loader, '/admin/account?two-factor=required', staff)).toMatchObject({ status: 200, data: { mustEnrol: true, twoFactor: { enrolled: false, required: true } } })
      expect((await post(account.action, '/admin/account', staff, { ...csrf(), intent: 'two-factor-start' })).status).toBe(200)
    } finally {
      await db.query("DELETE FROM admin_settings WHERE key = 'require_two_factor'")
    }
  })
})

// The attack pass (issue #17): every admin action refuses hostile input before it reads or writes anything.
describe('hostile input to the admin actions', () => {
  interface AdminAction {
    name: string
    fn: RouteFn
    path: string
    params?: Record<string, string>
    /** A valid request's fields (many would change something if they got through). */
    fields: Record<string, string>
    /** The field the NUL and over-long values go into. */
    field: string
    signedIn?: boolean
  }
  const ACTIONS: AdminAction[] = [
    { name: 'fulfilling an order', fn: order.action, path: '/admin/orders/NW-1', params: { orderId: 'NW-1' }, fields: { intent: 'fulfil', carrier: 'DHL', trackingNumber: 'ZZ1' }, field: 'carrier' },
    { name: 'refunding an order', fn: order.action, path: '/admin/orders/NW-1', params: { orderId: 'NW-1' }, fields: { intent: 'refund', amount: '1.00', reason: 'x', refundKey: 'hostile-refund' }, field: 'reason' },
    { name: 'cancelling an order', fn: order.action, path: '/admin/orders/NW-1', params: { orderId: 'NW-1' }, fields: { intent: 'cancel' }, field: 'intent' },
    { name: 'replying to a review', fn: reviews.action, path: '/admin/reviews', fields: { intent: 'reply', reviewId: 'r-1', reply: 'Thanks' }, field: 'reply' },
    { name: 'publishing a review', fn: reviews.action, path: '/admin/reviews', fields: { intent: 'publish', reviewId: 'r-1' }, field: 'reviewId' },
    {
      name: 'saving a product',
      fn: product.action,
      path: '/admin/products/p-pack',
      params: { productId: 'p-pack' },
      fields: { name: 'Renamed', description: 'Day Pack.', price: '50.00', variantId: 'v-pack', 'label:v-pack': 'Green', 'stock:v-pack': '10' },
      field: 'description',
    },
    { name: 'previewing a CSV import', fn: productsImport.action, path: '/admin/products/import', fields: { intent: 'preview' }, field: 'intent' },
    { name: 'applying a CSV import', fn: productsImport.action, path: '/admin/products/import', fields: { intent: 'apply', csv: 'id,name\n' }, field: 'intent' },
    { name: 'adding a staff member', fn: account.action, path: '/admin/account', fields: { intent: 'invite', email: 'hostile@shop.example', role: 'staff' }, field: 'email' },
    { name: 'changing the password', fn: account.action, path: '/admin/account', fields: { intent: 'change-password', current: PASSWORD, password: 'another long password' }, field: 'password' },
    { name: 'creating a coupon', fn: promotions.action, path: '/admin/promotions', fields: { intent: 'create', code: 'HOSTILE', kind: 'percent', value: '5' }, field: 'code' },
    { name: 'editing the hero copy', fn: promotions.action, path: '/admin/promotions', fields: { intent: 'hero', headline: 'Hi', subline: 'There' }, field: 'headline' },
    { name: 'saving a coupon', fn: promotion.action, path: '/admin/promotions/SALE', params: { code: 'SALE' }, fields: { intent: 'save', kind: 'percent', value: '5' }, field: 'value' },
    { name: 'adjusting points', fn: customer.action, path: '/admin/customers/c-1', params: { customerId: 'c-1' }, fields: { intent: 'adjust', points: '50', reason: 'goodwill' }, field: 'reason' },
    { name: 'erasing a customer', fn: customer.action, path: '/admin/customers/c-1', params: { customerId: 'c-1' }, fields: { intent: 'erase', confirmation: 'ada@example.com' }, field: 'confirmation' },
    { name: 'signing in', fn: login.action, path: '/admin/login', fields: { email: 'owner1@shop.example', password: PASSWORD }, field: 'password', signedIn: false },
    { name: 'entering a sign-in code', fn: loginCode.action, path: '/admin/login/code', fields: { code: '123456' }, field: 'code', signedIn: false },
    { name: 'setting a password', fn: setPassword.action, path: '/admin/set-password', fields: { token: 'no-such-token', password: 'a new long password' }, field: 'password', signedIn: false },
  ]
  const HOSTILE: Array<{ name: string; status: number; error: RegExp; apply(fields: Record<string, string>, field: string, form: FormData): void }> = [
    { name: 'a NUL byte in a field', status: 400, error: /holds a NUL byte/, apply: (fields, field, form) => form.set(field, `${fields[field] ?? ''}\0`) },
    { name: 'a NUL byte in a field name', status: 400, error: /field name holds a NUL byte/, apply: (_fields, _field, form) => form.set('x\0y', '1') },
    { name: 'a field of 10,001 characters', status: 400, error: /longer than 10,000 characters/, apply: (_fields, field, form) => form.set(field, 'x'.repeat(10_001)) },
    { name: 'an email of 255 characters', status: 400, error: /at most 254 characters/, apply: (_fields, _field, form) => form.set('email', `${'a'.repeat(243)}@example.com`) },
    { name: 'a file over 2 MB', status: 413, error: /larger than 2 MB/, apply: (_fields, _field, form) => form.set('file', new File(['a'.repeat(2_000_001)], 'big.csv', { type: 'text/csv' })) },
    { name: 'a CSV text over 2 MB', status: 413, error: /larger than 2 MB/, apply: (_fields, _field, form) => form.set('csv', 'a'.repeat(2_000_001)) },
  ]
  const CASES = ACTIONS.flatMap((action) => HOSTILE.map((hostile) => ({ ...action, hostile, label: `${action.name} with ${hostile.name}` })))

  /** What any change would alter: the business tables' rows, and how many staff sessions there are. */
  const fingerprint = async () => {
    const tables = ['audit_log', 'staff_users', 'staff_sign_in_challenges', 'coupons', 'orders', 'order_refunds', 'staff_refunds', 'reviews', 'products', 'variants', 'customers', 'loyalty_ledger', 'promotion_settings', 'admin_settings']
    const rows = await Promise.all(tables.map(async (table) => (await db.query<{ rows: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS rows FROM ${table} t`)).rows[0]!.rows))
    const { rows: sessions } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_sessions')
    return { rows, sessions: sessions[0]!.n }
  }

  let owner = ''
  beforeAll(async () => {
    owner = await staffCookie('owner')
  })

  it.each(CASES)('$label is refused ($hostile.status), and nothing is written', async ({ fn, path, params, fields, field, signedIn = true, hostile }) => {
    const form = new FormData()
    for (const [name, value] of Object.entries({ ...csrf(), ...fields })) form.set(name, value)
    hostile.apply(fields, field, form)
    const before = await fingerprint()
    const result = await answer(async () =>
      fn({
        request: new Request(`http://shop.test${path}`, { method: 'POST', headers: { Cookie: `${shop.cookie}; ${signedIn ? owner : ''}`, [CLIENT_ADDRESS_HEADER]: '192.0.2.9' }, body: form }),
        params: params ?? {},
        context: {},
      } as never),
    )
    expect(result.status).toBe(hostile.status)
    expect((result.data as { error: string }).error).toMatch(hostile.error)
    expect(await fingerprint()).toEqual(before)
  })

  it('refuses a query with a field over 10,000 characters on an admin page', async () => {
    expect(await get(orders.loader, `/admin/orders?q=${'x'.repeat(10_001)}`, owner)).toMatchObject({ status: 400, data: { error: 'The field "q" is longer than 10,000 characters.' } })
  })
})
