import { createHash, createHmac } from 'node:crypto'
import { CONSENT_COOKIE } from '../components/journey-client'
import { env } from './env.server'
import { readCookies } from './cookies'
import { SESSION_COOKIE } from './session.server'

/**
 * Shared caching of the catalog pages (home, category, product). Those pages set no cookie, so a
 * visitor without the shop's cookies gets the same HTML as every other: a CDN or reverse proxy may
 * keep it (`s-maxage`, `stale-while-revalidate` from PAGE_CACHE_*) and browsers revalidate it with
 * its ETag. A visitor with a session (cart count, CSRF token) or a consent choice gets a private page.
 */

/** Cookies that change what a catalog page shows: the session (cart count, CSRF token) and the consent choice. */
const PERSONAL_COOKIES = [SESSION_COOKIE, CONSENT_COOKIE]

export function hasPersonalCookies(request: Request): boolean {
  const cookies = readCookies(request.headers.get('Cookie'))
  return PERSONAL_COOKIES.some((name) => Boolean(cookies[name]))
}

const PUBLIC = 'public'

/**
 * `Cache-Control` and `Vary` of a catalog page: shared for a visitor without the shop's cookies, else
 * private; private too when the page depends on something else of the request (`personal`).
 */
export function catalogPageHeaders(request: Request, { personal = false, cache = env.pageCache } = {}): HeadersInit {
  const { maxAge, staleWhileRevalidate } = cache
  return {
    'Cache-Control':
      personal || hasPersonalCookies(request)
        ? 'private, no-cache'
        : `${PUBLIC}, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`,
    Vary: 'Cookie',
  }
}

/** Whether a response may be kept by shared caches (what `catalogPageHeaders` sends to an anonymous visitor). */
export function isSharedCacheable(status: number, headers: Headers): boolean {
  return status === 200 && (headers.get('Cache-Control') ?? '').split(',')[0]!.trim() === PUBLIC
}

/**
 * A shared page's bytes must not change with each render, or neither ETags nor caches could match
 * them: its nonce becomes one derived from the page itself (keyed with the session secret). The
 * ETag hashes the page without the nonce.
 */
export function stableSharedPage(html: string, renderNonce: string, secret = env.sessionSecret): { html: string; nonce: string; etag: string } {
  const etag = `"${createHash('sha256').update(html.replaceAll(renderNonce, '')).digest('base64url').slice(0, 32)}"`
  const nonce = createHmac('sha256', secret).update(`page-nonce:${etag}`).digest('base64url').slice(0, 22)
  return { html: html.replaceAll(renderNonce, nonce), nonce, etag }
}

/** Whether `If-None-Match` names `etag` (weak or strong, or `*`): then the answer is 304. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === etag
  })
}
