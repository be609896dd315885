// @vitest-environment node
import { PricingError } from '@journeykit/checkout/server'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { addToCart } from '../cart.server'
import type { Database } from '../db.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { rejection } from '../../../test/rejection'
import { createStaff, type StaffMember } from './staff.server'

let db: Database
// The home page reads this file's database.
vi.mock('../db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../db.server')>()),
  getDatabase: async () => db,
}))
const { createCoupon, updateCoupon, setCouponActive, saveBannerCoupon, saveHeroCopy, listCoupons, getCoupon, CouponNotFoundError, COUPONS_PAGE_SIZE } =
  await import('./promotions.server')
const { AdminInputError } = await import('./orders.server')
const { cancelOrder, checkoutIdForCart, placeOrder, quoteCheckout } = await import('../orders.server')
const { couponRefusal, priceShopCart } = await import('../pricing.server')
const { couponPromotion, promotionSettings } = await import('../promotions.server')
const { catalogCache } = await import('../catalog-cache.server')
const home = await import('../../routes/home')

let staff: StaffMember
const NOW = new Date('2026-12-01T10:00:00Z')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-pack', slug: 'day-pack', name: 'Day Pack', price: 5000, variants: [{ id: 'v-pack', label: 'Green', stock: 100 }, { id: 'v-pack-blue', label: 'Blue', stock: 100 }] },
  ])
  staff = (await createStaff(db, { email: 'promo@shop.example', role: 'staff' })).staff
}, 60_000)
afterAll(async () => {
  await (await catalogCache(db)).close()
  await db.close()
})

const terms = (overrides: Record<string, string> = {}) => ({
  kind: 'percent',
  value: '15',
  minSubtotal: '',
  startsOn: '',
  endsOn: '',
  usageLimit: '',
  perCustomerLimit: '',
  ...overrides,
})

const inputError = async (promise: Promise<unknown>) => (await rejection(promise, AdminInputError)).fields
const pricingError = (promise: Promise<unknown>) => rejection(promise, PricingError)

const auditOf = async (subject: string) =>
  (await db.query<{ action: string; before: unknown; after: unknown }>('SELECT action, before, after FROM audit_log WHERE subject = $1 ORDER BY id', [subject])).rows

const line = [{ productId: 'p-pack', variantId: 'v-pack', quantity: 1 }]

/** Places an order for one Day Pack (`variantId`) with `coupon`, as the payer with `email`. */
async function order(coupon: string, email: string, variantId = 'v-pack') {
  const cartId = randomUUID()
  await addToCart(db, cartId, variantId, 1)
  const details = { email, phone: '', givenName: 'Ada', familyName: 'Lovelace', line1: 'Unter den Linden 1', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE', saveDetails: false }
  return placeOrder(db, { cartId, checkoutId: checkoutIdForCart(cartId), idempotencyKey: randomUUID(), details, shippingMethod: 'standard', coupon })
}

describe('creating a coupon', () => {
  it('stores it upper-case with its window and limits, audited, and checkout applies it', async () => {
    const code = await createCoupon(db, staff, { code: ' autumn20 ', ...terms({ value: '20', minSubtotal: '40', startsOn: '2026-11-01', endsOn: '2026-12-31', usageLimit: '100', perCustomerLimit: '2' }) }, NOW)
    expect(code).toBe('AUTUMN20')
    expect(await getCoupon(db, 'autumn20')).toEqual({
      code: 'AUTUMN20',
      kind: 'percent',
      value: 20,
      minSubtotal: 4000,
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      usageLimit: 100,
      perCustomerLimit: 2,
      used: 0,
      active: true,
    })
    const { rows } = await db.query<{ expires_at: Date }>("SELECT expires_at FROM coupons WHERE code = 'AUTUMN20'")
    expect(new Date(rows[0]!.expires_at).toISOString()).toBe('2027-01-01T00:00:00.000Z')
    expect(await auditOf('coupon:AUTUMN20')).toEqual([
      { action: 'coupon.create', before: null, after: { kind: 'percent', value: 20, minSubtotal: 4000, startsOn: '2026-11-01', endsOn: '2026-12-31', usageLimit: 100, perCustomerLimit: 2 } },
    ])
    expect((await priceShopCart(db, line, { coupon: 'autumn20', now: NOW })).discount.amount).toBe(1000)
  })

  it('refuses a duplicate code whatever its case, and wrong fields, each with its message; nothing is written', async () => {
    await createCoupon(db, staff, { code: 'TWIN', ...terms() }, NOW)
    expect(await inputError(createCoupon(db, staff, { code: 'twin', ...terms() }, NOW))).toEqual({ code: 'The code TWIN exists already.' })
    expect(await inputError(createCoupon(db, staff, { code: 'x', ...terms({ value: '150' }) }, NOW))).toEqual({
      code: 'Use 3 to 32 letters, digits, - or _.',
      value: 'Enter a whole percentage from 1 to 100.',
    })
    expect((await inputError(createCoupon(db, staff, { code: 'NEG', ...terms({ kind: 'fixed', value: '-5' }) }, NOW))).value).toBe('Enter an amount above zero, like 10.00.')
    expect((await inputError(createCoupon(db, staff, { code: 'NEG', ...terms({ value: '-5' }) }, NOW))).value).toBe('Enter a whole percentage from 1 to 100.')
    expect((await inputError(createCoupon(db, staff, { code: 'WIN', ...terms({ startsOn: '2026-12-10', endsOn: '2026-12-09' }) }, NOW))).endsOn).toBe(
      'The last day cannot be before the first day.',
    )
    expect(await inputError(createCoupon(db, staff, { code: 'ODD', ...terms({ kind: 'bogus', startsOn: '2026-02-30', usageLimit: '0', minSubtotal: 'lots' }) }, NOW))).toEqual({
      kind: expect.stringContaining('Choose'),
      startsOn: 'Enter a real date, or leave it empty to start now.',
      usageLimit: expect.stringContaining('whole number of uses'),
      minSubtotal: expect.stringContaining('above zero'),
    })
    expect((await inputError(createCoupon(db, staff, { code: 'LIM', ...terms({ usageLimit: '1', perCustomerLimit: '2' }) }, NOW))).perCustomerLimit).toContain('overall limit')
    expect((await db.query("SELECT code FROM coupons WHERE code IN ('NEG', 'WIN', 'ODD', 'LIM', 'X')")).rows).toEqual([])
    expect(await auditOf('coupon:TWIN')).toHaveLength(1)
  })

  it('makes a free-shipping code worth 0 whatever the value field says', async () => {
    await createCoupon(db, staff, { code: 'SHIPFREE', ...terms({ kind: 'free_shipping', value: '' }) }, NOW)
    expect(await getCoupon(db, 'SHIPFREE')).toMatchObject({ kind: 'free_shipping', value: 0 })
  })
})

describe('the coupon list', () => {
  it('lists public coupons newest first, a page at a time, without customers’ reward codes', async () => {
    await db.query("INSERT INTO customers (id, email) VALUES ('cus-list', 'list@example.com')")
    await db.query("INSERT INTO coupons (code, kind, value, usage_limit, customer_id) VALUES ('REWARD-LIST', 'fixed', 500, 1, 'cus-list')")
    await createCoupon(db, staff, { code: 'NEWEST', ...terms() }, new Date(NOW.getTime() + 60_000))
    const first = await listCoupons(db, 1)
    expect(first.coupons.map((coupon) => coupon.code)).not.toContain('REWARD-LIST')
    expect(first.coupons[0]!.code).toBe('NEWEST')
    const older = new Date(NOW.getTime() - 60_000)
    for (let index = 0; index < COUPONS_PAGE_SIZE; index++) await createCoupon(db, staff, { code: `OLD${String(index).padStart(2, '0')}`, ...terms() }, older)
    const second = await listCoupons(db, 2)
    expect(second.total).toBe(first.total + COUPONS_PAGE_SIZE)
    expect(first.total).toBe(4)
    expect(second.coupons.map((coupon) => coupon.code)).toEqual(['OLD21', 'OLD22', 'OLD23', 'OLD24'])
  })
})

describe('editing a coupon', () => {
  it('saves new terms audited with what changed, and reports an unchanged save and an unknown code', async () => {
    await createCoupon(db, staff, { code: 'EDITME', ...terms() }, NOW)
    expect(await updateCoupon(db, staff, 'editme', terms({ kind: 'fixed', value: '7.50', usageLimit: '3' }), NOW)).toBe(true)
    expect(await getCoupon(db, 'EDITME')).toMatchObject({ kind: 'fixed', value: 750, usageLimit: 3 })
    expect((await auditOf('coupon:EDITME'))[1]).toEqual({
      action: 'coupon.update',
      before: { kind: 'percent', value: 15, usageLimit: null },
      after: { kind: 'fixed', value: 750, usageLimit: 3 },
    })
    expect(await updateCoupon(db, staff, 'EDITME', terms({ kind: 'fixed', value: '7.50', usageLimit: '3' }), NOW)).toBe(false)
    expect(await inputError(updateCoupon(db, staff, 'EDITME', terms({ value: '101' }), NOW))).toEqual({ value: 'Enter a whole percentage from 1 to 100.' })
    await expect(updateCoupon(db, staff, 'NOSUCH', terms(), NOW)).rejects.toBeInstanceOf(CouponNotFoundError)
    await expect(setCouponActive(db, staff, 'NOSUCH', false, NOW)).rejects.toBeInstanceOf(CouponNotFoundError)
  })

  it('deactivates a code: checkout refuses it as not valid and the banner drops it; activating brings it back', async () => {
    await createCoupon(db, staff, { code: 'PAUSE', ...terms() }, NOW)
    await setCouponActive(db, staff, 'PAUSE', false, NOW)
    const refused = await pricingError(priceShopCart(db, line, { coupon: 'PAUSE', now: NOW }))
    expect(couponRefusal(refused)).toBe('This code is not valid.')
    expect(await couponPromotion(db, 'PAUSE', NOW)).toBeNull()
    await setCouponActive(db, staff, 'PAUSE', true, NOW)
    expect(await couponPromotion(db, 'PAUSE', NOW)).not.toBeNull()
    expect((await auditOf('coupon:PAUSE')).map((entry) => [entry.action, entry.after])).toEqual([
      ['coupon.create', expect.anything()],
      ['coupon.deactivate', { active: false }],
      ['coupon.activate', { active: true }],
    ])
  })
})

describe('the validity window and the per-customer limit at checkout', () => {
  it('refuses a code before its first day and after its last one', async () => {
    await createCoupon(db, staff, { code: 'LATER', ...terms({ startsOn: '2026-12-24', endsOn: '2026-12-26' }) }, NOW)
    expect(couponRefusal(await pricingError(priceShopCart(db, line, { coupon: 'LATER', now: NOW })))).toBe('This code is not valid yet.')
    expect(await couponPromotion(db, 'LATER', NOW)).toBeNull()
    expect((await priceShopCart(db, line, { coupon: 'LATER', now: new Date('2026-12-26T23:00:00Z') })).coupon).toBe('LATER')
    expect(couponRefusal(await pricingError(priceShopCart(db, line, { coupon: 'LATER', now: new Date('2026-12-27T00:00:00Z') })))).toBe('This code has expired.')
  })

  it('refuses a customer (by email, any case) their use beyond the limit with a clear message; a cancelled order gives the use back', async () => {
    await createCoupon(db, staff, { code: 'ONCEEACH', ...terms({ perCustomerLimit: '1' }) })
    const first = await order('ONCEEACH', 'lin@example.com')
    const refused = await pricingError(order('oncEEach', ' LIN@example.com '))
    expect(refused.code).toBe('coupon_exhausted')
    expect(couponRefusal(refused)).toBe('You have already used this code once, as often as one customer may.')
    expect((await order('ONCEEACH', 'other@example.com')).order.coupon).toBe('ONCEEACH')
    await cancelOrder(db, first.order.id)
    expect((await order('ONCEEACH', 'lin@example.com')).order.coupon).toBe('ONCEEACH')
    expect((await db.query<{ used: number }>("SELECT used FROM coupons WHERE code = 'ONCEEACH'")).rows[0]!.used).toBe(2)
  })

  it('of two orders racing for a returning customer’s last use, places one and refuses the other', async () => {
    await createCoupon(db, staff, { code: 'RACE', ...terms({ perCustomerLimit: '1' }) })
    await db.query("INSERT INTO customers (id, email) VALUES ('cus-racer', 'racer@example.com')")
    // Different variants: nothing but the customer is shared by the two orders.
    const results = await Promise.allSettled([order('RACE', 'racer@example.com'), order('RACE', 'racer@example.com', 'v-pack-blue')])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const rejected = results.find((result) => result.status === 'rejected')!
    expect(couponRefusal(rejected.reason as PricingError)).toBe('You have already used this code once, as often as one customer may.')
    expect((await db.query("SELECT id FROM orders WHERE coupon_code = 'RACE'")).rows).toHaveLength(1)
  })
})

describe('the per-customer limit: one check for the quote and the order, per inbox', () => {
  const quote = async (coupon: string, email: string) => {
    const cartId = randomUUID()
    await addToCart(db, cartId, 'v-pack', 1)
    return quoteCheckout(db, cartId, { country: 'DE', shippingMethod: 'standard', coupon, email })
  }
  const verdict = (promise: Promise<unknown>) => promise.then(() => 'applies', (error: unknown) => (error instanceof PricingError ? error.code : 'error'))

  it('never quotes a coupon that the order then refuses, whatever the spelling of the inbox', async () => {
    await createCoupon(db, staff, { code: 'QUOTED', ...terms({ perCustomerLimit: '1' }) })
    await order('QUOTED', 'max.mustermann@gmail.com')
    for (const spelling of ['max.mustermann@gmail.com', 'MaxMustermann+shop@gmail.com', ' MAX.MUSTERMANN@GMAIL.COM ', 'maxi@example.com']) {
      const quoted = await verdict(quote('QUOTED', spelling))
      expect(quoted, spelling).toBe(spelling === 'maxi@example.com' ? 'applies' : 'coupon_exhausted')
      expect(await verdict(order('QUOTED', spelling)), spelling).toBe(quoted)
    }
  })

  it('of parallel orders from spellings of one inbox (each its own customer row), places one and refuses the others', async () => {
    await createCoupon(db, staff, { code: 'INBOXRACE', ...terms({ perCustomerLimit: '1' }) })
    const spellings = ['ana.silva@gmail.com', 'anasilva+2@gmail.com', 'A.na.Silva@gmail.com', 'anasilva+3@googlemail.com']
    // Alternating variants: nothing but the inbox is shared by the orders of a pair.
    const results = await Promise.allSettled(spellings.map((email, index) => order('INBOXRACE', email, index % 2 ? 'v-pack-blue' : 'v-pack')))
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected'])
    for (const result of results) if (result.status === 'rejected') expect((result.reason as PricingError).details.reason).toBe('customer_limit')
    expect((await db.query("SELECT id FROM orders WHERE coupon_code = 'INBOXRACE'")).rows).toHaveLength(1)
    expect((await db.query<{ used: number }>("SELECT used FROM coupons WHERE code = 'INBOXRACE'")).rows[0]!.used).toBe(1)
  })
})

describe('the storefront settings', () => {
  const homeData = async () => {
    const result = (await home.loader({ request: new Request('http://shop.test/'), params: {}, context: {} } as never)) as unknown as {
      data: { promotion: { code: string } | null; heroCopy: unknown }
    }
    return result.data
  }

  it('advertise the configured coupon until the back office picks another or none, audited; the home page follows at once', async () => {
    await db.query("INSERT INTO coupons (code, kind, value) VALUES ('WELCOME10', 'percent', 10) ON CONFLICT DO NOTHING")
    await createCoupon(db, staff, { code: 'BANNERME', ...terms() })
    expect((await promotionSettings(db)).bannerCoupon).toBe('WELCOME10')
    expect((await homeData()).promotion?.code).toBe('WELCOME10')
    await saveBannerCoupon(db, staff, 'bannerme', NOW)
    await expect.poll(async () => (await homeData()).promotion?.code).toBe('BANNERME')
    await updateCoupon(db, staff, 'BANNERME', terms({ startsOn: '2099-01-01' }), NOW)
    await expect.poll(async () => (await homeData()).promotion).toBeNull()
    await saveBannerCoupon(db, staff, '', NOW)
    expect((await promotionSettings(db)).bannerCoupon).toBeNull()
    expect(await inputError(saveBannerCoupon(db, staff, 'REWARD-LIST', NOW))).toEqual({ bannerCoupon: 'There is no public coupon REWARD-LIST.' })
    expect((await auditOf('promotions:banner')).map((entry) => [entry.before, entry.after])).toEqual([
      [{ coupon: 'WELCOME10' }, { coupon: 'BANNERME' }],
      [{ coupon: 'BANNERME' }, { coupon: null }],
    ])
  })

  it('keep hero copy per source, refuse half-filled or too long copy, and fall back to the default when emptied', async () => {
    const empty = { headline: '', subline: '' }
    await saveHeroCopy(db, staff, { search: { headline: ' Found us on Google? ', subline: 'Compare before you buy.' }, direct: empty }, NOW)
    expect((await promotionSettings(db)).heroCopy).toEqual({ search: { headline: 'Found us on Google?', subline: 'Compare before you buy.' } })
    await expect.poll(async () => (await homeData()).heroCopy).toEqual({ search: { headline: 'Found us on Google?', subline: 'Compare before you buy.' } })
    expect(await inputError(saveHeroCopy(db, staff, { social: { headline: 'Only a headline', subline: '' }, paid: { headline: 'x'.repeat(81), subline: 'ok' } }, NOW))).toEqual({
      'subline:social': expect.stringContaining('subline of at most 200'),
      'headline:paid': expect.stringContaining('headline of at most 80'),
    })
    await saveHeroCopy(db, staff, { search: empty }, NOW)
    expect((await promotionSettings(db)).heroCopy).toEqual({})
    expect((await auditOf('promotions:hero')).map((entry) => entry.action)).toEqual(['promotions.hero', 'promotions.hero'])
  })
})
