import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customerOrder, lookupOrder } from '../account.server'
import type { Database } from '../db.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { listAudit } from './audit.server'
import {
  adjustCustomerPoints,
  customerDetail,
  CustomerNotFoundError,
  eraseCustomer,
  erasedEmail,
  exportCustomerData,
  listCustomers,
} from './customers.server'
import { AdminInputError } from './orders.server'
import { createStaff, type StaffMember } from './staff.server'

const NOW = new Date('2026-12-01T12:00:00Z')
const ADDRESS = { givenName: 'Ada', familyName: 'Lovelace', line1: '12 St James Sq', line2: '', city: 'London', region: '', postalCode: 'SW1Y 4JH', country: 'GB', phone: '+44 20 0000' }

let db: Database
let owner: StaffMember

async function insertOrder(id: string, customerId: string, email: string, status: string, total: number, day: string, address: object, anonymousId: string | null = null) {
  await db.query(
    `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
                         shipping_method, address, anonymous_id, touchpoint, payment_id, created_at, paid_at)
     VALUES ($1, $1, $1, $2, $3, $4, 'EUR', $5, 0, $6, 0, $5, 'standard', $7, $8, $9, $10, $11, $11)`,
    [id, customerId, email, status, total, Math.round(total / 6), JSON.stringify(address), anonymousId, anonymousId ? JSON.stringify({ channel: 'direct', anonymousId }) : null, `pi_${id}`, `${day}T10:00:00Z`],
  )
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  owner = (await createStaff(db, { email: 'owner@shop.example', role: 'owner' })).staff
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-pack', slug: 'day-pack', name: 'Day Pack', price: 5000, variants: [{ id: 'v-pack', label: 'Green', stock: 10 }] },
  ])
  await db.query(`INSERT INTO customers (id, email, first_name, created_at) VALUES
    ('c-ada', 'ada@example.com', 'Ada', '2026-01-01'), ('c-grace', 'grace@example.com', null, '2026-02-01'), ('c-new', 'new@example.com', 'Neil', '2026-11-30')`)
  await insertOrder('NW-1', 'c-ada', 'ada@example.com', 'paid', 5000, '2026-11-01', ADDRESS, 'anon-ada')
  await insertOrder('NW-2', 'c-ada', 'Ada@Example.com', 'refunded', 2000, '2026-11-10', ADDRESS)
  await insertOrder('NW-3', 'c-grace', 'grace@example.com', 'fulfilled', 3000, '2026-11-05', { ...ADDRESS, givenName: 'Grace', familyName: 'Hopper' })
  await db.query(`INSERT INTO loyalty_ledger (id, customer_id, kind, points, reason, order_id, occurred_at, expires_at) VALUES
    ('earn:NW-1', 'c-ada', 'earn', 50, 'order', 'NW-1', '2026-11-01T10:00:00Z', '2027-11-01T10:00:00Z')`)
  await db.query(`INSERT INTO reviews (id, product_id, rating, title, body, author_name, verified, order_id) VALUES ('r-1', 'p-pack', 5, 'Great', 'A great pack for day hikes.', 'Ada L.', true, 'NW-1')`)
  await db.query(`INSERT INTO survey_responses (id, survey_id, kind, score, comment, order_id) VALUES ('s-1', 'nps', 'nps', 9, 'Fast', 'NW-1')`)
  await db.query(`INSERT INTO newsletter_signups (email, source, status, confirmed_at) VALUES ('ada@example.com', 'footer', 'confirmed', now())`)
  await db.query(`INSERT INTO newsletter_consent_events (email, event, source, occurred_at) VALUES
    ('ada@example.com', 'opt_in_requested', 'footer', '2026-10-01'), ('ada@example.com', 'opt_in_confirmed', 'footer', '2026-10-02')`)
  await db.query(`INSERT INTO referral_codes (code, customer_id) VALUES ('ADA-REF', 'c-ada')`)
  await db.query(`INSERT INTO referral_claims (id, code, referee_email, referee_customer_id, status, order_id) VALUES ('claim-1', 'ADA-REF', 'grace@example.com', 'c-grace', 'rewarded', 'NW-3')`)
  await db.query(`INSERT INTO coupons (code, kind, value, usage_limit, used, customer_id) VALUES ('THANKS-ADA', 'fixed', 1000, 1, 0, 'c-ada')`)
  await db.query(
    `INSERT INTO email_outbox (id, idempotency_key, kind, campaign, recipient, subject, html, text, status, next_attempt_at, created_at)
     VALUES ('m-1', 'order-confirmation:NW-1', 'order_confirmation', 'order_confirmation', 'ada@example.com', 'Your order NW-1', '<p>Hi Ada</p>', 'Hi Ada', 'queued', now(), now())`,
  )
  await db.query(
    `INSERT INTO journey_events (id, name, stage, occurred_at, session_id, anonymous_id, origin, event)
     VALUES ('e-1', 'page_viewed', 'awareness', '2026-11-01T09:00:00Z', 'sess-1', 'anon-ada', 'client', $1)`,
    [JSON.stringify({ name: 'page_viewed', context: { anonymousId: 'anon-ada', userId: 'ada@example.com', sessionId: 'sess-1' } })],
  )
}, 60_000)
afterAll(() => db.close())

describe('listCustomers', () => {
  it('lists customers with the latest order first: order count, spent (paid and fulfilled only), points and last order', async () => {
    const { customers, total } = await listCustomers(db, {}, NOW)
    expect(total).toBe(3)
    expect(customers.map((customer) => [customer.id, customer.name, customer.orderCount, customer.spent.amount, customer.points, customer.lastOrderAt])).toEqual([
      ['c-ada', 'Ada Lovelace', 2, 5000, 50, '2026-11-10T10:00:00.000Z'],
      ['c-grace', 'Grace Hopper', 1, 3000, 0, '2026-11-05T10:00:00.000Z'],
      ['c-new', 'Neil', 0, 0, 0, null],
    ])
  })

  it('searches email and names (the ones on orders too), treats % literally, and keeps the page in range', async () => {
    expect((await listCustomers(db, { search: 'GRACE@' })).customers.map((customer) => customer.id)).toEqual(['c-grace'])
    expect((await listCustomers(db, { search: 'hopper' })).customers.map((customer) => customer.id)).toEqual(['c-grace'])
    expect((await listCustomers(db, { search: 'neil' })).customers.map((customer) => customer.id)).toEqual(['c-new'])
    expect((await listCustomers(db, { search: '%' })).total).toBe(0)
    expect(await listCustomers(db, { page: 40 })).toMatchObject({ page: 1, pageCount: 1 })
  })
})

describe('customerDetail', () => {
  it('shows the orders, the ledger, referral history and consent', async () => {
    const detail = await customerDetail(db, 'c-ada', NOW)
    expect(detail.orders.map((order) => [order.id, order.status])).toEqual([
      ['NW-2', 'refunded'],
      ['NW-1', 'paid'],
    ])
    expect(detail.loyalty).toMatchObject({ balance: 50, tier: 'Member' })
    expect(detail.loyalty.ledger.map((entry) => [entry.kind, entry.points])).toEqual([['earn', 50]])
    expect(detail.referral).toEqual({
      code: 'ADA-REF',
      claims: [expect.objectContaining({ refereeEmail: 'grace@example.com', status: 'rewarded', orderId: 'NW-3' })],
      rewards: [{ code: 'THANKS-ADA', used: false, expiresAt: null }],
      referredBy: null,
    })
    expect((await customerDetail(db, 'c-grace', NOW)).referral.referredBy).toMatchObject({ code: 'ADA-REF', status: 'rewarded' })
    expect(detail.consent.status).toBe('confirmed')
    expect(detail.consent.history.map((event) => event.event)).toEqual(['opt_in_requested', 'opt_in_confirmed'])
    await expect(customerDetail(db, 'c-nobody')).rejects.toBeInstanceOf(CustomerNotFoundError)
  })
})

describe('adjustCustomerPoints', () => {
  it('writes the adjustment and an audit entry with the balance before and after', async () => {
    expect(await adjustCustomerPoints(db, owner, 'c-grace', { points: '+30', reason: 'Parcel arrived late' }, NOW)).toEqual({ before: 0, after: 30 })
    expect(await adjustCustomerPoints(db, owner, 'c-grace', { points: '-30', reason: 'Entered twice' }, NOW)).toEqual({ before: 30, after: 0 })
    const { loyalty } = await customerDetail(db, 'c-grace', NOW)
    expect(loyalty.ledger.map((entry) => [entry.kind, entry.points, entry.reason]).sort()).toEqual([
      ['adjust', -30, 'Entered twice'],
      ['adjust', 30, 'Parcel arrived late'],
    ])
    const { entries } = await listAudit(db)
    expect(entries.filter((entry) => entry.subject === 'customer:c-grace').map((entry) => [entry.action, entry.before, entry.after])).toEqual(
      expect.arrayContaining([['customer.points_adjust', { balance: 0 }, { balance: 30, points: 30, reason: 'Parcel arrived late' }]]),
    )
  })

  it('refuses a change below a zero balance, a bad number and a missing reason, writing nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM loyalty_ledger')
    const refusal = (input: { points: string; reason: string }) => adjustCustomerPoints(db, owner, 'c-ada', input, NOW).catch((error: unknown) => error)
    expect(await refusal({ points: '-51', reason: 'Too many' })).toMatchObject({ fields: { points: 'The balance is 50 points: you can take at most 50.' } })
    for (const points of ['0', '1.5', 'ten', '', '9999999']) expect(await refusal({ points, reason: 'x' })).toMatchObject({ fields: { points: expect.any(String) } })
    const missingReason = await refusal({ points: '5', reason: '   ' })
    expect(missingReason).toBeInstanceOf(AdminInputError)
    expect(missingReason).toMatchObject({ fields: { reason: 'Give the reason for the change.' } })
    expect(await refusal({ points: '5', reason: 'x'.repeat(201) })).toMatchObject({ fields: { reason: 'Use at most 200 characters.' } })
    expect((await db.query('SELECT count(*)::int AS n FROM loyalty_ledger')).rows).toEqual(before.rows)
    await expect(adjustCustomerPoints(db, owner, 'c-nobody', { points: '5', reason: 'x' })).rejects.toBeInstanceOf(CustomerNotFoundError)
  })
})

describe('exportCustomerData', () => {
  it('holds everything known about the person, without other people’s emails, and is audited', async () => {
    const exported = await exportCustomerData(db, owner, 'c-ada', NOW)
    expect(exported.profile).toMatchObject({ id: 'c-ada', email: 'ada@example.com', firstName: 'Ada' })
    expect(exported.orders.map((order) => [order.id, order.address.city])).toEqual([
      ['NW-2', 'London'],
      ['NW-1', 'London'],
    ])
    expect(exported.loyalty.ledger).toHaveLength(1)
    expect(exported.loyalty.rewardCodes).toEqual([expect.objectContaining({ code: 'THANKS-ADA' })])
    expect(exported.referrals).toMatchObject({ code: 'ADA-REF', friendsReferred: [{ status: 'rewarded', orderId: 'NW-3' }] })
    expect(JSON.stringify(exported.referrals)).not.toContain('grace@example.com')
    expect(exported.reviews).toEqual([expect.objectContaining({ id: 'r-1', authorName: 'Ada L.' })])
    expect(exported.surveyAnswers).toEqual([expect.objectContaining({ id: 's-1', score: 9, comment: 'Fast' })])
    expect(exported.newsletter.signup).toMatchObject({ email: 'ada@example.com', status: 'confirmed' })
    expect(exported.newsletter.consentRecord).toHaveLength(2)
    expect(exported.emails).toEqual([expect.objectContaining({ subject: 'Your order NW-1' })])
    expect(exported.journeyEvents).toEqual([expect.objectContaining({ id: 'e-1', name: 'page_viewed' })])
    expect((await listAudit(db)).entries[0]).toMatchObject({ action: 'customer.export', subject: 'customer:c-ada', staffEmail: 'owner@shop.example' })
  })
})

describe('eraseCustomer', () => {
  it('refuses a confirmation that is not the customer’s email, changing nothing', async () => {
    await expect(eraseCustomer(db, owner, 'c-ada', 'ada@example.org', NOW)).rejects.toMatchObject({ fields: { confirmation: expect.any(String) } })
    expect((await customerDetail(db, 'c-ada', NOW)).customer.erasedAt).toBeNull()
    await expect(eraseCustomer(db, owner, 'c-nobody', 'x')).rejects.toBeInstanceOf(CustomerNotFoundError)
  })

  it('anonymises the personal data, keeps the accounting data, is audited once, and can be repeated safely', async () => {
    expect(await eraseCustomer(db, owner, 'c-ada', ' Ada@Example.com ', NOW)).toEqual({ erased: true })
    const placeholder = erasedEmail('c-ada')
    const { rows: customers } = await db.query('SELECT email, first_name, erased_at FROM customers WHERE id = $1', ['c-ada'])
    expect(customers[0]).toMatchObject({ email: placeholder, first_name: null, erased_at: expect.anything() })
    const { rows: orders } = await db.query<Record<string, unknown>>(
      'SELECT id, email, status, total, tax, created_at, payment_id, address, anonymous_id, touchpoint FROM orders WHERE customer_id = $1 ORDER BY id',
      ['c-ada'],
    )
    expect(orders.map((order) => [order.id, order.email, order.status, order.total, order.tax, order.payment_id, order.anonymous_id])).toEqual([
      ['NW-1', placeholder, 'paid', 5000, 833, 'pi_NW-1', null],
      ['NW-2', placeholder, 'refunded', 2000, 333, 'pi_NW-2', null],
    ])
    expect(orders[0]!.address).toEqual({ givenName: '', familyName: '', line1: '', line2: '', city: '', region: '', postalCode: '', phone: '', country: 'GB' })
    expect(orders[0]!.touchpoint).toEqual({ channel: 'direct' })
    expect((await db.query('SELECT author_name FROM reviews WHERE id = $1', ['r-1'])).rows).toEqual([{ author_name: 'Former customer' }])
    expect((await db.query('SELECT count(*)::int AS n FROM newsletter_signups WHERE email = $1', ['ada@example.com'])).rows).toEqual([{ n: 0 }])
    expect((await db.query('SELECT count(*)::int AS n FROM newsletter_consent_events WHERE email = $1', ['ada@example.com'])).rows).toEqual([{ n: 0 }])
    expect((await db.query('SELECT recipient, html, status FROM email_outbox WHERE id = $1', ['m-1'])).rows).toEqual([{ recipient: placeholder, html: '', status: 'suppressed' }])
    const { rows: events } = await db.query<{ anonymous_id: string | null; event: { context: Record<string, unknown> } }>('SELECT anonymous_id, event FROM journey_events WHERE id = $1', ['e-1'])
    expect(events[0]).toMatchObject({ anonymous_id: null, event: { context: { anonymousId: 'erased', sessionId: 'sess-1' } } })
    expect(events[0]!.event.context).not.toHaveProperty('userId')
    // The person can no longer open their account or be found by their address.
    expect(await lookupOrder(db, 'ada@example.com', 'NW-1')).toBeNull()
    expect(await customerOrder(db, 'c-ada', 'NW-1')).toBeNull()
    expect((await listCustomers(db, { search: 'ada@example.com' })).total).toBe(0)
    expect((await listCustomers(db, { search: 'lovelace' })).total).toBe(0)
    // The points ledger stays (no personal data) but no one can change it any more.
    await expect(adjustCustomerPoints(db, owner, 'c-ada', { points: '5', reason: 'x' }, NOW)).rejects.toBeInstanceOf(AdminInputError)

    const audited = async () => (await listAudit(db)).entries.filter((entry) => entry.action === 'customer.erase')
    expect(await audited()).toEqual([
      expect.objectContaining({
        subject: 'customer:c-ada',
        after: { orders: 2, reviews: 1, referralClaims: 0, newsletterSignups: 1, consentEvents: 2, emails: 1, journeyEvents: 1 },
      }),
    ])
    expect(await eraseCustomer(db, owner, 'c-ada', 'anything', NOW)).toEqual({ erased: false })
    expect(await audited()).toHaveLength(1)
  })

  it('anonymises the referral claim of an erased friend, keeping the referrer’s reward history', async () => {
    expect(await eraseCustomer(db, owner, 'c-grace', 'grace@example.com', NOW)).toEqual({ erased: true })
    expect((await db.query('SELECT referee_email, status FROM referral_claims WHERE id = $1', ['claim-1'])).rows).toEqual([
      { referee_email: erasedEmail('c-grace'), status: 'rewarded' },
    ])
  })
})
