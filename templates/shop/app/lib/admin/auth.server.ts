import { data, redirect } from 'react-router'
import type { Database } from '../db.server'
import { env } from '../env.server'
import { clientAddress, rateLimit } from '../rate-limit.server'
import { requireCsrf } from '../session.server'
import { recordAudit } from './audit.server'
import { can, createSession, revokeSession, SESSION_TTL_MS, staffForSession, verifyCredentials, type Permission, type StaffMember } from './staff.server'

export const STAFF_COOKIE = 'jk_staff'

/** The session token from the request's cookie, or undefined. */
export function staffToken(request: Request): string | undefined {
  const cookie = request.headers.get('Cookie') ?? ''
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === STAFF_COOKIE) return decodeURIComponent(value.join('=')) || undefined
  }
  return undefined
}

/** HttpOnly (no script reads it), SameSite=Lax (not sent on another site's posts), Secure over https. */
export function staffCookie(token: string, maxAgeSeconds = SESSION_TTL_MS / 1000): string {
  return `${STAFF_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${env.isProduction ? '; Secure' : ''}`
}

export const clearStaffCookie = () => staffCookie('', 0)

export interface StaffContext {
  staff: StaffMember
  token: string
}

/** The signed-in staff member, or null (no cookie, unknown, expired or revoked session). */
export async function currentStaff(db: Database, request: Request): Promise<StaffContext | null> {
  const token = staffToken(request)
  if (!token) return null
  const staff = await staffForSession(db, token)
  return staff ? { staff, token } : null
}

/**
 * Every admin page's guard: without a live session a page redirects to the sign-in form (other
 * requests get 401); a role without `permission` gets 403.
 */
export async function requireStaff(db: Database, request: Request, permission: Permission): Promise<StaffContext> {
  const context = await currentStaff(db, request)
  if (!context) {
    if (request.method === 'GET' || request.method === 'HEAD') {
      const url = new URL(request.url)
      throw redirect(`/admin/login?next=${encodeURIComponent(url.pathname + url.search)}`, { headers: { 'Set-Cookie': clearStaffCookie() } })
    }
    throw data({ error: 'Sign in again: your session has ended.' }, { status: 401, headers: { 'Set-Cookie': clearStaffCookie() } })
  }
  if (!can(context.staff.role, permission)) throw data({ error: 'Your role does not allow this.' }, { status: 403 })
  return context
}

/** Every admin action's guard: the staff guard, then the shop's CSRF token (`_csrf`), before anything changes. */
export async function requireStaffAction(db: Database, request: Request, form: FormData, permission: Permission): Promise<StaffContext> {
  const context = await requireStaff(db, request, permission)
  await requireCsrf(request, form)
  return context
}

export const LOGIN_LIMITS = {
  perAccount: { limit: 5, windowMs: 15 * 60_000 },
  perClient: { limit: 20, windowMs: 15 * 60_000 },
}

/**
 * Signs in: rate limited per account and per client address (429 with Retry-After beyond), then the
 * password is checked. Returns the Set-Cookie of a new session, or null for wrong credentials.
 */
export async function signIn(db: Database, request: Request, email: string, password: string): Promise<string | null> {
  rateLimit(`admin-login:client:${clientAddress(request)}`, LOGIN_LIMITS.perClient)
  rateLimit(`admin-login:account:${email.trim().toLowerCase()}`, LOGIN_LIMITS.perAccount)
  const staff = await verifyCredentials(db, email, password)
  if (!staff) return null
  const session = await createSession(db, staff.id)
  await recordAudit(db, staff, { action: 'staff.sign_in', subject: `staff:${staff.email}` })
  return staffCookie(session.token)
}

export async function signOut(db: Database, request: Request): Promise<string> {
  const token = staffToken(request)
  if (token) await revokeSession(db, token)
  return clearStaffCookie()
}

/** Where to go after signing in: a path inside /admin or /journey only (never another site). */
export function safeNext(next: string | null): string {
  if (next && /^\/(admin|journey)(?:[/?]|$)/.test(next) && !next.startsWith('//')) return next
  return '/admin'
}
