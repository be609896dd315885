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

/** The client's address as the rate-limit key part (first X-Forwarded-For hop behind a proxy). */
export function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local'
}

/** For tests. */
export function resetRateLimits(): void {
  windows.clear()
}
