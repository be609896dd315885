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

const storage = createCookieSessionStorage<SessionData>({
  cookie: {
    name: 'jk_session',
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

/** Headers that persist a new session; spread into a response's headers. */
export function sessionHeaders(session: ShopSession): HeadersInit {
  return session.setCookie ? { 'Set-Cookie': session.setCookie } : {}
}

/**
 * Refuses a form post whose `_csrf` field does not match the session's token (403), so another
 * site cannot make a visitor's browser post to the shop.
 */
export async function requireCsrf(request: Request, form: FormData): Promise<ShopSession> {
  const session = await getShopSession(request)
  if (form.get('_csrf') !== session.csrf) {
    throw data({ error: 'The form expired. Reload the page and try again.' }, { status: 403 })
  }
  return session
}
