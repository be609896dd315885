import { data, redirect } from 'react-router'
import type { Database } from '../db.server'
import { readCookie } from '../cookies'
import { env } from '../env.server'
import { clientAddress, rateLimit } from '../rate-limit.server'
import { requireCsrf } from '../session.server'
import { recordAudit } from './audit.server'
import { refuseUnsafeInput } from './input-guard.server'
import { challengeStaff, consumeSignInChallenge, createSignInChallenge, isEnrolled, SIGN_IN_CHALLENGE_TTL_MS, twoFactorRequiredOf } from './two-factor.server'
import { can, createSession, revokeSession, SESSION_TTL_MS, staffForSession, verifyCredentials, type Permission, type StaffMember } from './staff.server'

export const STAFF_COOKIE = 'jk_staff'
/** Between the password and the second factor. */
export const CHALLENGE_COOKIE = 'jk_staff_challenge'
/** The sign-in's second step. */
export const CODE_PATH = '/admin/login/code'

const cookieValue = (request: Request, cookieName: string) => readCookie(request.headers.get('Cookie'), cookieName)

/** The session token from the request's cookie, or undefined. */
export const staffToken = (request: Request) => cookieValue(request, STAFF_COOKIE)

/** HttpOnly (no script reads it), SameSite=Lax (not sent on another site's posts), Secure over https. */
function secureCookie(name: string, token: string, maxAgeSeconds: number): string {
  return `${name}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${env.isProduction ? '; Secure' : ''}`
}

export const staffCookie = (token: string, maxAgeSeconds = SESSION_TTL_MS / 1000) => secureCookie(STAFF_COOKIE, token, maxAgeSeconds)
export const clearStaffCookie = () => staffCookie('', 0)
const challengeCookie = (token: string, maxAgeSeconds = SIGN_IN_CHALLENGE_TTL_MS / 1000) => secureCookie(CHALLENGE_COOKIE, token, maxAgeSeconds)

export interface StaffContext {
  staff: StaffMember
  token: string
}

/** Where a staff member without the second factor an owner requires is sent (the only page they may use). */
export const ENROL_PATH = '/admin/account?two-factor=required'

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
export async function requireStaff(
  db: Database,
  request: Request,
  permission: Permission,
  { beforeTwoFactor = false }: { /** The pages a staff member may use before enrolling when an owner requires it. */ beforeTwoFactor?: boolean } = {},
): Promise<StaffContext> {
  const context = await currentStaff(db, request)
  if (!context) {
    if (request.method === 'GET' || request.method === 'HEAD') {
      const url = new URL(request.url)
      throw redirect(`/admin/login?next=${encodeURIComponent(url.pathname + url.search)}`, { headers: { 'Set-Cookie': clearStaffCookie() } })
    }
    throw data({ error: 'Sign in again: your session has ended.' }, { status: 401, headers: { 'Set-Cookie': clearStaffCookie() } })
  }
  if (!can(context.staff.role, permission)) throw data({ error: 'Your role does not allow this.' }, { status: 403 })
  refuseUnsafeInput(request)
  if (!beforeTwoFactor && (await twoFactorRequiredOf(db, context.staff.id))) {
    if (request.method === 'GET' || request.method === 'HEAD') throw redirect(ENROL_PATH)
    throw data({ error: 'Set up two-factor sign-in first.' }, { status: 403 })
  }
  return context
}

/** Every admin action's guard: the staff guard, the form's input guard, then the shop's CSRF token (`_csrf`), before anything changes. */
export async function requireStaffAction(
  db: Database,
  request: Request,
  form: FormData,
  permission: Permission,
  options?: Parameters<typeof requireStaff>[3],
): Promise<StaffContext> {
  const context = await requireStaff(db, request, permission, options)
  refuseUnsafeInput(form)
  await requireCsrf(request, form)
  return context
}

export const LOGIN_LIMITS = {
  perAccount: { limit: 5, windowMs: 15 * 60_000 },
  perClient: { limit: 20, windowMs: 15 * 60_000 },
}

/** A signed-in session's cookie, or, for an account with a second factor, the challenge cookie the code step needs. */
export type SignInStep = { step: 'signed-in' | 'second-factor'; setCookie: string }

/**
 * Signs in: rate limited per account and per client address (429 with Retry-After beyond), then the
 * password is checked. Null for wrong credentials.
 */
export async function signIn(db: Database, request: Request, email: string, password: string): Promise<SignInStep | null> {
  await rateLimit(db, `admin-login:client:${clientAddress(request)}`, LOGIN_LIMITS.perClient)
  await rateLimit(db, `admin-login:account:${email.trim().toLowerCase()}`, LOGIN_LIMITS.perAccount)
  const staff = await verifyCredentials(db, email, password)
  if (!staff) return null
  if (await isEnrolled(db, staff.id)) return { step: 'second-factor', setCookie: challengeCookie(await createSignInChallenge(db, staff.id)) }
  return { step: 'signed-in', setCookie: await startSession(db, staff, 'password') }
}

async function startSession(db: Database, staff: StaffMember, method: 'password' | 'totp' | 'recovery'): Promise<string> {
  const session = await createSession(db, staff.id)
  await recordAudit(db, staff, { action: 'staff.sign_in', subject: `staff:${staff.email}`, after: { method } })
  return staffCookie(session.token)
}

/**
 * Every step that takes a second-factor code (signing in, setting up or replacing it, turning it off)
 * draws on one budget per account and per client, like passwords: 429 with Retry-After beyond.
 */
export async function limitCodeAttempts(db: Database, request: Request, staffId: string): Promise<void> {
  await rateLimit(db, `admin-code:client:${clientAddress(request)}`, LOGIN_LIMITS.perClient)
  await rateLimit(db, `admin-code:account:${staffId}`, LOGIN_LIMITS.perAccount)
}

/** Whether the request carries a live challenge (the password was right a moment ago). */
export async function hasSignInChallenge(db: Database, request: Request): Promise<boolean> {
  const token = cookieValue(request, CHALLENGE_COOKIE)
  return Boolean(token && (await challengeStaff(db, token)))
}

/**
 * The code step: the challenge from the password step, then a code from the app or a recovery code,
 * rate limited like passwords (per account and per client). The Set-Cookie headers of the new session
 * (the challenge cleared), 'wrong', or 'expired' when there is no live challenge (sign in again).
 */
export async function completeSignIn(db: Database, request: Request, code: string): Promise<string[] | 'wrong' | 'expired'> {
  const token = cookieValue(request, CHALLENGE_COOKIE)
  const staff = token ? await challengeStaff(db, token) : null
  if (!token || !staff) return 'expired'
  await limitCodeAttempts(db, request, staff.id)
  const result = await consumeSignInChallenge(db, token, code)
  if (typeof result === 'string') return result
  const { method } = result
  if (method === 'recovery') await recordAudit(db, staff, { action: 'staff.recovery_code_use', subject: `staff:${staff.email}` })
  return [await startSession(db, staff, method), challengeCookie('', 0)]
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
