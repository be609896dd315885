// @vitest-environment node
import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { openTestDatabase } from '../test-database.server'
import { createStaff, type StaffMember } from './staff.server'
import {
  confirmEnrolment,
  disableTwoFactor,
  RECOVERY_CODE_COUNT,
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
