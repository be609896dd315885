import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import type { Database, Queryable } from '../db.server'
import { recordAudit } from './audit.server'
import { newToken, sha256, type StaffMember } from './staff.server'

/** TOTP as authenticator apps expect it (RFC 6238: SHA-1, 6 digits, 30 s); one step either side for clock drift. */
const TOTP_PERIOD_SECONDS = 30
const TOTP_WINDOW = 1
export const RECOVERY_CODE_COUNT = 10
export const SIGN_IN_CHALLENGE_TTL_MS = 5 * 60_000
/** How long a new secret, started with a current code on an account that has one, may be confirmed. */
export const REENROL_WINDOW_MS = 10 * 60_000
const ISSUER = 'Journeykit back office'

const totpFor = (secret: string, email: string) =>
  new TOTP({ issuer: ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) })

/** Recovery codes are typed by hand: 16 base32 letters (80 random bits) in four groups, case and dashes ignored. */
function newRecoveryCode(): string {
  const letters = new Secret({ size: 10 }).base32
  return letters.match(/.{4}/g)!.join('-').toLowerCase()
}
const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase()
const looksLikeRecoveryCode = (code: string) => normaliseRecoveryCode(code).length === 16

export interface TwoFactorStatus {
  enrolled: boolean
  /** An owner requires a second factor of every staff member. */
  required: boolean
  recoveryCodesLeft: number
  /** Set while the account is being enrolled: what the authenticator app needs. */
  pending: { secret: string; uri: string; qrSvg: string } | null
}

/** A pending secret may be confirmed: any time on an account without two-factor sign-in, only shortly after a current code on one with it. */
const CONFIRMABLE_PENDING = `CASE WHEN u.totp_enabled_at IS NULL OR u.totp_pending_since > $2 THEN u.totp_pending_secret END`

export async function twoFactorStatus(db: Queryable, staff: Pick<StaffMember, 'id' | 'email'>, now: Date = new Date()): Promise<TwoFactorStatus> {
  const { rows } = await db.query<{ enrolled: boolean; pending: string | null; left: number; required: boolean }>(
    `SELECT u.totp_enabled_at IS NOT NULL AS enrolled, ${CONFIRMABLE_PENDING} AS pending,
            (SELECT count(*)::int FROM staff_recovery_codes c WHERE c.staff_id = u.id AND c.used_at IS NULL) AS left,
            coalesce((SELECT value = 'true'::jsonb FROM admin_settings WHERE key = 'require_two_factor'), false) AS required
       FROM staff_users u WHERE u.id = $1`,
    [staff.id, reenrolSince(now)],
  )
  const row = rows[0]!
  let pending: TwoFactorStatus['pending'] = null
  if (row.pending) {
    const uri = totpFor(row.pending, staff.email).toString()
    pending = { secret: row.pending, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) }
  }
  return { enrolled: row.enrolled, required: row.required, recoveryCodesLeft: row.left, pending }
}

const reenrolSince = (now: Date) => new Date(now.getTime() - REENROL_WINDOW_MS)

/**
 * Starts (or restarts) enrolment: a new secret waits for its first code. Two-factor sign-in stays as it
 * was until then. An account that has it already must present a current code (or a recovery code) first,
 * so a session alone cannot swap the secret; false when that code is missing or wrong.
 */
export async function startEnrolment(db: Queryable, staff: Pick<StaffMember, 'id' | 'email'>, currentCode = '', now: Date = new Date()): Promise<boolean> {
  if ((await isEnrolled(db, staff.id)) && !(await verifySecondFactor(db, staff, currentCode, now))) return false
  await db.query('UPDATE staff_users SET totp_pending_secret = $2, totp_pending_since = $3 WHERE id = $1', [staff.id, new Secret({ size: 20 }).base32, now])
  return true
}

/** The time step a code is valid for, or null. */
function matchingStep(secret: string, email: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totpFor(secret, email).validate({ token, timestamp: now.getTime(), window: TOTP_WINDOW })
  return delta === null ? null : Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta
}

/**
 * Confirms enrolment with a code from the app: two-factor sign-in is on (with the new secret), and the
 * recovery codes are returned (shown once; only their hashes are kept). One transaction holding the
 * account's row, so two tabs cannot both confirm one secret. Null when the code is wrong, nothing is
 * pending, or a re-enrolment's window has passed.
 */
export async function confirmEnrolment(db: Database, staff: StaffMember, code: string, now: Date = new Date()): Promise<string[] | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ pending: string | null; enrolled: boolean }>(
      `SELECT ${CONFIRMABLE_PENDING} AS pending, u.totp_enabled_at IS NOT NULL AS enrolled FROM staff_users u WHERE u.id = $1 FOR UPDATE`,
      [staff.id, reenrolSince(now)],
    )
    const secret = rows[0]?.pending
    const step = secret ? matchingStep(secret, staff.email, code, now) : null
    if (!secret || step === null) return null
    await tx.query(
      'UPDATE staff_users SET totp_secret = $2, totp_pending_secret = NULL, totp_pending_since = NULL, totp_enabled_at = $3, totp_last_step = $4 WHERE id = $1',
      [staff.id, secret, now, step],
    )
    const codes = await replaceRecoveryCodes(tx, staff.id)
    await recordAudit(tx, staff, { action: rows[0]!.enrolled ? 'staff.two_factor_reenrol' : 'staff.two_factor_enable', subject: `staff:${staff.email}` }, now)
    return codes
  })
}

async function replaceRecoveryCodes(db: Queryable, staffId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode)
  await db.query('DELETE FROM staff_recovery_codes WHERE staff_id = $1', [staffId])
  await db.query('INSERT INTO staff_recovery_codes (staff_id, code_hash) SELECT $1, unnest($2::text[])', [
    staffId,
    codes.map((code) => sha256(normaliseRecoveryCode(code))),
  ])
  return codes
}

/**
 * Checks a second factor: a current code from the app (each time step accepted once, so a seen code
 * cannot be replayed) or an unused recovery code (then used up).
 */
export async function verifySecondFactor(
  db: Queryable,
  staff: Pick<StaffMember, 'id' | 'email'>,
  code: string,
  now: Date = new Date(),
): Promise<'totp' | 'recovery' | null> {
  if (looksLikeRecoveryCode(code)) {
    const { rows } = await db.query(
      'UPDATE staff_recovery_codes SET used_at = $3 WHERE staff_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING staff_id',
      [staff.id, sha256(normaliseRecoveryCode(code)), now],
    )
    return rows.length > 0 ? 'recovery' : null
  }
  const { rows } = await db.query<{ secret: string | null }>('SELECT totp_secret AS secret FROM staff_users WHERE id = $1', [staff.id])
  const step = rows[0]?.secret ? matchingStep(rows[0].secret, staff.email, code, now) : null
  if (step === null) return null
  const { rows: claimed } = await db.query(
    'UPDATE staff_users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id',
    [staff.id, step],
  )
  return claimed.length > 0 ? 'totp' : null
}

async function removeTwoFactor(db: Queryable, staffId: string): Promise<void> {
  await db.query(
    'UPDATE staff_users SET totp_secret = NULL, totp_pending_secret = NULL, totp_pending_since = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1',
    [staffId],
  )
  await db.query('DELETE FROM staff_recovery_codes WHERE staff_id = $1', [staffId])
  await db.query('DELETE FROM staff_sign_in_challenges WHERE staff_id = $1', [staffId])
}

/** Turns two-factor sign-in off after a valid code; false when the code is wrong. */
export async function disableTwoFactor(db: Queryable, staff: StaffMember, code: string, now: Date = new Date()): Promise<boolean> {
  if (!(await verifySecondFactor(db, staff, code, now))) return false
  await removeTwoFactor(db, staff.id)
  await recordAudit(db, staff, { action: 'staff.two_factor_disable', subject: `staff:${staff.email}` }, now)
  return true
}

/**
 * An owner's help for a staff member who lost their authenticator and recovery codes: their second
 * factor and sessions end (they sign in with the password and set it up again), audited. Not for the
 * owner's own account (that is turned off with a code). The account's email, or null when it has no second factor.
 */
export async function resetTwoFactor(db: Database, owner: StaffMember, staffId: string, now: Date = new Date()): Promise<string | null> {
  if (staffId === owner.id) return null
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ email: string }>('SELECT email FROM staff_users WHERE id = $1 AND totp_enabled_at IS NOT NULL FOR UPDATE', [staffId])
    if (!rows[0]) return null
    await removeTwoFactor(tx, staffId)
    await tx.query('UPDATE staff_sessions SET revoked_at = $2 WHERE staff_id = $1 AND revoked_at IS NULL', [staffId, now])
    await recordAudit(tx, owner, { action: 'staff.two_factor_reset', subject: `staff:${rows[0].email}`, before: { twoFactor: true }, after: { twoFactor: false } }, now)
    return rows[0].email
  })
}

/** An owner's switch: every staff member must sign in with a second factor (those without one are sent to enrol). */
export async function setTwoFactorRequired(db: Queryable, owner: StaffMember, required: boolean, now: Date = new Date()): Promise<void> {
  const { rows } = await db.query<{ value: boolean }>("SELECT value FROM admin_settings WHERE key = 'require_two_factor'")
  await db.query(
    `INSERT INTO admin_settings (key, value) VALUES ('require_two_factor', $1::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify(required)],
  )
  await recordAudit(db, owner, { action: 'settings.require_two_factor', subject: 'settings', before: { required: rows[0]?.value ?? false }, after: { required } }, now)
}

// Signing in: after the password, a challenge waits for the code.

/** Whether an owner requires a second factor and this account has none yet. */
export async function twoFactorRequiredOf(db: Queryable, staffId: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM staff_users u, admin_settings s
      WHERE u.id = $1 AND u.totp_enabled_at IS NULL AND s.key = 'require_two_factor' AND s.value = 'true'::jsonb`,
    [staffId],
  )
  return rows.length > 0
}

export async function isEnrolled(db: Queryable, staffId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM staff_users WHERE id = $1 AND totp_enabled_at IS NOT NULL', [staffId])
  return rows.length > 0
}

export async function createSignInChallenge(db: Queryable, staffId: string, now: Date = new Date()): Promise<string> {
  // Expired challenges open nothing: each new one clears them away.
  await db.query('DELETE FROM staff_sign_in_challenges WHERE expires_at <= $1', [now])
  const token = newToken()
  await db.query('INSERT INTO staff_sign_in_challenges (token_hash, staff_id, expires_at) VALUES ($1, $2, $3)', [
    sha256(token),
    staffId,
    new Date(now.getTime() + SIGN_IN_CHALLENGE_TTL_MS),
  ])
  return token
}

/** The account a live (unused, unexpired) challenge belongs to, or null. */
export async function challengeStaff(db: Queryable, token: string, now: Date = new Date()): Promise<StaffMember | null> {
  const { rows } = await db.query<StaffMember>(
    `SELECT u.id, u.email, u.name, u.role FROM staff_sign_in_challenges c JOIN staff_users u ON u.id = c.staff_id
      WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > $2`,
    [sha256(token), now],
  )
  return rows[0] ?? null
}

/**
 * The code step as one transaction: the live challenge is locked (a second tab's request waits, then
 * finds it used), the code checked, and the challenge used up once. A wrong code leaves the challenge
 * for another try; 'expired' when there is no live challenge (used, expired or unknown).
 */
export async function consumeSignInChallenge(
  db: Database,
  token: string,
  code: string,
  now: Date = new Date(),
): Promise<{ staff: StaffMember; method: 'totp' | 'recovery' } | 'wrong' | 'expired'> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<StaffMember>(
      `SELECT u.id, u.email, u.name, u.role FROM staff_sign_in_challenges c JOIN staff_users u ON u.id = c.staff_id
        WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > $2 FOR UPDATE OF c`,
      [sha256(token), now],
    )
    const staff = rows[0]
    if (!staff) return 'expired'
    const method = await verifySecondFactor(tx, staff, code, now)
    if (!method) return 'wrong'
    await tx.query('UPDATE staff_sign_in_challenges SET used_at = $2 WHERE token_hash = $1', [sha256(token), now])
    return { staff, method }
  })
}
