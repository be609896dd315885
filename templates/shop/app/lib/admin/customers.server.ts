import type { Money } from '@journeykit/core'
import { normalizeEmail, type LedgerEntry } from '@journeykit/loyalty/program'
import type { Database, Queryable } from '../db.server'
import { adjustPoints, memberSummary, PAID_ORDER_STATUSES, pointsBalances } from '../loyalty.server'
import { getOrder, type OrderStatus } from '../orders.server'
import { CURRENCY } from '../seed.server'
import { recordAudit } from './audit.server'
import { ADJUSTMENT_REASON_MAX } from './constants'
import { AdminInputError, likePattern } from './orders.server'
import type { StaffMember } from './staff.server'

export const CUSTOMERS_PAGE_SIZE = 25
/** One adjustment moves at most this many points either way (a typo guard, not a policy). */
export const ADJUSTMENT_POINTS_MAX = 100_000

export class CustomerNotFoundError extends Error {
  override name = 'CustomerNotFoundError'
  constructor(readonly customerId: string) {
    super(`No customer ${customerId}`)
  }
}

export interface CustomerListRow {
  id: string
  email: string
  /** The name on the latest order, else the first name the customer gave; null when neither is known. */
  name: string | null
  erased: boolean
  orderCount: number
  /** The totals of the paid and fulfilled orders (refunded and cancelled ones are not spent). */
  spent: Money
  /** The points the customer can spend now. */
  points: number
  lastOrderAt: string | null
}

const NAME_OF_LATEST_ORDER = `(SELECT nullif(concat_ws(' ', l.address->>'givenName', l.address->>'familyName'), '') FROM orders l
   WHERE l.customer_id = c.id ORDER BY l.created_at DESC LIMIT 1)`

/** Customers with the latest order first (then the newest customers), searched by email or name, and paged. */
export async function listCustomers(
  db: Queryable,
  query: { search?: string; page?: number } = {},
  now: Date = new Date(),
): Promise<{ customers: CustomerListRow[]; total: number; page: number; pageCount: number }> {
  const search = query.search?.trim()
  const params: unknown[] = []
  let filter = ''
  if (search) {
    params.push(likePattern(search))
    filter = `WHERE c.email ILIKE $1 OR c.first_name ILIKE $1 OR EXISTS (SELECT 1 FROM orders s WHERE s.customer_id = c.id
      AND (s.email ILIKE $1 OR concat_ws(' ', s.address->>'givenName', s.address->>'familyName') ILIKE $1))`
  }
  const { rows: counted } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM customers c ${filter}`, params)
  const total = counted[0]?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(total / CUSTOMERS_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pageCount)
  const { rows } = await db.query<{
    id: string
    email: string
    name: string | null
    erased: boolean
    order_count: number
    spent: number
    last_order_at: Date | string | null
  }>(
    `SELECT c.id, c.email, coalesce(${NAME_OF_LATEST_ORDER}, c.first_name) AS name, c.erased_at IS NOT NULL AS erased,
            count(o.id)::int AS order_count,
            coalesce(sum(o.total) FILTER (WHERE o.status = ANY($${params.length + 1})), 0)::int AS spent,
            max(o.created_at) AS last_order_at
       FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
       ${filter}
      GROUP BY c.id
      ORDER BY max(o.created_at) DESC NULLS LAST, c.created_at DESC, c.id
      LIMIT ${CUSTOMERS_PAGE_SIZE} OFFSET ${(page - 1) * CUSTOMERS_PAGE_SIZE}`,
    [...params, PAID_ORDER_STATUSES],
  )
  const balances = await pointsBalances(
    db,
    rows.map((row) => row.id),
    now,
  )
  return {
    customers: rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      erased: row.erased,
      orderCount: row.order_count,
      spent: { amount: row.spent, currency: CURRENCY },
      points: balances.get(row.id) ?? 0,
      lastOrderAt: row.last_order_at ? new Date(row.last_order_at).toISOString() : null,
    })),
    total,
    page,
    pageCount,
  }
}

interface CustomerRow {
  id: string
  email: string
  first_name: string | null
  created_at: Date | string
  erased_at: Date | string | null
}

async function customerRow(db: Queryable, customerId: string, { lock = false } = {}): Promise<CustomerRow> {
  const { rows } = await db.query<CustomerRow>(`SELECT id, email, first_name, created_at, erased_at FROM customers WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [customerId])
  if (!rows[0]) throw new CustomerNotFoundError(customerId)
  return rows[0]
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

export type ConsentStatus = 'none' | 'pending' | 'confirmed' | 'unsubscribed'

export interface CustomerDetail {
  customer: { id: string; email: string; firstName: string | null; createdAt: string; erasedAt: string | null }
  orders: Array<{ id: string; status: OrderStatus; total: Money; createdAt: string }>
  loyalty: { balance: number; lifetimePoints: number; tier: string; ledger: LedgerEntry[] }
  referral: {
    code: string | null
    /** The friends who claimed the customer's code. */
    claims: Array<{ id: string; refereeEmail: string; status: string; orderId: string | null; createdAt: string }>
    /** The thank-you codes the customer was given for friends' first orders. */
    rewards: Array<{ code: string; used: boolean; expiresAt: string | null }>
    /** The code the customer was referred with, if any. */
    referredBy: { code: string; status: string; createdAt: string } | null
  }
  consent: { status: ConsentStatus; history: Array<{ event: string; source: string | null; occurredAt: string }> }
}

/** Everything the customer page shows; throws CustomerNotFoundError. Points past their expiry are recorded on the way. */
export async function customerDetail(db: Queryable, customerId: string, now: Date = new Date()): Promise<CustomerDetail> {
  const row = await customerRow(db, customerId)
  const [orders, summary, referral, consent] = await Promise.all([
    db.query<{ id: string; status: OrderStatus; total: number; currency: string; created_at: Date | string }>(
      'SELECT id, status, total, currency, created_at FROM orders WHERE customer_id = $1 ORDER BY created_at DESC, id',
      [customerId],
    ),
    memberSummary(db, customerId, now),
    referralHistory(db, row),
    consentOf(db, row.email),
  ])
  return {
    customer: { id: row.id, email: row.email, firstName: row.first_name, createdAt: iso(row.created_at)!, erasedAt: iso(row.erased_at) },
    orders: orders.rows.map((order) => ({ id: order.id, status: order.status, total: { amount: order.total, currency: order.currency }, createdAt: iso(order.created_at)! })),
    loyalty: { balance: summary.balance, lifetimePoints: summary.member.lifetimePoints, tier: summary.tier.name, ledger: summary.history },
    referral,
    consent,
  }
}

async function referralHistory(db: Queryable, customer: CustomerRow): Promise<CustomerDetail['referral']> {
  const [code, claims, rewards, referredBy] = await Promise.all([
    db.query<{ code: string }>('SELECT code FROM referral_codes WHERE customer_id = $1', [customer.id]),
    db.query<{ id: string; referee_email: string; status: string; order_id: string | null; created_at: Date | string }>(
      `SELECT rcl.id, rcl.referee_email, rcl.status, rcl.order_id, rcl.created_at FROM referral_claims rcl
         JOIN referral_codes rc ON rc.code = rcl.code WHERE rc.customer_id = $1 ORDER BY rcl.created_at, rcl.id`,
      [customer.id],
    ),
    db.query<{ code: string; used: boolean; expires_at: Date | string | null }>(
      `SELECT code, used >= coalesce(usage_limit, 1) AS used, expires_at FROM coupons WHERE customer_id = $1 AND code LIKE 'THANKS-%' ORDER BY code`,
      [customer.id],
    ),
    db.query<{ code: string; status: string; created_at: Date | string }>(
      'SELECT code, status, created_at FROM referral_claims WHERE referee_customer_id = $1 OR referee_email = $2 ORDER BY created_at LIMIT 1',
      [customer.id, normalizeEmail(customer.email)],
    ),
  ])
  const referred = referredBy.rows[0]
  return {
    code: code.rows[0]?.code ?? null,
    claims: claims.rows.map((claim) => ({ id: claim.id, refereeEmail: claim.referee_email, status: claim.status, orderId: claim.order_id, createdAt: iso(claim.created_at)! })),
    rewards: rewards.rows.map((reward) => ({ code: reward.code, used: reward.used, expiresAt: iso(reward.expires_at) })),
    referredBy: referred ? { code: referred.code, status: referred.status, createdAt: iso(referred.created_at)! } : null,
  }
}

async function consentOf(db: Queryable, email: string): Promise<CustomerDetail['consent']> {
  const [signup, events] = await Promise.all([
    db.query<{ status: ConsentStatus }>('SELECT status FROM newsletter_signups WHERE email = $1', [email]),
    db.query<{ event: string; source: string | null; occurred_at: Date | string }>(
      'SELECT event, source, occurred_at FROM newsletter_consent_events WHERE email = $1 ORDER BY occurred_at, id',
      [email],
    ),
  ])
  return {
    status: signup.rows[0]?.status ?? 'none',
    history: events.rows.map((event) => ({ event: event.event, source: event.source, occurredAt: iso(event.occurred_at)! })),
  }
}

/**
 * Staff add or take points with a reason (text fields, as the form sends them). The ledger entry and
 * the audit entry (balance before and after) are written in one transaction, with the customer row
 * locked so a concurrent redemption cannot spend the same points.
 * @throws {AdminInputError} a bad number, a missing reason, or a change that would leave the balance below zero
 * @throws {CustomerNotFoundError}
 */
export async function adjustCustomerPoints(
  db: Database,
  actor: Pick<StaffMember, 'id' | 'email'>,
  customerId: string,
  input: { points: string; reason: string },
  now: Date = new Date(),
): Promise<{ before: number; after: number }> {
  const points = /^\s*[+-]?\d{1,7}\s*$/.test(input.points) ? Number.parseInt(input.points, 10) : Number.NaN
  const reason = input.reason.trim()
  const fields: Record<string, string> = {}
  if (!Number.isInteger(points) || points === 0 || Math.abs(points) > ADJUSTMENT_POINTS_MAX) {
    fields.points = `Enter a whole number of points other than 0, like 50 or -50 (at most ${ADJUSTMENT_POINTS_MAX} either way).`
  }
  if (!reason) fields.reason = 'Give the reason for the change.'
  else if (reason.length > ADJUSTMENT_REASON_MAX) fields.reason = `Use at most ${ADJUSTMENT_REASON_MAX} characters.`
  if (Object.keys(fields).length > 0) throw new AdminInputError(fields)
  return db.transaction(async (tx) => {
    const customer = await customerRow(tx, customerId, { lock: true })
    if (customer.erased_at) throw new AdminInputError({ points: 'This customer’s personal data was erased: the account is closed.' })
    const result = await adjustPoints(tx, customerId, { points, reason }, now)
    if ('refused' in result) {
      throw new AdminInputError({ points: `The balance is ${result.refused} points: you can take at most ${result.refused}.` })
    }
    await recordAudit(
      tx,
      actor,
      { action: 'customer.points_adjust', subject: `customer:${customerId}`, before: { balance: result.before }, after: { balance: result.after, points, reason } },
      now,
    )
    return { before: result.before, after: result.after }
  })
}

/** Where the customer's browser journey is recorded: the anonymous ids their orders were placed with. */
const ANONYMOUS_IDS_OF_ORDERS = `SELECT DISTINCT a FROM orders o, LATERAL (VALUES (o.anonymous_id), (o.touchpoint->>'anonymousId')) ids(a)
  WHERE o.customer_id = $1 AND a IS NOT NULL`

/**
 * Everything the shop holds about the customer, as one JSON document (the GDPR right of access):
 * the profile, the orders with their addresses and lines, the points ledger and reward codes,
 * referrals (friends who claimed their code appear without their email: that is their data), reviews
 * and survey answers given on their orders, newsletter consent, the emails sent to them and the
 * journey events recorded from the browser they ordered with. The export itself is audited.
 * @throws {CustomerNotFoundError}
 */
export async function exportCustomerData(db: Database, actor: Pick<StaffMember, 'id' | 'email'>, customerId: string, now: Date = new Date()) {
  const detail = await customerDetail(db, customerId, now)
  const { email } = detail.customer
  const orderIds = detail.orders.map((order) => order.id)
  const [orders, rewardCodes, reviews, surveyAnswers, signup, emails, journeyEvents] = await Promise.all([
    Promise.all(orderIds.map((id) => getOrder(db, id))),
    db.query('SELECT code, kind, value, used, usage_limit AS "usageLimit", expires_at AS "expiresAt" FROM coupons WHERE customer_id = $1 ORDER BY code', [customerId]),
    db.query(
      `SELECT id, product_id AS "productId", order_id AS "orderId", rating, title, body, author_name AS "authorName", status, created_at AS "createdAt"
         FROM reviews WHERE order_id = ANY($1) ORDER BY created_at`,
      [orderIds],
    ),
    db.query('SELECT id, kind, score, comment, order_id AS "orderId", created_at AS "createdAt" FROM survey_responses WHERE order_id = ANY($1) ORDER BY created_at', [orderIds]),
    db.query(
      'SELECT email, source, status, consented_at AS "consentedAt", confirmed_at AS "confirmedAt", unsubscribed_at AS "unsubscribedAt" FROM newsletter_signups WHERE email = $1',
      [email],
    ),
    db.query('SELECT kind, subject, status, created_at AS "createdAt", sent_at AS "sentAt" FROM email_outbox WHERE lower(recipient) = $1 ORDER BY created_at', [email]),
    db.query(`SELECT id, name, occurred_at AS "occurredAt", event FROM journey_events WHERE anonymous_id IN (${ANONYMOUS_IDS_OF_ORDERS}) ORDER BY occurred_at, id`, [customerId]),
  ])
  await recordAudit(db, actor, { action: 'customer.export', subject: `customer:${customerId}` }, now)
  return {
    exportedAt: now.toISOString(),
    profile: detail.customer,
    orders: orders.filter((order) => order !== null),
    loyalty: { ...detail.loyalty, rewardCodes: rewardCodes.rows },
    referrals: {
      code: detail.referral.code,
      friendsReferred: detail.referral.claims.map(({ status, orderId, createdAt }) => ({ status, orderId, createdAt })),
      rewards: detail.referral.rewards,
      referredBy: detail.referral.referredBy,
    },
    reviews: reviews.rows,
    surveyAnswers: surveyAnswers.rows,
    newsletter: { signup: signup.rows[0] ?? null, consentRecord: detail.consent.history },
    emails: emails.rows,
    journeyEvents: journeyEvents.rows,
  }
}

export type CustomerExport = Awaited<ReturnType<typeof exportCustomerData>>

/** What an erased customer's email becomes: unique, and no mail can be delivered to it. */
export const erasedEmail = (customerId: string) => `erased-${customerId}@erased.invalid`
export const ERASED_REVIEW_AUTHOR = 'Former customer'

/**
 * The GDPR right to erasure: the customer's personal data is anonymised in one transaction, audited
 * (counts only, never the data). Kept: the orders' accounting data (numbers, dates, amounts, tax,
 * lines, status, payment reference) and the country they shipped to (tax), the points ledger and
 * the survey scores, now tied to no one. `typedEmail` must repeat the customer's email address.
 * Idempotent: a second call changes nothing and returns `{ erased: false }`.
 * @throws {AdminInputError} the confirmation does not match
 * @throws {CustomerNotFoundError}
 */
export async function eraseCustomer(
  db: Database,
  actor: Pick<StaffMember, 'id' | 'email'>,
  customerId: string,
  typedEmail: string,
  now: Date = new Date(),
): Promise<{ erased: boolean }> {
  return db.transaction(async (tx) => {
    const customer = await customerRow(tx, customerId, { lock: true })
    if (customer.erased_at) return { erased: false }
    if (typedEmail.trim().toLowerCase() !== customer.email) {
      throw new AdminInputError({ confirmation: 'Type the customer’s email address exactly as shown to confirm.' })
    }
    const placeholder = erasedEmail(customerId)
    const { rows: known } = await tx.query<{ email: string }>(
      'SELECT $2::text AS email UNION SELECT lower(email) FROM orders WHERE customer_id = $1',
      [customerId, customer.email],
    )
    const emails = known.map((row) => row.email)
    const mailboxes = [...new Set(emails.map(normalizeEmail))]
    const count = async (sql: string, params: unknown[]) => (await tx.query(`WITH changed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM changed`, params)).rows[0] as { n: number }
    const journeyEvents = await count(
      `UPDATE journey_events SET anonymous_id = NULL,
              event = jsonb_set(event #- '{context,userId}' #- '{context,traits}', '{context,anonymousId}', '"erased"')
        WHERE anonymous_id IN (${ANONYMOUS_IDS_OF_ORDERS})`,
      [customerId],
    )
    const orders = await count(
      `UPDATE orders SET email = $2, anonymous_id = NULL, touchpoint = touchpoint - 'anonymousId' - 'sessionId',
              address = jsonb_build_object('givenName', '', 'familyName', '', 'line1', '', 'line2', '', 'city', '', 'region', '', 'postalCode', '',
                                           'phone', '', 'country', address->'country')
        WHERE customer_id = $1`,
      [customerId, placeholder],
    )
    const reviews = await count('UPDATE reviews SET author_name = $2 WHERE order_id IN (SELECT id FROM orders WHERE customer_id = $1)', [customerId, ERASED_REVIEW_AUTHOR])
    const referralClaims = await count('UPDATE referral_claims SET referee_email = $3 WHERE referee_customer_id = $1 OR referee_email = ANY($2)', [
      customerId,
      mailboxes,
      placeholder,
    ])
    const newsletter = await count('DELETE FROM newsletter_signups WHERE email = ANY($1)', [emails])
    const consentEvents = await count('DELETE FROM newsletter_consent_events WHERE email = ANY($1)', [emails])
    const emailsSent = await count(
      `UPDATE email_outbox SET recipient = $2, subject = '', html = '', text = '', headers = '{}',
              status = CASE WHEN status IN ('queued', 'sending') THEN 'suppressed' ELSE status END,
              last_error = CASE WHEN status IN ('queued', 'sending') THEN 'personal data erased' ELSE last_error END
        WHERE lower(recipient) = ANY($1)`,
      [emails, placeholder],
    )
    await tx.query('UPDATE customers SET email = $2, first_name = NULL, erased_at = $3 WHERE id = $1', [customerId, placeholder, now])
    await recordAudit(
      tx,
      actor,
      {
        action: 'customer.erase',
        subject: `customer:${customerId}`,
        after: {
          orders: orders.n,
          reviews: reviews.n,
          referralClaims: referralClaims.n,
          newsletterSignups: newsletter.n,
          consentEvents: consentEvents.n,
          emails: emailsSent.n,
          journeyEvents: journeyEvents.n,
        },
      },
      now,
    )
    return { erased: true }
  })
}
