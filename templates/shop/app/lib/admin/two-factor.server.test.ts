// @vitest-environment node
import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { openTestDatabase } from '../test-database.server'
import { createSession, createStaff, staffForSession, type StaffMember } from './staff.server'
import {
  challengeStaff,
  confirmEnrolment,
  consumeSignInChallenge,
  createSignInChallenge,
  disableTwoFactor,
  RECOVERY_CODE_COUNT,
  REENROL_WINDOW_MS,
  resetTwoFactor,
  setTwoFactorRequired,
  startEnrolment,
  twoFactorRequiredOf,
  twoFactorStatus,
  verifySecondFactor,
} from './two-factor.server'

let db: Database
const NOW = new Date('2026-12-01T10:00:00Z')
const seconds = (s: number) => new Date(NOW.getTime() + s * 1000)

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())

let accounts = 0
const newStaff = async (role: 'owner' | 'staff' = 'staff') => (await createStaff(db, { email: `two-factor${++accounts}@shop.example`, role })).staff
/** What the person's authenticator app shows at `at`, from the key the enrolment page showed them. */
const appCode = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() })
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

async function enrolled(staff: StaffMember) {
  await startEnrolment(db, staff)
  const { pending } = await twoFactorStatus(db, staff)
  const recoveryCodes = (await confirmEnrolment(db, staff, appCode(pending!.secret, NOW), NOW))!
  return { secret: pending!.secret, recoveryCodes }
}

describe('enrolment', () => {
  it('shows an otpauth address, its QR code and the key, and turns on with a code from the app', async () => {
    const staff = await newStaff()
    await startEnrolment(db, staff)
    const { pending, enrolled: before } = await twoFactorStatus(db, staff)
    expect(before).toBe(false)
    expect(pending!.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(pending!.uri).toBe(`otpauth://totp/Journeykit%20back%20office:${encodeURIComponent(staff.email)}?issuer=Journeykit%20back%20office&secret=${pending!.secret}&algorithm=SHA1&digits=6&period=30`)
    expect(pending!.qrSvg).toMatch(/^<svg [^>]*viewBox/)

    const codes = await confirmEnrolment(db, staff, appCode(pending!.secret, NOW), NOW)
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT)
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT)
    expect(codes![0]).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/)
    expect(await twoFactorStatus(db, staff)).toMatchObject({ enrolled: true, pending: null, recoveryCodesLeft: RECOVERY_CODE_COUNT })
    // only hashes are stored
    const stored = await db.query<{ code_hash: string }>('SELECT code_hash FROM staff_recovery_codes WHERE staff_id = $1', [staff.id])
    expect(stored.rows.map((row) => row.code_hash)).not.toContain(codes![0])
    expect(stored.rows[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/)
    expect((await db.query('SELECT action FROM audit_log WHERE subject = $1', [`staff:${staff.email}`])).rows).toEqual([{ action: 'staff.two_factor_enable' }])
  })

  it('refuses a wrong code, an expired code, and a confirmation with nothing pending', async () => {
    const staff = await newStaff()
    expect(await confirmEnrolment(db, staff, '123456', NOW)).toBeNull()
    await startEnrolment(db, staff)
    const { pending } = await twoFactorStatus(db, staff)
    expect(await confirmEnrolment(db, staff, otherThan(appCode(pending!.secret, NOW)), NOW)).toBeNull()
    expect(await confirmEnrolment(db, staff, appCode(pending!.secret, seconds(-120)), NOW)).toBeNull()
    expect((await twoFactorStatus(db, staff)).enrolled).toBe(false)
  })
})

describe('re-enrolment (a new app)', () => {
  it('needs a current code first: a session alone cannot swap the secret', async () => {
    const staff = await newStaff()
    const { secret } = await enrolled(staff)
    expect(await startEnrolment(db, staff, '', seconds(60))).toBe(false)
    expect(await startEnrolment(db, staff, otherThan(appCode(secret, seconds(60))), seconds(60))).toBe(false)
    expect((await twoFactorStatus(db, staff, seconds(60))).pending).toBeNull()
    // a secret left pending some other way is not confirmable without that code
    await db.query("UPDATE staff_users SET totp_pending_secret = 'JBSWY3DPEHPK3PXP' WHERE id = $1", [staff.id])
    expect(await confirmEnrolment(db, staff, appCode('JBSWY3DPEHPK3PXP', seconds(60)), seconds(60))).toBeNull()
    expect(await verifySecondFactor(db, staff, appCode(secret, seconds(90)), seconds(90))).toBe('totp')
  })

  it('with a current code, moves to the new secret once confirmed, with new recovery codes, audited', async () => {
    const staff = await newStaff()
    const { secret: old, recoveryCodes: oldCodes } = await enrolled(staff)
    expect(await startEnrolment(db, staff, appCode(old, seconds(60)), seconds(60))).toBe(true)
    const { pending } = await twoFactorStatus(db, staff, seconds(60))
    expect(pending!.secret).not.toBe(old)
    const codes = await confirmEnrolment(db, staff, appCode(pending!.secret, seconds(90)), seconds(90))
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT)
    expect(await verifySecondFactor(db, staff, appCode(old, seconds(150)), seconds(150))).toBeNull()
    expect(await verifySecondFactor(db, staff, oldCodes[0]!, seconds(150))).toBeNull()
    expect(await verifySecondFactor(db, staff, appCode(pending!.secret, seconds(150)), seconds(150))).toBe('totp')
    const audit = await db.query('SELECT action FROM audit_log WHERE subject = $1 ORDER BY id', [`staff:${staff.email}`])
    expect(audit.rows).toEqual([{ action: 'staff.two_factor_enable' }, { action: 'staff.two_factor_reenrol' }])
  })

  it('is confirmable only within its window after the current code', async () => {
    const staff = await newStaff()
    const { secret } = await enrolled(staff)
    await startEnrolment(db, staff, appCode(secret, seconds(60)), seconds(60))
    const { pending } = await twoFactorStatus(db, staff, seconds(60))
    const late = seconds(60 + REENROL_WINDOW_MS / 1000 + 1)
    expect((await twoFactorStatus(db, staff, late)).pending).toBeNull()
    expect(await confirmEnrolment(db, staff, appCode(pending!.secret, late), late)).toBeNull()
  })

  it('two tabs confirming one secret at once: exactly one wins', async () => {
    const staff = await newStaff()
    await startEnrolment(db, staff)
    const { pending } = await twoFactorStatus(db, staff)
    const code = appCode(pending!.secret, NOW)
    const results = await Promise.all([confirmEnrolment(db, staff, code, NOW), confirmEnrolment(db, staff, code, NOW)])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect((await twoFactorStatus(db, staff)).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT)
    expect((await db.query('SELECT count(*)::int AS n FROM audit_log WHERE subject = $1', [`staff:${staff.email}`])).rows).toEqual([{ n: 1 }])
  })
})

describe('the sign-in challenge', () => {
  it('two tabs sending a code for one challenge at once: exactly one signs in, the other code stays unused', async () => {
    const staff = await newStaff()
    const { recoveryCodes } = await enrolled(staff)
    const token = await createSignInChallenge(db, staff.id, NOW)
    const results = await Promise.all([consumeSignInChallenge(db, token, recoveryCodes[0]!, NOW), consumeSignInChallenge(db, token, recoveryCodes[1]!, NOW)])
    expect(results.filter((result) => typeof result === 'object')).toEqual([{ staff, method: 'recovery' }])
    expect(results.filter((result) => result === 'expired')).toHaveLength(1)
    expect((await twoFactorStatus(db, staff)).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1)
  })

  it('survives a wrong code, and is pruned once expired', async () => {
    const staff = await newStaff()
    const { secret } = await enrolled(staff)
    const token = await createSignInChallenge(db, staff.id, NOW)
    expect(await consumeSignInChallenge(db, token, otherThan(appCode(secret, seconds(60))), seconds(60))).toBe('wrong')
    expect(await consumeSignInChallenge(db, token, appCode(secret, seconds(60)), seconds(60))).toMatchObject({ method: 'totp' })
    const stale = await createSignInChallenge(db, staff.id, NOW)
    expect(await challengeStaff(db, stale, seconds(60))).toMatchObject({ id: staff.id })
    await createSignInChallenge(db, staff.id, seconds(60 * 60))
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_sign_in_challenges WHERE expires_at <= $1', [seconds(60 * 60)])
    expect(rows).toEqual([{ n: 0 }])
  })
})

describe('an owner resetting it', () => {
  it("clears another account's second factor and ends its sessions, audited; not their own", async () => {
    const owner = await newStaff('owner')
    const staff = await newStaff()
    const { recoveryCodes } = await enrolled(staff)
    await enrolled(owner)
    const session = await createSession(db, staff.id)
    expect(await resetTwoFactor(db, owner, owner.id, NOW)).toBeNull()
    expect(await resetTwoFactor(db, owner, staff.id, NOW)).toBe(staff.email)
    expect(await twoFactorStatus(db, staff)).toMatchObject({ enrolled: false, recoveryCodesLeft: 0 })
    expect(await verifySecondFactor(db, staff, recoveryCodes[0]!, NOW)).toBeNull()
    expect(await staffForSession(db, session.token)).toBeNull()
    expect((await twoFactorStatus(db, owner)).enrolled).toBe(true)
    expect(await resetTwoFactor(db, owner, staff.id, NOW)).toBeNull()
    const audit = await db.query("SELECT staff_email, subject, before, after FROM audit_log WHERE action = 'staff.two_factor_reset'")
    expect(audit.rows).toEqual([{ staff_email: owner.email, subject: `staff:${staff.email}`, before: { twoFactor: true }, after: { twoFactor: false } }])
  })
})

describe('the second factor', () => {
  it('accepts the current code (and the neighbouring step, for clock drift), and refuses a wrong one', async () => {
    const staff = await newStaff()
    const { secret } = await enrolled(staff)
    expect(await verifySecondFactor(db, staff, appCode(secret, seconds(60)), seconds(60))).toBe('totp')
    expect(await verifySecondFactor(db, staff, appCode(secret, seconds(90)), seconds(120))).toBe('totp')
    expect(await verifySecondFactor(db, staff, otherThan(appCode(secret, seconds(180))), seconds(180))).toBeNull()
    expect(await verifySecondFactor(db, staff, appCode(secret, seconds(300)), seconds(180))).toBeNull()
    expect(await verifySecondFactor(db, staff, 'abcdef', seconds(180))).toBeNull()
  })

  it('refuses a code that was used already (replayed), also within its 30 seconds', async () => {
    const staff = await newStaff()
    const { secret } = await enrolled(staff)
    const code = appCode(secret, seconds(60))
    expect(await verifySecondFactor(db, staff, code, seconds(60))).toBe('totp')
    expect(await verifySecondFactor(db, staff, code, seconds(65))).toBeNull()
    // the enrolment's own code is used too
    expect(await verifySecondFactor(db, staff, appCode(secret, NOW), NOW)).toBeNull()
    // an older step than the newest used is refused as well
    expect(await verifySecondFactor(db, staff, appCode(secret, seconds(30)), seconds(60))).toBeNull()
  })

  it('accepts each recovery code once, typed in any case, with or without dashes', async () => {
    const staff = await newStaff()
    const { recoveryCodes } = await enrolled(staff)
    const [first, second] = recoveryCodes
    expect(await verifySecondFactor(db, staff, first!.toUpperCase(), NOW)).toBe('recovery')
    expect(await verifySecondFactor(db, staff, first!, NOW)).toBeNull()
    expect(await verifySecondFactor(db, staff, ` ${second!.replaceAll('-', '')} `, NOW)).toBe('recovery')
    expect((await twoFactorStatus(db, staff)).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 2)
    // another account's code opens nothing
    const other = await newStaff()
    await enrolled(other)
    expect(await verifySecondFactor(db, other, recoveryCodes[2]!, NOW)).toBeNull()
  })

  it('is turned off only with a valid code, and its recovery codes go', async () => {
    const staff = await newStaff()
    const { secret, recoveryCodes } = await enrolled(staff)
    expect(await disableTwoFactor(db, staff, otherThan(appCode(secret, seconds(60))), seconds(60))).toBe(false)
    expect(await disableTwoFactor(db, staff, appCode(secret, seconds(60)), seconds(60))).toBe(true)
    expect(await twoFactorStatus(db, staff)).toMatchObject({ enrolled: false, recoveryCodesLeft: 0 })
    expect(await verifySecondFactor(db, staff, recoveryCodes[0]!, seconds(60))).toBeNull()
  })
})

describe('an owner requiring it', () => {
  it('applies to every account without a second factor, audited with before and after', async () => {
    const owner = await newStaff('owner')
    const [without, withIt] = [await newStaff(), await newStaff()]
    await enrolled(withIt)
    expect(await twoFactorRequiredOf(db, without.id)).toBe(false)
    await setTwoFactorRequired(db, owner, true, NOW)
    expect(await twoFactorRequiredOf(db, without.id)).toBe(true)
    expect(await twoFactorRequiredOf(db, withIt.id)).toBe(false)
    expect((await twoFactorStatus(db, without)).required).toBe(true)
    await setTwoFactorRequired(db, owner, false, NOW)
    expect(await twoFactorRequiredOf(db, without.id)).toBe(false)
    const audit = await db.query("SELECT before, after FROM audit_log WHERE action = 'settings.require_two_factor' ORDER BY id")
    expect(audit.rows).toEqual([
      { before: { required: false }, after: { required: true } },
      { before: { required: true }, after: { required: false } },
    ])
  })
})
