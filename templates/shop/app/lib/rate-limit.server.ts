import { randomBytes } from 'node:crypto'
import { data } from 'react-router'

const windows = new Map<string, { count: number; resetAt: number }>()

/**
 * Fixed-window rate limit per key (e.g. `reviews:<ip>`): throws a 429 response with Retry-After
 * once `limit` requests were made within `windowMs`. In memory: one server process.
 */
export function rateLimit(key: string, { limit, windowMs }: { limit: number; windowMs: number }, now = Date.now()): void {
  let window = windows.get(key)
  if (!window || window.resetAt <= now) {
    window = { count: 0, resetAt: now + windowMs }
    windows.set(key, window)
  }
  window.count += 1
  if (window.count > limit) {
    const retryAfter = Math.ceil((window.resetAt - now) / 1000)
    throw data({ error: 'Too many requests. Try again in a moment.' }, { status: 429, headers: { 'Retry-After': String(retryAfter) } })
  }
  if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k)
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

/** For tests. */
export function resetRateLimits(): void {
  windows.clear()
}
