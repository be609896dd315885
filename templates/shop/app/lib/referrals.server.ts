import type { Money } from '@journeykit/core'
import {
  CODE_ALPHABET,
  createReferralProgram,
  isWellFormedCode,
  normalizeCode,
  MAILBOX_DOMAIN_ALIASES,
  normalizeEmail,
  YAHOO_DOMAIN,
  type Referral,
  type ReferralProgramConfig,
  type ReferralRefusalReason,
} from '@journeykit/loyalty/program'
import type { ReferralStats } from '@journeykit/loyalty'
import { createHash } from 'node:crypto'
import type { Database, Queryable } from './db.server'
import { issueCoupon, PAID_ORDER_STATUSES } from './loyalty.server'
import { CURRENCY } from './seed.server'

/**
 * Give €10, get €10: a friend who follows a customer's link gets a €10 code for their first order
 * right away; once that friend has paid their first order, the customer gets a €10 code too.
 * Both rewards are single-use coupons bound to the customer (not points: a euro amount reads the
 * same to both sides and is spent at the same checkout).
 */
export const REFERRAL_CONFIG: ReferralProgramConfig = {
  referrerReward: { amount: 1000, currency: CURRENCY },
  refereeReward: { amount: 1000, currency: CURRENCY },
  limits: { maxReferralsPerReferrer: 25 },
}

export const referralProgram = createReferralProgram(REFERRAL_CONFIG)

/** The friend's code is valid this long after the claim; the customer's thank-you code a year. */
const REFEREE_CODE_DAYS = 90
const REFERRER_CODE_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

/** Orders that count as a purchase when deciding who is already a customer. */
const PURCHASE_STATUSES = [...PAID_ORDER_STATUSES, 'refunded']

/**
 * The campaign a referral link carries, so a friend's visit is attributed to the earned channel
 * (source `referral`) by the journey's own UTM rules, from the landing through the purchase,
 * whatever the app it was shared through sends as referrer (often nothing).
 */
export const REFERRAL_LINK_CAMPAIGN = { utm_source: 'referral', utm_medium: 'referral', utm_campaign: 'refer-a-friend' } as const

/** The landing path of a code's referral link, campaign included. */
export function referralPath(code: string): string {
  return `/r/${encodeURIComponent(code)}?${new URLSearchParams(REFERRAL_LINK_CAMPAIGN)}`
}

export interface CustomerReferral {
  code: string
  /** Absolute when an `origin` was given, else the path `/r/<code>?utm_…` (see `referralPath`). */
  url: string
  stats: ReferralStats
}

export type ClaimRefusalReason = ReferralRefusalReason | 'invalid_email'

export type ClaimResult =
  | {
      ok: true
      /** The friend's €10 code, bound to their email address (usable once at checkout). */
      couponCode: string
      referralCode: string
      /** True when this address had already claimed this code: the same coupon is returned again. */
      alreadyClaimed: boolean
    }
  | { ok: false; reason: ClaimRefusalReason }

export interface ClaimOptions {
  /** The visitor's id from the session: a visitor whose browser placed the referrer's orders is the referrer. */
  visitorId?: string
  /** The customer the visitor looked up in their account this visit, if any. */
  customerId?: string
  now?: Date
}

/** What the landing page shows for a code; `null` when no customer has it. */
export interface ReferralLanding {
  code: string
  /** The referrer's first name when we know it. */
  referrerFirstName: string | null
  refereeReward: Money
}

/**
 * The customer's referral code, link and results. The code is created on first use and stays the
 * same afterwards (one per customer, even when two requests ask at once).
 */
export async function referralForCustomer(db: Queryable, customerId: string, options: { origin?: string } = {}): Promise<CustomerReferral> {
  const code = await ensureCode(db, customerId)
  const { rows } = await db.query<{ invited: number; converted: number }>(
    `SELECT count(*)::int AS invited, count(*) FILTER (WHERE status = 'rewarded')::int AS converted
     FROM referral_claims WHERE code = $1`,
    [code],
  )
  const invited = rows[0]?.invited ?? 0
  const converted = rows[0]?.converted ?? 0
  const path = referralPath(code)
  return {
    code,
    url: options.origin ? new URL(path, options.origin).toString() : path,
    stats: {
      invited,
      converted,
      earned: { amount: converted * REFERRAL_CONFIG.referrerReward.amount, currency: REFERRAL_CONFIG.referrerReward.currency },
    },
  }
}

/** The landing page's view of a code: `null` for a malformed or unknown one, or one whose owner's personal data was erased. */
export async function referralLanding(db: Queryable, code: string): Promise<ReferralLanding | null> {
  const normalized = normalizeCode(code)
  if (!isWellFormedCode(normalized)) return null
  const { rows } = await db.query<{ code: string; first_name: string | null }>(
    'SELECT rc.code, c.first_name FROM referral_codes rc JOIN customers c ON c.id = rc.customer_id WHERE rc.code = $1 AND c.erased_at IS NULL',
    [normalized],
  )
  const row = rows[0]
  return row ? { code: row.code, referrerFirstName: row.first_name?.trim() || null, refereeReward: REFERRAL_CONFIG.refereeReward } : null
}

/**
 * A friend claims a code with their email address. The program refuses malformed or unknown
 * codes, self-referral (the same mailbox, Gmail dots and +tags included; also the referrer's own
 * browser or account), existing customers, a second claim by the same person and referrers over
 * their cap. On success the claim is stored and the friend's €10 code is issued, bound to a
 * customer record for their address; claiming the same code again returns the same coupon.
 */
export async function claimReferral(db: Database, code: string, refereeEmail: string, options: ClaimOptions = {}): Promise<ClaimResult> {
  const now = options.now ?? new Date()
  const email = refereeEmail.trim().toLowerCase()
  if (!isEmailAddress(email)) return { ok: false, reason: 'invalid_email' }
  const normalizedCode = normalizeCode(code)
  if (!isWellFormedCode(normalizedCode)) return { ok: false, reason: 'invalid_code' }

  return db.transaction(async (tx): Promise<ClaimResult> => {
    // Locks the referrer's code, so concurrent claims cannot pass the cap together. An erased
    // customer's code is refused exactly like an unknown one: nothing tells that it ever existed.
    const { rows: referrers } = await tx.query<{ code: string; customer_id: string; email: string }>(
      `SELECT rc.code, rc.customer_id, c.email FROM referral_codes rc JOIN customers c ON c.id = rc.customer_id
       WHERE rc.code = $1 AND c.erased_at IS NULL FOR UPDATE OF rc`,
      [normalizedCode],
    )
    const referrer = referrers[0]
    if (!referrer) return { ok: false, reason: 'invalid_code' }
    if (options.customerId === referrer.customer_id || (await placedOrdersOf(tx, referrer.customer_id, options.visitorId))) {
      return { ok: false, reason: 'self_referral' }
    }

    const mailbox = normalizeEmail(email)
    const referee = await customerByMailbox(tx, mailbox)
    const referrals = await referralsInvolving(tx, referrer.customer_id, mailbox)
    const previous = referrals.find((referral) => referral.refereeEmail === mailbox && referral.code === normalizedCode && referral.status === 'pending')
    if (previous) {
      return { ok: true, couponCode: refereeCouponCode(previous.id), referralCode: normalizedCode, alreadyClaimed: true }
    }

    const verdict = referralProgram.validateClaim({
      code: normalizedCode,
      referee: { ...(referee ? { customerId: referee.id } : {}), email, existingCustomer: referee?.hasPurchased ?? false },
      referrer: { customerId: referrer.customer_id, email: referrer.email, code: referrer.code },
      referrals,
      now,
    })
    if (!verdict.ok) return verdict

    const refereeId = referee?.id ?? (await ensureCustomer(tx, email))
    const referral = verdict.referral
    await tx.query(
      `INSERT INTO referral_claims (id, code, referee_email, referee_customer_id, status, created_at) VALUES ($1, $2, $3, $4, 'claimed', $5)`,
      [referral.id, referral.code, referral.refereeEmail, refereeId, referral.claimedAt],
    )
    const couponCode = await issueCoupon(tx, {
      code: refereeCouponCode(referral.id),
      kind: 'fixed',
      value: REFERRAL_CONFIG.refereeReward.amount,
      customerId: refereeId,
      expiresAt: new Date(now.getTime() + REFEREE_CODE_DAYS * DAY_MS),
    })
    return { ok: true, couponCode, referralCode: normalizedCode, alreadyClaimed: false }
  })
}

/**
 * After an order is paid: when it is the first paid order of a friend with a pending claim, the
 * claim becomes `rewarded` and the referrer receives a €10 single-use code. The friend's own €10
 * was given up front (their claim code), so their grant needs nothing more. Idempotent: the claim
 * moves on only once, and the thank-you code is derived from the claim. Returns the referrer's
 * code, or `null` when the order rewards nobody.
 */
export async function rewardReferralForPaidOrder(
  db: Queryable | Database,
  orderId: string,
  now: Date = new Date(),
): Promise<{ referrerCustomerId: string; couponCode: string } | null> {
  return inTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ customer_id: string; email: string; status: string; paid_at: Date | null; created_at: Date }>(
      'SELECT customer_id, email, status, paid_at, created_at FROM orders WHERE id = $1',
      [orderId],
    )
    const order = rows[0]
    if (!order || !(PAID_ORDER_STATUSES as readonly string[]).includes(order.status)) return null
    const mailbox = normalizeEmail(order.email)
    const { rows: claims } = await tx.query<ClaimRow>(
      `${CLAIM_SELECT} WHERE rcl.status = 'claimed' AND (rcl.referee_email = $1 OR rcl.referee_customer_id = $2)
       ORDER BY rcl.created_at LIMIT 1 FOR UPDATE OF rcl`,
      [mailbox, order.customer_id],
    )
    const claim = claims[0]
    if (!claim) return null
    // Any earlier purchase by the same mailbox (any spelling) means this is not the first order.
    const { rows: earlier } = await tx.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM orders
       WHERE id <> $1 AND status = ANY($2) AND ${normalizedEmailSql('email')} = $3
         AND coalesce(paid_at, created_at) <= $4`,
      [orderId, PURCHASE_STATUSES, mailbox, order.paid_at ?? order.created_at],
    )
    // The program matches the order to the claim by mailbox: the friend may check out under a new customer record.
    const referral = toReferral(claim)
    delete referral.refereeId
    const outcome = referralProgram.rewardsForPaidOrder(
      referral,
      { orderId, customerId: order.customer_id, email: order.email, firstPaidOrder: (earlier[0]?.count ?? 0) === 0 },
      now,
    )
    if (!outcome) return null
    await tx.query(
      `UPDATE referral_claims SET status = 'rewarded', order_id = $2, referee_customer_id = $3 WHERE id = $1 AND status = 'claimed'`,
      [claim.id, orderId, order.customer_id],
    )
    const couponCode = await issueCoupon(tx, {
      code: referrerCouponCode(claim.id),
      kind: 'fixed',
      value: REFERRAL_CONFIG.referrerReward.amount,
      customerId: claim.referrer_id,
      expiresAt: new Date(now.getTime() + REFERRER_CODE_DAYS * DAY_MS),
    })
    return { referrerCustomerId: claim.referrer_id, couponCode }
  })
}

/**
 * When the friend's rewarded order is refunded: the claim becomes `voided` and the referrer's
 * thank-you code is withdrawn if it is still unused (a code already spent cannot be taken back).
 * `null` when the order was not a rewarded referral order.
 */
export async function voidReferralForRefund(
  db: Queryable | Database,
  orderId: string,
  now: Date = new Date(),
): Promise<{ referrerCustomerId: string; couponWithdrawn: boolean } | null> {
  return inTransaction(db, async (tx) => {
    const { rows } = await tx.query<ClaimRow>(`${CLAIM_SELECT} WHERE rcl.order_id = $1 AND rcl.status = 'rewarded' FOR UPDATE OF rcl`, [orderId])
    const claim = rows[0]
    if (!claim) return null
    const outcome = referralProgram.voidForRefund(toReferral(claim), orderId, now)
    if (!outcome) return null
    await tx.query(`UPDATE referral_claims SET status = 'voided' WHERE id = $1`, [claim.id])
    const { rows: withdrawn } = await tx.query(
      'UPDATE coupons SET usage_limit = used, expires_at = $2 WHERE code = $1 AND used < coalesce(usage_limit, 1) RETURNING code',
      [referrerCouponCode(claim.id), now],
    )
    return { referrerCustomerId: claim.referrer_id, couponWithdrawn: withdrawn.length > 0 }
  })
}

/** What a refusal means, in plain words for the friend. */
export function claimRefusalMessage(reason: ClaimRefusalReason): string {
  switch (reason) {
    case 'invalid_email':
      return 'Enter a valid email address, like name@example.com.'
    case 'invalid_code':
      return 'This referral link is not valid. Check that you copied all of it.'
    case 'self_referral':
      return "You can't use your own referral link. Share it with a friend instead."
    case 'existing_customer':
      return 'This offer is for new customers, and you have ordered from us before. Thank you for coming back!'
    case 'already_claimed':
      return 'This email address has already claimed a friend’s offer.'
    case 'referrer_cap_reached':
      return 'Your friend has shared all of their offers already, so this link cannot be used any more.'
  }
}

/** A loose shape check; the mail server is the real judge. */
export function isEmailAddress(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
}

const CLAIM_SELECT = `SELECT rcl.id, rcl.code, rc.customer_id AS referrer_id, rcl.referee_customer_id, rcl.referee_email,
  rcl.status, rcl.order_id, rcl.created_at FROM referral_claims rcl JOIN referral_codes rc ON rc.code = rcl.code`

interface ClaimRow {
  id: string
  code: string
  referrer_id: string
  referee_customer_id: string | null
  referee_email: string
  status: 'claimed' | 'rewarded' | 'voided'
  order_id: string | null
  created_at: Date | string
}

function toReferral(row: ClaimRow): Referral {
  return {
    id: row.id,
    code: row.code,
    referrerId: row.referrer_id,
    ...(row.referee_customer_id ? { refereeId: row.referee_customer_id } : {}),
    refereeEmail: row.referee_email,
    status: row.status === 'claimed' ? 'pending' : row.status,
    claimedAt: new Date(row.created_at).toISOString(),
    ...(row.order_id ? { orderId: row.order_id } : {}),
  }
}

/** The claims of this referrer and any of this mailbox, for the program's checks. */
async function referralsInvolving(db: Queryable, referrerId: string, mailbox: string): Promise<Referral[]> {
  const { rows } = await db.query<ClaimRow>(`${CLAIM_SELECT} WHERE rc.customer_id = $1 OR rcl.referee_email = $2`, [referrerId, mailbox])
  return rows.map(toReferral)
}

/** The customer with this mailbox (any spelling of it) and whether they have bought before. */
async function customerByMailbox(db: Queryable, mailbox: string): Promise<{ id: string; hasPurchased: boolean } | null> {
  const { rows } = await db.query<{ id: string; purchases: number }>(
    `SELECT c.id, (SELECT count(*)::int FROM orders o WHERE o.customer_id = c.id AND o.status = ANY($2)) AS purchases
     FROM customers c WHERE ${normalizedEmailSql('c.email')} = $1
     ORDER BY purchases DESC, c.created_at LIMIT 1`,
    [mailbox, PURCHASE_STATUSES],
  )
  const row = rows[0]
  return row ? { id: row.id, hasPurchased: row.purchases > 0 } : null
}

/** Whether this browser placed one of the customer's orders. */
async function placedOrdersOf(db: Queryable, customerId: string, visitorId: string | undefined): Promise<boolean> {
  if (!visitorId) return false
  const { rows } = await db.query('SELECT 1 FROM orders WHERE customer_id = $1 AND anonymous_id = $2 LIMIT 1', [customerId, visitorId])
  return rows.length > 0
}

/** The customer id for an address (lower-cased, as checkout stores it), created when new. */
async function ensureCustomer(db: Queryable, email: string): Promise<string> {
  await db.query('INSERT INTO customers (id, email) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING', [`cus_${globalThis.crypto.randomUUID()}`, email])
  const { rows } = await db.query<{ id: string }>('SELECT id FROM customers WHERE email = $1', [email])
  return rows[0]!.id
}

async function ensureCode(db: Queryable, customerId: string): Promise<string> {
  const existing = await db.query<{ code: string }>('SELECT code FROM referral_codes WHERE customer_id = $1', [customerId])
  if (existing.rows[0]) return existing.rows[0].code
  for (let attempt = 0; attempt < 5; attempt++) {
    // ON CONFLICT without a target: a concurrent request that created this customer's code wins, as does a taken code.
    await db.query('INSERT INTO referral_codes (code, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [referralProgram.generateCode(), customerId])
    const { rows } = await db.query<{ code: string }>('SELECT code FROM referral_codes WHERE customer_id = $1', [customerId])
    if (rows[0]) return rows[0].code
  }
  throw new Error('referralForCustomer: could not create a referral code')
}

/**
 * The coupons of a claim are derived from its random id (never shown), so issuing them twice
 * is a no-op and the referrer's one can be found again on a refund.
 */
function refereeCouponCode(claimId: string): string {
  return `FRIEND-${derivedSymbols(`${claimId}:referee`)}`
}

function referrerCouponCode(claimId: string): string {
  return `THANKS-${derivedSymbols(`${claimId}:referrer`)}`
}

function derivedSymbols(seed: string, length = 8): string {
  const digest = createHash('sha256').update(seed).digest()
  let symbols = ''
  for (let index = 0; index < length; index++) symbols += CODE_ALPHABET[digest[index]! % CODE_ALPHABET.length]
  return symbols
}

/**
 * SQL for `normalizeEmail` of a column, rule for rule (the tests hold both to one table of
 * spellings): lower case, trimmed, no trailing dot on the domain, the provider's domain aliases, no
 * +tag, and the provider's local-part rules (Gmail dots, Proton dots/hyphens/underscores, Yandex
 * dot = hyphen, Yahoo -keyword).
 */
export function normalizedEmailSql(column: string): string {
  const aliases = Object.entries(MAILBOX_DOMAIN_ALIASES)
    .map(([alias, domain]) => `WHEN '${alias}' THEN '${domain}'`)
    .join(' ')
  return `(SELECT CASE WHEN at_domain IS NULL OR local = '' THEN address ELSE
      CASE
        WHEN domain = 'gmail.com' THEN replace(untagged, '.', '')
        WHEN domain = 'proton.me' THEN regexp_replace(untagged, '[._-]', '', 'g')
        WHEN domain = 'yandex.ru' THEN replace(untagged, '.', '-')
        WHEN domain ~ '${YAHOO_DOMAIN.source}' THEN regexp_replace(untagged, '^([^-]+)-.*$', '\\1')
        ELSE untagged
      END || '@' || domain END
    FROM (SELECT address, at_domain, local, regexp_replace(local, '^([^+]+)\\+.*$', '\\1') AS untagged,
                 CASE at_domain ${aliases} ELSE at_domain END AS domain
            FROM (SELECT address, regexp_replace(address, '@[^@]*$', '') AS local,
                         rtrim(substring(address from '@([^@]*)$'), '.') AS at_domain
                    FROM (SELECT lower(trim(${column})) AS address) AS lowered) AS split) AS parts)`
}

async function inTransaction<T>(db: Queryable | Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return 'transaction' in db ? db.transaction(work) : work(db)
}
