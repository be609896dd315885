import { createHash, randomBytes } from 'node:crypto'
import { data } from 'react-router'
import type { Queryable } from './db.server'

export interface RateLimit {
  limit: number
  windowMs: number
}

interface Window {
  count: number
  resetAt: number
}

/** How often (in calls per process) the windows that ended are deleted from the database. */
const SWEEP_EVERY = 1000

/**
 * A fixed-window rate limiter per key (e.g. `reviews:<ip>`), counted in the database
 * (`rate_limit_windows`, migration 020), so every shop process on one database draws on the same
 * budget: `limit` requests per `windowMs`, then a 429 with Retry-After until the window ends.
 *
 * Each process also counts what it sees itself, in the shared windows (each ends when the database
 * says it does): a client that sent this process alone more than `limit` requests in the current
 * window is refused without asking the database, as the shared count would refuse it, so a flood
 * costs no writes. One per process: `rateLimit`; tests make more to play several processes on one
 * database.
 */
export function createRateLimiter() {
  const seenHere = new Map<string, Window>()
  let calls = 0

  async function rateLimit(db: Queryable, key: string, { limit, windowMs }: RateLimit, now = Date.now()): Promise<void> {
    const local = countIn(seenHere, key, windowMs, now)
    if (local.count > limit) refuse(local.resetAt, now)
    if (++calls % SWEEP_EVERY === 0) {
      await db.query('DELETE FROM rate_limit_windows WHERE reset_at <= $1', [now])
      for (const [seenKey, window] of seenHere) if (window.resetAt <= now) seenHere.delete(seenKey)
    }
    const { rows } = await db.query<{ count: number; reset_at: number }>(
      `INSERT INTO rate_limit_windows AS w (key, count, reset_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET count = CASE WHEN w.reset_at <= $3 THEN 1 ELSE w.count + 1 END,
                                       reset_at = CASE WHEN w.reset_at <= $3 THEN EXCLUDED.reset_at ELSE w.reset_at END
       RETURNING count, reset_at::float8 AS reset_at`,
      [storedKey(key), now + windowMs, now],
    )
    const shared = rows[0]!
    local.resetAt = shared.reset_at
    if (shared.count > limit) refuse(shared.reset_at, now)
  }
  /** Forgets what this process counted (tests; `resetRateLimits`). */
  const forget = () => seenHere.clear()
  return Object.assign(rateLimit, { forget })
}

/** This process's limiter (see createRateLimiter). */
export const rateLimit = createRateLimiter()

/**
 * The key as the database keeps it: a digest, so a key made of what a client sent (a review id, a product id)
 * is counted whatever it holds (PostgreSQL refuses a NUL byte in text) and costs the same few bytes however long.
 */
function storedKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url')
}

function countIn(windows: Map<string, Window>, key: string, windowMs: number, now: number): Window {
  let window = windows.get(key)
  if (!window || window.resetAt <= now) {
    window = { count: 0, resetAt: now + windowMs }
    windows.set(key, window)
  }
  window.count += 1
  return window
}

function refuse(resetAt: number, now: number): never {
  throw data({ error: 'Too many requests. Try again in a moment.' }, { status: 429, headers: { 'Retry-After': String(Math.max(1, Math.ceil((resetAt - now) / 1000))) } })
}

/**
 * The header through which the shop's server (server.mjs) hands a request's client address to the
 * routes. Its name is random per process, so a client cannot send it and pose as another address.
 */
export const CLIENT_ADDRESS_HEADER = `x-shop-client-${randomBytes(8).toString('hex')}`

/**
 * The client's address from the connection: the socket's peer, or, behind `trustProxy` proxies
 * (TRUST_PROXY), the X-Forwarded-For entry that many hops from the right. Entries further left were
 * written by the client and are never trusted.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | null | undefined, trustProxy: number): string {
  const hops = [...(forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter(Boolean), socketAddress ?? 'unknown']
  const address = hops[Math.max(0, hops.length - 1 - trustProxy)]!
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
}

/** The client's address as the rate-limit key part; 'local' under the development server, which does not pass it. */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'local'
}

/** For tests: every window, in the database and in this process, forgotten. */
export async function resetRateLimits(db: Queryable): Promise<void> {
  rateLimit.forget()
  await db.query('DELETE FROM rate_limit_windows')
}
