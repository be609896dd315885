import { randomUUID } from 'node:crypto'
import { createCookieSessionStorage, data } from 'react-router'
import { env } from './env.server'

interface SessionData {
  /** Anonymous visitor id (cart owner, review voter). */
  visitorId: string
  cartId: string
  /** Double-submit token every form post must carry as `_csrf`. */
  csrf: string
}

export const SESSION_COOKIE = 'jk_session'

const storage = createCookieSessionStorage<SessionData>({
  cookie: {
    name: SESSION_COOKIE,
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: env.isProduction,
    secrets: [env.sessionSecret],
    maxAge: 60 * 60 * 24 * 90,
  },
})

export interface ShopSession {
  visitorId: string
  cartId: string
  csrf: string
  /** `Set-Cookie` to send when the session was created or changed; undefined when unchanged. */
  setCookie: string | undefined
}

/** The visitor's session, created on first visit (ids and the CSRF token are stable afterwards). */
export async function getShopSession(request: Request): Promise<ShopSession> {
  const session = await storage.getSession(request.headers.get('Cookie'))
  let changed = false
  for (const key of ['visitorId', 'cartId', 'csrf'] as const) {
    if (!session.get(key)) {
      session.set(key, randomUUID())
      changed = true
    }
  }
  return {
    visitorId: session.get('visitorId')!,
    cartId: session.get('cartId')!,
    csrf: session.get('csrf')!,
    setCookie: changed ? await storage.commitSession(session) : undefined,
  }
}

/**
 * The visitor's session when the request carries one; never creates one, so a page that needs no
 * session (the cacheable catalog pages) sets no cookie.
 */
export async function readShopSession(request: Request): Promise<ShopSession | null> {
  const session = await storage.getSession(request.headers.get('Cookie'))
  const [visitorId, cartId, csrf] = [session.get('visitorId'), session.get('cartId'), session.get('csrf')]
  return visitorId && cartId && csrf ? { visitorId, cartId, csrf, setCookie: undefined } : null
}

/** Headers that persist a new session; spread into a response's headers. */
export function sessionHeaders(session: ShopSession): HeadersInit {
  return session.setCookie ? { 'Set-Cookie': session.setCookie } : {}
}

/**
 * Refuses a form post whose `_csrf` field does not match the session's token (403), so another
 * site cannot make a visitor's browser post to the shop. A visitor's first post has no session yet
 * (catalog pages set none, so they can be cached): it must come from the shop's own pages
 * (`Sec-Fetch-Site`, else `Origin`), and starts the session (send `sessionHeaders`).
 */
export async function requireCsrf(request: Request, form: FormData): Promise<ShopSession> {
  const existing = await readShopSession(request)
  if (existing ? form.get('_csrf') !== existing.csrf : !isSameOrigin(request)) {
    throw data({ error: 'The form expired. Reload the page and try again.' }, { status: 403 })
  }
  return existing ?? getShopSession(request)
}

/**
 * The visitor's session for a request that needs one but carries no form (a JSON post): the
 * existing one, else a new one when the request comes from the shop's own pages (send
 * `sessionHeaders`), else 403.
 */
export async function requireSession(request: Request): Promise<ShopSession> {
  const existing = await readShopSession(request)
  if (existing) return existing
  if (!isSameOrigin(request)) throw data({ error: 'Open the shop’s page first, then try again.' }, { status: 403 })
  return getShopSession(request)
}

function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin'
  const origin = request.headers.get('origin')
  return origin !== null && (origin === new URL(request.url).origin || origin === env.shopUrl)
}
