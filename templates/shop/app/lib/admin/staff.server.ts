import { hash, verify } from '@node-rs/argon2'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Queryable } from '../db.server'

import { MIN_PASSWORD_LENGTH, STAFF_ROLES, type StaffRole } from './constants'

export { MIN_PASSWORD_LENGTH, STAFF_ROLES, type StaffRole }

export type Permission = 'dashboard' | 'orders' | 'reviews' | 'catalog' | 'audit' | 'staff' | 'customers' | 'erasure' | 'promotions'

const PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  owner: ['dashboard', 'orders', 'reviews', 'catalog', 'audit', 'staff', 'customers', 'erasure', 'promotions'],
  staff: ['dashboard', 'orders', 'reviews', 'catalog', 'customers', 'promotions'],
  analyst: ['dashboard'],
}

export function can(role: StaffRole, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission)
}

export interface StaffMember {
  id: string
  email: string
  name: string
  role: StaffRole
}

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000
export const SET_PASSWORD_TTL_MS = 24 * 60 * 60 * 1000

/** A password the back office refuses; `message` is shown to the person choosing it. */
export class PasswordPolicyError extends Error {
  override name = 'PasswordPolicyError'
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase()
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
export const newToken = () => randomBytes(32).toString('base64url')

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new PasswordPolicyError(`Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  if (password.length > 256) throw new PasswordPolicyError('Use at most 256 characters.')
}

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
export const hashPassword = (password: string) => hash(password)

const STAFF_COLUMNS = 'id, email, name, role'

export async function findStaffByEmail(db: Queryable, email: string): Promise<StaffMember | null> {
  const { rows } = await db.query<StaffMember>(`SELECT ${STAFF_COLUMNS} FROM staff_users WHERE email = $1`, [normaliseEmail(email)])
  return rows[0] ?? null
}

/** Every account, with whether it signs in with a second factor. */
export async function listStaff(db: Queryable): Promise<Array<StaffMember & { twoFactor: boolean }>> {
  const { rows } = await db.query<StaffMember & { twoFactor: boolean }>(
    `SELECT ${STAFF_COLUMNS}, totp_enabled_at IS NOT NULL AS "twoFactor" FROM staff_users ORDER BY email`,
  )
  return rows
}

/** A new account without a password, and the one-time token its set-password link carries. */
export async function createStaff(
  db: Queryable,
  input: { email: string; name?: string; role: StaffRole },
  now: Date = new Date(),
): Promise<{ staff: StaffMember; setPasswordToken: string }> {
  const email = normaliseEmail(input.email)
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Not an email address: ${input.email}`)
  if (!STAFF_ROLES.includes(input.role)) throw new Error(`Unknown role: ${input.role}`)
  const token = newToken()
  const { rows } = await db.query<StaffMember>(
    `INSERT INTO staff_users (id, email, name, role, password_token_hash, password_token_expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${STAFF_COLUMNS}`,
    [randomUUID(), email, input.name?.trim() || email, input.role, sha256(token), new Date(now.getTime() + SET_PASSWORD_TTL_MS), now],
  )
  return { staff: rows[0]!, setPasswordToken: token }
}

/** A fresh set-password link for an existing account (forgotten password, expired link); the old link stops working. */
export async function issueSetPasswordToken(db: Queryable, staffId: string, now: Date = new Date()): Promise<string> {
  const token = newToken()
  await db.query('UPDATE staff_users SET password_token_hash = $2, password_token_expires_at = $3 WHERE id = $1', [
    staffId,
    sha256(token),
    new Date(now.getTime() + SET_PASSWORD_TTL_MS),
  ])
  return token
}

/** The account a set-password token opens, or null when it is unknown, used or expired. */
export async function staffForSetPasswordToken(db: Queryable, token: string, now: Date = new Date()): Promise<StaffMember | null> {
  const { rows } = await db.query<StaffMember>(
    `SELECT ${STAFF_COLUMNS} FROM staff_users WHERE password_token_hash = $1 AND password_token_expires_at > $2`,
    [sha256(token), now],
  )
  return rows[0] ?? null
}

/**
 * Sets the password a one-time link allows (the link is used up) and ends every session of the account.
 * @returns the account, or null when the link is unknown, used or expired.
 * @throws {PasswordPolicyError}
 */
export async function setPasswordWithToken(db: Queryable, token: string, password: string, now: Date = new Date()): Promise<StaffMember | null> {
  checkPassword(password)
  const staff = await staffForSetPasswordToken(db, token, now)
  if (!staff) return null
  const passwordHash = await hashPassword(password)
  const { rows } = await db.query(
    `UPDATE staff_users SET password_hash = $2, password_token_hash = NULL, password_token_expires_at = NULL
     WHERE id = $1 AND password_token_hash = $3 RETURNING id`,
    [staff.id, passwordHash, sha256(token)],
  )
  if (rows.length === 0) return null
  await revokeAllSessions(db, staff.id, now)
  return staff
}

/** The account for an email and password, or null (unknown email, no password yet, wrong password). */
export async function verifyCredentials(db: Queryable, email: string, password: string): Promise<StaffMember | null> {
  const { rows } = await db.query<StaffMember & { password_hash: string | null }>(
    `SELECT ${STAFF_COLUMNS}, password_hash FROM staff_users WHERE email = $1`,
    [normaliseEmail(email)],
  )
  const row = rows[0]
  if (!row?.password_hash || !(await verify(row.password_hash, password))) return null
  return { id: row.id, email: row.email, name: row.name, role: row.role }
}

/**
 * Replaces the password after checking the current one; every other session of the account ends.
 * @returns false when the current password is wrong. @throws {PasswordPolicyError}
 */
export async function changePassword(
  db: Queryable,
  staff: StaffMember,
  current: string,
  next: string,
  keepSessionToken: string,
  now: Date = new Date(),
): Promise<boolean> {
  checkPassword(next)
  if (!(await verifyCredentials(db, staff.email, current))) return false
  await db.query('UPDATE staff_users SET password_hash = $2 WHERE id = $1', [staff.id, await hashPassword(next)])
  await db.query('UPDATE staff_sessions SET revoked_at = $2 WHERE staff_id = $1 AND revoked_at IS NULL AND token_hash <> $3', [
    staff.id,
    now,
    sha256(keepSessionToken),
  ])
  return true
}

// Sessions

/** A new session; the returned token goes into the cookie, only its hash into the database. */
export async function createSession(db: Queryable, staffId: string, now: Date = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken()
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await db.query('INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    sha256(token),
    staffId,
    now,
    expiresAt,
  ])
  return { token, expiresAt }
}

/** The account of a live session (not expired, not revoked), or null. */
export async function staffForSession(db: Queryable, token: string, now: Date = new Date()): Promise<StaffMember | null> {
  const { rows } = await db.query<StaffMember>(
    `SELECT u.id, u.email, u.name, u.role FROM staff_sessions s JOIN staff_users u ON u.id = s.staff_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
    [sha256(token), now],
  )
  return rows[0] ?? null
}

export async function revokeSession(db: Queryable, token: string, now: Date = new Date()): Promise<void> {
  await db.query('UPDATE staff_sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [sha256(token), now])
}

/** Signs the account out everywhere. */
export async function revokeAllSessions(db: Queryable, staffId: string, now: Date = new Date()): Promise<number> {
  const { rows } = await db.query('UPDATE staff_sessions SET revoked_at = $2 WHERE staff_id = $1 AND revoked_at IS NULL RETURNING token_hash', [staffId, now])
  return rows.length
}

/**
 * The first owner, from ADMIN_EMAIL, when the shop has no staff yet: the account and its set-password
 * token, or null when staff exist already (a later start changes nothing).
 */
export async function ensureFirstOwner(db: Queryable, adminEmail: string | undefined, now: Date = new Date()) {
  if (!adminEmail) return null
  const { rows } = await db.query('SELECT 1 FROM staff_users LIMIT 1')
  if (rows.length > 0) return null
  return createStaff(db, { email: adminEmail, role: 'owner' }, now)
}

export const setPasswordPath = (token: string) => `/admin/set-password?token=${encodeURIComponent(token)}`
