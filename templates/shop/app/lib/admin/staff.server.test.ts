// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { openTestDatabase } from '../test-database.server'
import {
  can,
  changePassword,
  createSession,
  createStaff,
  ensureFirstOwner,
  issueSetPasswordToken,
  PasswordPolicyError,
  revokeAllSessions,
  revokeSession,
  SESSION_TTL_MS,
  SET_PASSWORD_TTL_MS,
  setPasswordWithToken,
  staffForSession,
  verifyCredentials,
} from './staff.server'

let db: Database
const NOW = new Date('2026-12-01T10:00:00Z')
const later = (ms: number) => new Date(NOW.getTime() + ms)

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())

describe('roles', () => {
  it('gives owners everything, staff orders and reviews, analysts the dashboard only', () => {
    expect(can('owner', 'staff')).toBe(true)
    expect(can('owner', 'audit')).toBe(true)
    expect(can('staff', 'orders')).toBe(true)
    expect(can('staff', 'reviews')).toBe(true)
    expect(can('staff', 'audit')).toBe(false)
    expect(can('analyst', 'dashboard')).toBe(true)
    expect(can('analyst', 'orders')).toBe(false)
    expect(can('analyst', 'reviews')).toBe(false)
  })
})

describe('first owner', () => {
  it('is created from ADMIN_EMAIL once, without a password, and nothing happens on later starts', async () => {
    const first = await ensureFirstOwner(db, ' Owner@Example.com ', NOW)
    expect(first?.staff).toMatchObject({ email: 'owner@example.com', role: 'owner' })
    expect(first?.setPasswordToken).toMatch(/^[\w-]{40,}$/)
    expect(await ensureFirstOwner(db, 'other@example.com', NOW)).toBeNull()
    expect(await verifyCredentials(db, 'owner@example.com', '')).toBeNull()

    // the link sets the password once, stored as an argon2id hash
    await expect(setPasswordWithToken(db, first!.setPasswordToken, 'short', NOW)).rejects.toThrow(PasswordPolicyError)
    expect(await setPasswordWithToken(db, first!.setPasswordToken, 'correct horse battery', NOW)).toMatchObject({ email: 'owner@example.com' })
    expect(await setPasswordWithToken(db, first!.setPasswordToken, 'another good password', NOW)).toBeNull()
    const { rows } = await db.query<{ password_hash: string }>("SELECT password_hash FROM staff_users WHERE email = 'owner@example.com'")
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/)
    expect(await verifyCredentials(db, 'OWNER@example.com', 'correct horse battery')).toMatchObject({ role: 'owner' })
    expect(await verifyCredentials(db, 'owner@example.com', 'correct horse battery!')).toBeNull()
  })

  it('does nothing without ADMIN_EMAIL', async () => {
    expect(await ensureFirstOwner(db, undefined, NOW)).toBeNull()
  })
})

describe('set-password links', () => {
  it('expire, and a new link replaces the old one', async () => {
    const { staff, setPasswordToken } = await createStaff(db, { email: 'expiring@example.com', role: 'staff' }, NOW)
    expect(await setPasswordWithToken(db, setPasswordToken, 'a long enough password', later(SET_PASSWORD_TTL_MS + 1))).toBeNull()
    const fresh = await issueSetPasswordToken(db, staff.id, NOW)
    expect(await setPasswordWithToken(db, setPasswordToken, 'a long enough password', NOW)).toBeNull()
    expect(await setPasswordWithToken(db, fresh, 'a long enough password', NOW)).toMatchObject({ id: staff.id })
  })

  it('refuses a duplicate email and an unknown role', async () => {
    await expect(createStaff(db, { email: 'EXPIRING@example.com', role: 'staff' }, NOW)).rejects.toThrow()
    await expect(createStaff(db, { email: 'x@example.com', role: 'root' as never }, NOW)).rejects.toThrow(/Unknown role/)
  })
})

describe('sessions', () => {
  async function member(email: string) {
    const { staff, setPasswordToken } = await createStaff(db, { email, role: 'analyst' }, NOW)
    await setPasswordWithToken(db, setPasswordToken, 'the first password', NOW)
    return staff
  }

  it('open the account until they expire', async () => {
    const staff = await member('session@example.com')
    const { token, expiresAt } = await createSession(db, staff.id, NOW)
    expect(expiresAt.getTime() - NOW.getTime()).toBe(SESSION_TTL_MS)
    expect(await staffForSession(db, token, later(SESSION_TTL_MS - 1))).toMatchObject({ id: staff.id, role: 'analyst' })
    expect(await staffForSession(db, token, later(SESSION_TTL_MS))).toBeNull()
    expect(await staffForSession(db, 'not-a-token', NOW)).toBeNull()
    const { rows } = await db.query('SELECT 1 FROM staff_sessions WHERE token_hash = $1', [token])
    expect(rows).toHaveLength(0)
  })

  it('end when revoked, one at a time or all at once', async () => {
    const staff = await member('revoke@example.com')
    const [a, b, c] = await Promise.all([createSession(db, staff.id, NOW), createSession(db, staff.id, NOW), createSession(db, staff.id, NOW)])
    await revokeSession(db, a.token, NOW)
    expect(await staffForSession(db, a.token, NOW)).toBeNull()
    expect(await staffForSession(db, b.token, NOW)).not.toBeNull()
    expect(await revokeAllSessions(db, staff.id, NOW)).toBe(2)
    expect(await staffForSession(db, b.token, NOW)).toBeNull()
    expect(await staffForSession(db, c.token, NOW)).toBeNull()
  })

  it('a password change needs the current password and ends the other sessions', async () => {
    const staff = await member('change@example.com')
    const mine = await createSession(db, staff.id, NOW)
    const elsewhere = await createSession(db, staff.id, NOW)
    expect(await changePassword(db, staff, 'wrong password', 'the second password', mine.token, NOW)).toBe(false)
    await expect(changePassword(db, staff, 'the first password', 'short', mine.token, NOW)).rejects.toThrow(PasswordPolicyError)
    expect(await changePassword(db, staff, 'the first password', 'the second password', mine.token, NOW)).toBe(true)
    expect(await staffForSession(db, mine.token, NOW)).not.toBeNull()
    expect(await staffForSession(db, elsewhere.token, NOW)).toBeNull()
    expect(await verifyCredentials(db, staff.email, 'the first password')).toBeNull()
    expect(await verifyCredentials(db, staff.email, 'the second password')).not.toBeNull()
  })
})
