// @vitest-environment node
import { resolveAttribution, type AnyJourneyEvent } from '@journeykit/core'
import { MAILBOX_DOMAIN_ALIASES, normalizeEmail } from '@journeykit/loyalty/program'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addToCart } from './cart.server'
import { journeyDashboard } from './dashboard.server'
import { checkoutIdForCart, markPaid, parseOrderTouchpoint, placeOrder } from './orders.server'
import { openTestDatabase } from './test-database.server'
import type { Database } from './db.server'
import {
  claimReferral,
  claimRefusalMessage,
  normalizedEmailSql,
  referralForCustomer,
  referralLanding,
  rewardReferralForPaidOrder,
  voidReferralForRefund,
} from './referrals.server'

let db: Database

beforeAll(async () => {
  db = await openTestDatabase()
}, 30_000)

afterAll(async () => {
  await db.close()
})

let sequence = 0

async function customer(email: string, firstName: string | null = null): Promise<string> {
  const id = `cus_ref_${++sequence}`
  await db.query('INSERT INTO customers (id, email, first_name) VALUES ($1, $2, $3)', [id, email.toLowerCase(), firstName])
  return id
}

async function order(customerId: string, email: string, status = 'paid', anonymousId: string | null = null): Promise<string> {
  const id = `NW-R${++sequence}`
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
       shipping_method, address, anonymous_id, paid_at)
     VALUES ($1, $1, $1, $2, $3, $4, 'EUR', 5000, 0, 0, 1000, 4000, 'standard', '{}', $5, now())`,
    [id, customerId, email, status, anonymousId],
  )
  return id
}

/** A referrer who has bought, with their code. */
async function referrer(email = `anna${sequence + 1}@example.com`): Promise<{ id: string; code: string; email: string }> {
  const id = await customer(email, 'Anna')
  await order(id, email)
  return { id, code: (await referralForCustomer(db, id)).code, email }
}

async function coupon(code: string) {
  const { rows } = await db.query('SELECT kind, value, usage_limit, used, customer_id FROM coupons WHERE code = $1', [code])
  return rows[0]
}

describe('referralForCustomer', () => {
  it('creates the code on first use and keeps it, with the link and stats', async () => {
    const anna = await customer('anna.first@example.com')
    const first = await referralForCustomer(db, anna, { origin: 'https://shop.example' })
    expect(first.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(first.url).toBe(`https://shop.example/r/${first.code}?utm_source=referral&utm_medium=referral&utm_campaign=refer-a-friend`)
    expect(first.stats).toEqual({ invited: 0, converted: 0, earned: { amount: 0, currency: 'EUR' } })
    const [again, concurrent] = await Promise.all([referralForCustomer(db, anna), referralForCustomer(db, anna)])
    expect(again.code).toBe(first.code)
    expect(concurrent.code).toBe(first.code)
    expect(again.url).toBe(`/r/${first.code}?utm_source=referral&utm_medium=referral&utm_campaign=refer-a-friend`)
  })
})

describe('one spelling per inbox', () => {
  const spellings: Array<[string, string]> = [
    ['  Anna.Schmidt@Example.COM ', 'anna.schmidt@example.com'],
    ['anna@example.com.', 'anna@example.com'],
    ['anna+news@example.com', 'anna@example.com'],
    ['+only-tag@example.com', '+only-tag@example.com'],
    ['a.n.n.a+x@googlemail.com..', 'anna@gmail.com'],
    ['Anna.S-m_t@protonmail.com', 'annasmt@proton.me'],
    ['annasmt+x@pm.me', 'annasmt@proton.me'],
    ['anna@mac.com', 'anna@icloud.com'],
    ['Ivan.Petrov@yandex.by', 'ivan-petrov@yandex.ru'],
    ['anna-deals@rocketmail.com', 'anna@rocketmail.com'],
    ['anna-maria@example.com', 'anna-maria@example.com'],
    ['anna.m@outlook.com', 'anna.m@outlook.com'],
    ['no-at-sign', 'no-at-sign'],
    ['@example.com', '@example.com'],
  ]

  it.each(spellings)('%s → %s, the same in TypeScript and in SQL', async (email, mailbox) => {
    expect(normalizeEmail(email)).toBe(mailbox)
    const { rows } = await db.query<{ mailbox: string }>(`SELECT ${normalizedEmailSql('$1::text')} AS mailbox`, [email])
    expect(rows[0]!.mailbox).toBe(mailbox)
  })

  it('covers every domain alias in SQL as in TypeScript', async () => {
    for (const alias of Object.keys(MAILBOX_DOMAIN_ALIASES)) {
      const email = `first.last-x+tag@${alias}`
      const { rows } = await db.query<{ mailbox: string }>(`SELECT ${normalizedEmailSql('$1::text')} AS mailbox`, [email])
      expect(rows[0]!.mailbox).toBe(normalizeEmail(email))
    }
  })
})

describe('attribution of a referral visit', () => {
  it('is earned (source referral) from the landing through the server’s order_completed and the dashboard', async () => {
    const anna = await referrer()
    const { url } = await referralForCustomer(db, anna.id, { origin: 'https://shop.example' })
    // Shared through a messenger (no referrer) or opened from the shop's own pages: the link alone decides.
    for (const referrer of ['', 'https://shop.example/orders/NW-1']) {
      expect(resolveAttribution(url, referrer)).toEqual({
        campaign: { source: 'referral', medium: 'referral', name: 'refer-a-friend' },
        touchpoint: { channel: 'earned', source: 'referral' },
      })
    }
    // The checkout sends the journey's attribution with the order; the payment records the sale server-side.
    const { campaign, touchpoint } = resolveAttribution(url, '')
    const cartId = randomUUID()
    const { rows } = await db.query<{ id: string }>('SELECT id FROM variants WHERE stock > 5 ORDER BY id LIMIT 1')
    await addToCart(db, cartId, rows[0]!.id, 1)
    const details = { email: 'friend@example.org', phone: '', givenName: 'Fritz', familyName: 'F', line1: 'Street 1', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE' }
    const { order } = await placeOrder(db, {
      cartId,
      checkoutId: checkoutIdForCart(cartId),
      idempotencyKey: randomUUID(),
      details,
      shippingMethod: 'standard',
      touchpoint: parseOrderTouchpoint({ ...touchpoint, campaign, sessionId: 's-friend', anonymousId: 'a-friend' }) ?? null,
    })
    const paid = await markPaid(db, order.id, 'pi_referral')
    const { rows: events } = await db.query<{ event: AnyJourneyEvent }>(`SELECT event FROM journey_events WHERE transaction_id = $1 AND origin = 'server'`, [order.id])
    expect(events[0]!.event.context).toMatchObject({ touchpoint: { channel: 'earned', source: 'referral' }, campaign: { name: 'refer-a-friend' }, sessionId: 's-friend' })
    const day = paid.paidAt!.slice(0, 10)
    const dashboard = await journeyDashboard(db, { from: day, to: day })
    expect(dashboard.revenueByChannel.find((row) => row.key === 'earned')).toMatchObject({ orders: 1, revenue: order.total })
  })
})

describe('referralLanding', () => {
  it('finds the referrer of a known code, in any case', async () => {
    const anna = await referrer()
    expect(await referralLanding(db, anna.code.toLowerCase())).toEqual({
      code: anna.code,
      referrerFirstName: 'Anna',
      refereeReward: { amount: 1000, currency: 'EUR' },
    })
  })

  it('is null for a malformed or unknown code', async () => {
    expect(await referralLanding(db, 'NOT-A-CODE')).toBeNull()
    // Well-formed (valid check symbol) but nobody's.
    const anna = await referrer()
    await db.query('DELETE FROM referral_codes WHERE code = $1', [anna.code])
    expect(await referralLanding(db, anna.code)).toBeNull()
  })
})

describe('an erased customer’s referral code', () => {
  it('is refused exactly like an unknown code, on the landing and when claimed', async () => {
    const anna = await referrer()
    const unknown = await referrer()
    await db.query('DELETE FROM referral_codes WHERE code = $1', [unknown.code])
    await db.query("UPDATE customers SET email = 'erased-' || id || '@erased.invalid', first_name = NULL, erased_at = now() WHERE id = $1", [anna.id])

    expect(await referralLanding(db, anna.code)).toBeNull()
    const erasedClaim = await claimReferral(db, anna.code, `friend${++sequence}@example.com`)
    const unknownClaim = await claimReferral(db, unknown.code, `friend${++sequence}@example.com`)
    expect(erasedClaim).toEqual({ ok: false, reason: 'invalid_code' })
    expect(erasedClaim).toEqual(unknownClaim)
    const { rows } = await db.query('SELECT 1 FROM referral_claims WHERE code = $1', [anna.code])
    expect(rows).toHaveLength(0)
  })
})

describe('claimReferral', () => {
  it('stores the claim and issues the friend a €10 single-use code bound to their address', async () => {
    const anna = await referrer()
    const result = await claimReferral(db, anna.code, '  Mihai.Popescu@Example.ro ', { visitorId: 'visitor-mihai' })
    if (!result.ok) throw new Error(result.reason)
    expect(result).toMatchObject({ referralCode: anna.code, alreadyClaimed: false, couponCode: expect.stringMatching(/^FRIEND-/) })
    const { rows: customers } = await db.query<{ id: string }>('SELECT id FROM customers WHERE email = $1', ['mihai.popescu@example.ro'])
    expect(await coupon(result.couponCode)).toEqual({ kind: 'fixed', value: 1000, usage_limit: 1, used: 0, customer_id: customers[0]!.id })
    const { rows: claims } = await db.query('SELECT code, referee_email, status FROM referral_claims WHERE code = $1', [anna.code])
    expect(claims).toEqual([{ code: anna.code, referee_email: 'mihai.popescu@example.ro', status: 'claimed' }])
    expect((await referralForCustomer(db, anna.id)).stats.invited).toBe(1)
  })

  it('returns the same code when the same address claims again', async () => {
    const anna = await referrer()
    const first = await claimReferral(db, anna.code, 'ioana@example.ro')
    const second = await claimReferral(db, anna.code, 'IOANA@example.ro')
    expect(second).toEqual(first.ok ? { ...first, alreadyClaimed: true } : first)
    const { rows } = await db.query('SELECT count(*)::int AS count FROM referral_claims WHERE code = $1', [anna.code])
    expect(rows[0]).toEqual({ count: 1 })
  })

  it('refuses the referrer’s own address, Gmail dots and +tags included', async () => {
    const anna = await referrer('anna.schmidt@gmail.com')
    for (const email of ['anna.schmidt@gmail.com', 'AnnaSchmidt+friends@googlemail.com', 'a.n.n.a.schmidt@gmail.com']) {
      expect(await claimReferral(db, anna.code, email)).toEqual({ ok: false, reason: 'self_referral' })
    }
    expect(claimRefusalMessage('self_referral')).toMatch(/can't use your own referral link/)
  })

  it.each([
    ['dora@example.com', 'DORA@example.com.'],
    ['berta.schmidt@gmail.com', 'B.erta.Schmidt+x@googlemail.com.'],
    ['carla.schmidt@proton.me', 'carla_schmidt+shop@protonmail.ch'],
    ['emma@icloud.com', 'Emma+deals@me.com'],
    ['ivan.petrov@yandex.ru', 'ivan-petrov@ya.ru'],
    ['fiona@yahoo.de', 'fiona-friends@yahoo.de'],
  ])('refuses the referrer %s claiming again as %s', async (own, other) => {
    const anna = await referrer(own)
    expect(await claimReferral(db, anna.code, other)).toEqual({ ok: false, reason: 'self_referral' })
  })

  it('refuses a friend who already bought under another spelling of the same inbox', async () => {
    const anna = await referrer()
    const bought = await customer('Olga.Petrova+old@yandex.com')
    await order(bought, 'Olga.Petrova+old@yandex.com')
    expect(await claimReferral(db, anna.code, 'olga-petrova@ya.ru.')).toEqual({ ok: false, reason: 'existing_customer' })
  })

  it('refuses the referrer’s own browser or account under another address', async () => {
    const email = `bob${sequence}@example.com`
    const bob = await customer(email)
    await order(bob, email, 'paid', 'visitor-bob')
    const { code } = await referralForCustomer(db, bob)
    expect(await claimReferral(db, code, 'bobs-other@example.com', { visitorId: 'visitor-bob' })).toEqual({ ok: false, reason: 'self_referral' })
    expect(await claimReferral(db, code, 'bobs-other@example.com', { customerId: bob })).toEqual({ ok: false, reason: 'self_referral' })
  })

  it('refuses existing customers, second claims on another code and malformed input', async () => {
    const anna = await referrer()
    const carla = await referrer()
    const existing = `dana${sequence}@example.com`
    await order(await customer(existing), existing)
    expect(await claimReferral(db, anna.code, existing)).toEqual({ ok: false, reason: 'existing_customer' })
    expect((await claimReferral(db, anna.code, 'eva@example.de')).ok).toBe(true)
    expect(await claimReferral(db, carla.code, 'eva@example.de')).toEqual({ ok: false, reason: 'already_claimed' })
    expect(await claimReferral(db, anna.code, 'not-an-email')).toEqual({ ok: false, reason: 'invalid_email' })
    expect(await claimReferral(db, 'ZZZZZZZZ', 'frank@example.de')).toEqual({ ok: false, reason: 'invalid_code' })
  })

  it('refuses claims over the referrer’s cap, even when they arrive together', async () => {
    const anna = await referrer()
    for (let index = 0; index < 24; index++) {
      await db.query("INSERT INTO referral_claims (id, code, referee_email, status) VALUES ($1, $2, $3, 'claimed')", [
        `cap-${anna.code}-${index}`,
        anna.code,
        `friend${index}@cap.example`,
      ])
    }
    const results = await Promise.all([claimReferral(db, anna.code, 'late1@example.de'), claimReferral(db, anna.code, 'late2@example.de')])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: 'referrer_cap_reached' })
  })
})

describe('rewarding and voiding', () => {
  it('gives the referrer a €10 code after the friend’s first paid order, once', async () => {
    const anna = await referrer()
    const claim = await claimReferral(db, anna.code, 'greta.k@gmail.com')
    expect(claim.ok).toBe(true)
    // The friend checks out under another spelling of the same Gmail address, as a new customer record.
    const greta = await customer('gretak+shop@gmail.com')
    const first = await order(greta, 'gretak+shop@gmail.com')
    const reward = await rewardReferralForPaidOrder(db, first)
    expect(reward).toEqual({ referrerCustomerId: anna.id, couponCode: expect.stringMatching(/^THANKS-/) })
    expect(await coupon(reward!.couponCode)).toEqual({ kind: 'fixed', value: 1000, usage_limit: 1, used: 0, customer_id: anna.id })
    expect(await rewardReferralForPaidOrder(db, first)).toBeNull()
    expect(await rewardReferralForPaidOrder(db, await order(greta, 'gretak+shop@gmail.com'))).toBeNull()
    expect((await referralForCustomer(db, anna.id)).stats).toEqual({ invited: 1, converted: 1, earned: { amount: 1000, currency: 'EUR' } })
  })

  it('does not reward an unpaid order or one that is not the friend’s first', async () => {
    const anna = await referrer()
    await claimReferral(db, anna.code, 'hans@example.at')
    const hans = (await db.query<{ id: string }>("SELECT id FROM customers WHERE email = 'hans@example.at'")).rows[0]!.id
    expect(await rewardReferralForPaidOrder(db, await order(hans, 'hans@example.at', 'pending'))).toBeNull()
    const { rows } = await db.query("SELECT status FROM referral_claims WHERE referee_email = 'hans@example.at'")
    expect(rows).toEqual([{ status: 'claimed' }])
  })

  it('voids the referral on refund and withdraws the referrer’s unused code', async () => {
    const anna = await referrer()
    await claimReferral(db, anna.code, 'ines@example.es')
    const ines = (await db.query<{ id: string }>("SELECT id FROM customers WHERE email = 'ines@example.es'")).rows[0]!.id
    const orderId = await order(ines, 'ines@example.es')
    const reward = await rewardReferralForPaidOrder(db, orderId)
    await db.query("UPDATE orders SET status = 'refunded' WHERE id = $1", [orderId])
    expect(await voidReferralForRefund(db, orderId)).toEqual({ referrerCustomerId: anna.id, couponWithdrawn: true })
    expect(await voidReferralForRefund(db, orderId)).toBeNull()
    expect(await coupon(reward!.couponCode)).toMatchObject({ usage_limit: 0, used: 0 })
    expect((await referralForCustomer(db, anna.id)).stats.converted).toBe(0)
  })

  it('ignores refunds of orders that earned no referral reward', async () => {
    const anna = await referrer()
    const { rows } = await db.query<{ id: string }>('SELECT id FROM orders WHERE customer_id = $1', [anna.id])
    expect(await voidReferralForRefund(db, rows[0]!.id)).toBeNull()
  })
})
