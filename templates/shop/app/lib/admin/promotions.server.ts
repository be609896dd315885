import type { Database, Queryable } from '../db.server'
import { HERO_HEADLINE_MAX, HERO_SOURCES, HERO_SUBLINE_MAX, type HeroCopy } from '../hero-copy'
import { normalizeCouponCode } from '../pricing.server'
import { promotionSettings } from '../promotions.server'
import { changedFields, recordAudit } from './audit.server'
import { COUPON_CODE_PATTERN, COUPON_KINDS, type CouponKind } from './constants'
import { AdminInputError, utcDay } from './orders.server'
import { formText, parseAmount } from './route-kit.server'
import type { StaffMember } from './staff.server'

/**
 * The back office's promotions: the shop's public coupons (codes bound to one customer, the loyalty
 * rewards, are not listed), the coupon the home banner advertises and the home hero's copy per traffic
 * source. Every write is audited and fires migration 014's trigger, so the storefront's caches drop the banner.
 */

export const COUPONS_PAGE_SIZE = 25
const DAY_MS = 24 * 60 * 60 * 1000

export class CouponNotFoundError extends Error {
  override name = 'CouponNotFoundError'
}

export interface AdminCoupon {
  code: string
  kind: CouponKind
  /** percent: 1–100; fixed: minor units; free_shipping: 0. */
  value: number
  minSubtotal: number | null
  /** The first UTC day the code is valid (YYYY-MM-DD), if it has one. */
  startsOn: string | null
  /** The last UTC day the code is valid, if it has one. */
  endsOn: string | null
  usageLimit: number | null
  perCustomerLimit: number | null
  used: number
  active: boolean
}

interface CouponRow {
  code: string
  kind: CouponKind
  value: number
  min_subtotal: number | null
  starts_at: Date | string | null
  expires_at: Date | string | null
  usage_limit: number | null
  per_customer_limit: number | null
  used: number
  active: boolean
}

const isoDay = (moment: Date | string) => new Date(moment).toISOString().slice(0, 10)

function toCoupon(row: CouponRow): AdminCoupon {
  return {
    code: row.code,
    kind: row.kind,
    value: row.value,
    minSubtotal: row.min_subtotal,
    startsOn: row.starts_at ? isoDay(row.starts_at) : null,
    // Stored as the moment it stops: the start of the day after the last one.
    endsOn: row.expires_at ? isoDay(new Date(new Date(row.expires_at).getTime() - 1)) : null,
    usageLimit: row.usage_limit,
    perCustomerLimit: row.per_customer_limit,
    used: row.used,
    active: row.active,
  }
}

const COUPON_COLUMNS = 'code, kind, value, min_subtotal, starts_at, expires_at, usage_limit, per_customer_limit, used, active'

/** The public coupons, newest first, `COUPONS_PAGE_SIZE` a page (1-based). */
export async function listCoupons(db: Queryable, page = 1): Promise<{ coupons: AdminCoupon[]; total: number }> {
  const { rows } = await db.query<CouponRow & { total: number }>(
    `SELECT ${COUPON_COLUMNS}, count(*) OVER ()::int AS total FROM coupons WHERE customer_id IS NULL
      ORDER BY created_at DESC, code LIMIT $1 OFFSET $2`,
    [COUPONS_PAGE_SIZE, (Math.max(1, page) - 1) * COUPONS_PAGE_SIZE],
  )
  return { coupons: rows.map(toCoupon), total: rows[0]?.total ?? 0 }
}

/** The codes the banner may advertise: every active public coupon. */
export async function activeCouponCodes(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>('SELECT code FROM coupons WHERE customer_id IS NULL AND active ORDER BY code')
  return rows.map((row) => row.code)
}

export async function getCoupon(db: Queryable, code: string, lock = false): Promise<AdminCoupon | null> {
  const { rows } = await db.query<CouponRow>(
    `SELECT ${COUPON_COLUMNS} FROM coupons WHERE code = $1 AND customer_id IS NULL${lock ? ' FOR UPDATE' : ''}`,
    [normalizeCouponCode(code)],
  )
  return rows[0] ? toCoupon(rows[0]) : null
}

/** A coupon's form as sent: amounts in major units (`12.50`), days as YYYY-MM-DD, blanks for "none". */
export interface CouponInput {
  kind: string
  value: string
  minSubtotal: string
  startsOn: string
  endsOn: string
  usageLimit: string
  perCustomerLimit: string
}

/** The coupon form's fields (app/components/admin/coupon-fields.tsx) as sent. */
export function couponInputOf(form: FormData): CouponInput {
  return {
    kind: formText(form, 'kind'),
    value: formText(form, 'value'),
    minSubtotal: formText(form, 'minSubtotal'),
    startsOn: formText(form, 'startsOn'),
    endsOn: formText(form, 'endsOn'),
    usageLimit: formText(form, 'usageLimit'),
    perCustomerLimit: formText(form, 'perCustomerLimit'),
  }
}

type CouponTerms = Pick<AdminCoupon, 'kind' | 'value' | 'minSubtotal' | 'startsOn' | 'endsOn' | 'usageLimit' | 'perCustomerLimit'>

const LIMIT_MAX = 1_000_000

/** A blank (null), or a whole number from 1 to LIMIT_MAX; NaN for anything else. */
function optionalCount(text: string): number | null {
  if (!text.trim()) return null
  return /^\s*\d{1,7}\s*$/.test(text) && Number(text) >= 1 && Number(text) <= LIMIT_MAX ? Number(text) : Number.NaN
}

/** Checks a coupon's form: the terms to store, or every field's error (with the `errors` found before). */
function validateTerms(input: CouponInput, errors: Record<string, string> = {}): CouponTerms {
  const kind = COUPON_KINDS.find((known) => known === input.kind)
  if (!kind) errors.kind = 'Choose what the code takes off: a percentage, an amount or the shipping.'
  let value = 0
  if (kind === 'percent') {
    value = /^\s*\d{1,3}\s*$/.test(input.value) ? Number(input.value) : Number.NaN
    if (!(value >= 1 && value <= 100)) errors.value = 'Enter a whole percentage from 1 to 100.'
  } else if (kind === 'fixed') {
    value = parseAmount(input.value)
    if (!(value > 0)) errors.value = 'Enter an amount above zero, like 10.00.'
  }
  const minSubtotal = input.minSubtotal.trim() ? parseAmount(input.minSubtotal) : null
  if (minSubtotal !== null && !(minSubtotal > 0)) errors.minSubtotal = 'Enter an order value above zero, like 50.00, or leave it empty.'
  const startsOn = input.startsOn.trim() ? input.startsOn.trim() : null
  const endsOn = input.endsOn.trim() ? input.endsOn.trim() : null
  if (startsOn && !utcDay(startsOn)) errors.startsOn = 'Enter a real date, or leave it empty to start now.'
  if (endsOn && !utcDay(endsOn)) errors.endsOn = 'Enter a real date, or leave it empty for no end.'
  else if (startsOn && endsOn && utcDay(startsOn) && endsOn < startsOn) errors.endsOn = 'The last day cannot be before the first day.'
  const usageLimit = optionalCount(input.usageLimit)
  if (Number.isNaN(usageLimit)) errors.usageLimit = `Enter a whole number of uses from 1 to ${LIMIT_MAX}, or leave it empty for no limit.`
  const perCustomerLimit = optionalCount(input.perCustomerLimit)
  if (Number.isNaN(perCustomerLimit)) errors.perCustomerLimit = `Enter a whole number of uses from 1 to ${LIMIT_MAX}, or leave it empty for no limit.`
  else if (perCustomerLimit !== null && usageLimit !== null && perCustomerLimit > usageLimit) {
    errors.perCustomerLimit = 'A customer cannot use the code more often than its overall limit.'
  }
  if (Object.keys(errors).length > 0) throw new AdminInputError(errors)
  return { kind: kind!, value, minSubtotal, startsOn, endsOn, usageLimit, perCustomerLimit }
}

/** The columns of `terms`: the window as the moments it opens and closes (the start of the day after the last one). */
function termColumns(terms: CouponTerms): unknown[] {
  const expiresAt = terms.endsOn ? new Date(utcDay(terms.endsOn)!.getTime() + DAY_MS) : null
  return [terms.kind, terms.value, terms.minSubtotal, terms.startsOn ? utcDay(terms.startsOn) : null, expiresAt, terms.usageLimit, terms.perCustomerLimit]
}

const auditTerms = ({ kind, value, minSubtotal, startsOn, endsOn, usageLimit, perCustomerLimit }: CouponTerms) => ({
  kind,
  value,
  minSubtotal,
  startsOn,
  endsOn,
  usageLimit,
  perCustomerLimit,
})

/**
 * Adds a coupon, audited; its code is stored upper-case and is unique whatever its case.
 * @throws {AdminInputError} a wrong field, or a code that exists (a loyalty code included).
 */
export async function createCoupon(db: Database, staff: StaffMember, input: CouponInput & { code: string }, now: Date = new Date()): Promise<string> {
  const code = normalizeCouponCode(input.code)
  const terms = validateTerms(input, COUPON_CODE_PATTERN.test(code) ? {} : { code: 'Use 3 to 32 letters, digits, - or _.' })
  return db.transaction(async (tx) => {
    const { rows } = await tx.query(
      `INSERT INTO coupons (code, kind, value, min_subtotal, starts_at, expires_at, usage_limit, per_customer_limit, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [code, ...termColumns(terms), now],
    )
    if (rows.length === 0) throw new AdminInputError({ code: `The code ${code} exists already.` })
    await recordAudit(tx, staff, { action: 'coupon.create', subject: `coupon:${code}`, after: auditTerms(terms) }, now)
    return code
  })
}

/**
 * Saves a coupon's terms (its code stays), audited with the fields that changed. False when nothing did.
 * @throws {AdminInputError} {CouponNotFoundError}
 */
export async function updateCoupon(db: Database, staff: StaffMember, code: string, input: CouponInput, now: Date = new Date()): Promise<boolean> {
  const terms = validateTerms(input)
  return db.transaction(async (tx) => {
    const before = await getCoupon(tx, code, true)
    if (!before) throw new CouponNotFoundError(code)
    const [was, will] = changedFields(auditTerms(before), auditTerms(terms))
    if (!was) return false
    await tx.query(
      `UPDATE coupons SET kind = $2, value = $3, min_subtotal = $4, starts_at = $5, expires_at = $6, usage_limit = $7, per_customer_limit = $8 WHERE code = $1`,
      [before.code, ...termColumns(terms)],
    )
    await recordAudit(tx, staff, { action: 'coupon.update', subject: `coupon:${before.code}`, before: was, after: will }, now)
    return true
  })
}

/**
 * Switches a coupon off (checkout then refuses it as unknown and the banner drops it) or on again, audited.
 * @throws {CouponNotFoundError}
 */
export async function setCouponActive(db: Database, staff: StaffMember, code: string, active: boolean, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getCoupon(tx, code, true)
    if (!before) throw new CouponNotFoundError(code)
    if (before.active === active) return
    await tx.query('UPDATE coupons SET active = $2 WHERE code = $1', [before.code, active])
    await recordAudit(tx, staff, { action: active ? 'coupon.activate' : 'coupon.deactivate', subject: `coupon:${before.code}`, before: { active: before.active }, after: { active } }, now)
  })
}

async function saveSetting(tx: Queryable, key: string, value: unknown, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO promotion_settings (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
    [key, JSON.stringify(value), now],
  )
}

/**
 * Sets the coupon the home banner advertises ('' for no banner), audited. The banner still hides a
 * code checkout would refuse (deactivated, outside its window, used up).
 * @throws {AdminInputError} a code that is not one of the public coupons.
 */
export async function saveBannerCoupon(db: Database, staff: StaffMember, code: string, now: Date = new Date()): Promise<void> {
  const coupon = code.trim() ? normalizeCouponCode(code) : null
  await db.transaction(async (tx) => {
    if (coupon && !(await getCoupon(tx, coupon))) throw new AdminInputError({ bannerCoupon: `There is no public coupon ${coupon}.` })
    const before = (await promotionSettings(tx)).bannerCoupon
    if (before === coupon) return
    await saveSetting(tx, 'promo_banner', { coupon }, now)
    await recordAudit(tx, staff, { action: 'promotions.banner', subject: 'promotions:banner', before: { coupon: before }, after: { coupon } }, now)
  })
}

/**
 * Saves the hero's headline and subline per traffic source, audited; a source with both left empty
 * shows the shop's default copy again.
 * @throws {AdminInputError} a source with only one of the two, or text over its length (keys `headline:<source>`, `subline:<source>`).
 */
export async function saveHeroCopy(db: Database, staff: StaffMember, input: Record<string, { headline: string; subline: string }>, now: Date = new Date()): Promise<void> {
  const errors: Record<string, string> = {}
  const copy: HeroCopy = {}
  for (const source of HERO_SOURCES) {
    const headline = input[source]?.headline.trim() ?? ''
    const subline = input[source]?.subline.trim() ?? ''
    if (!headline && !subline) continue
    if (!headline || headline.length > HERO_HEADLINE_MAX) errors[`headline:${source}`] = `Write a headline of at most ${HERO_HEADLINE_MAX} characters, or empty both fields for the default.`
    if (!subline || subline.length > HERO_SUBLINE_MAX) errors[`subline:${source}`] = `Write a subline of at most ${HERO_SUBLINE_MAX} characters, or empty both fields for the default.`
    copy[source] = { headline, subline }
  }
  if (Object.keys(errors).length > 0) throw new AdminInputError(errors)
  await db.transaction(async (tx) => {
    const before = (await promotionSettings(tx)).heroCopy
    if (JSON.stringify(before) === JSON.stringify(copy)) return
    await saveSetting(tx, 'hero_copy', copy, now)
    await recordAudit(tx, staff, { action: 'promotions.hero', subject: 'promotions:hero', before, after: copy }, now)
  })
}
