import { LRUCache } from 'lru-cache'
import { isSharedCacheable, matchesIfNoneMatch } from './cache.server'

export interface StoredPage {
  status: number
  headers: Array<[string, string]>
  body: Uint8Array<ArrayBuffer>
}

/** What a page cache needs from the catalog cache: whether it is caching now, and a call on each change. */
export interface CatalogChanges {
  readonly caching: boolean
  onChange(listener: () => void): void
}

/** Headers that belong to one connection, not to the page. */
const CONNECTION_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding'])

/**
 * Rendered catalog pages kept in process, the way the shared cache the pages ask for (a CDN, nginx)
 * keeps them: a `public` 200 (`isSharedCacheable`) without Set-Cookie that varies on nothing but the
 * Cookie header, kept for its `s-maxage` (at most `maxSeconds`), served again only to a GET or HEAD
 * without any cookie from the same referrer origin (`pageKey`), with a 304 when its ETag matches. Every catalog change (any process, through
 * the catalog cache's notifications) drops them all, and nothing is kept while the catalog cache is
 * not caching (turned off, or its listener reconnecting). So a page in this cache is never older
 * than what a CDN in front would serve, and usually fresher. Saves the render, which is most of a
 * product page's time on PostgreSQL.
 */
export function createPageCache({ maxEntries, maxSeconds }: { maxEntries: number; maxSeconds: number }, catalog: CatalogChanges) {
  const pages = new LRUCache<string, StoredPage>({ max: maxEntries, ttl: Math.max(1, maxSeconds) * 1000 })
  // Bumped by every change: a page rendered before it is not kept.
  let generation = 0
  catalog.onChange(() => {
    generation++
    pages.clear()
  })
  const servable = (request: Request) => (request.method === 'GET' || request.method === 'HEAD') && !request.headers.has('Cookie')

  return {
    /** Taken before rendering, handed to `keep`. */
    get generation() {
      return generation
    },
    /** The stored page for `request`, as a Response (304 when the client holds it), if there is one. */
    lookup(request: Request): Response | undefined {
      if (!servable(request) || !catalog.caching) return undefined
      const page = pages.get(pageKey(request))
      if (!page) return undefined
      const headers = new Headers(page.headers)
      if (matchesIfNoneMatch(request.headers.get('If-None-Match'), headers.get('ETag') ?? '')) return new Response(null, { status: 304, headers })
      return new Response(request.method === 'HEAD' ? null : page.body, { status: page.status, headers })
    },
    /**
     * Keeps `response` (answered to `request`, rendered from `renderedAt` = `generation` before it, with its
     * final `headers`) when a shared cache could; returns what to send.
     */
    async keep(request: Request, response: Response, headers: Headers, renderedAt: number): Promise<Response> {
      const seconds = Math.min(maxSeconds, sharedMaxAge(headers))
      const storable =
        renderedAt === generation && servable(request) && request.method === 'GET' && catalog.caching && seconds > 0 && isSharedCacheable(response.status, headers) &&
        !headers.has('Set-Cookie') && (headers.get('Vary') ?? 'Cookie').split(',').every((name) => name.trim().toLowerCase() === 'cookie')
      if (!storable) return new Response(response.body, { status: response.status, headers })
      const body = new Uint8Array(await response.arrayBuffer())
      const kept = [...headers].filter(([name]) => !CONNECTION_HEADERS.has(name))
      pages.set(pageKey(request), { status: response.status, headers: kept, body }, { ttl: seconds * 1000 })
      return new Response(body, { status: response.status, headers })
    },
  }
}

export type PageCache = ReturnType<typeof createPageCache>

/**
 * The page's URL and where the visitor came from (the referrer's origin): the home page's hero follows the
 * referrer (such a page is private, so never kept), and a page kept for one referrer is served to that one only.
 */
function pageKey(request: Request): string {
  const referrer = request.headers.get('Referer')
  let from = ''
  try {
    if (referrer) from = new URL(referrer).origin
  } catch {
    from = 'unreadable'
  }
  return `${request.url} ${from}`
}

/** The `s-maxage` of a Cache-Control header, in seconds; 0 without one. */
function sharedMaxAge(headers: Headers): number {
  const match = /(?:^|,)\s*s-maxage=(\d+)/.exec(headers.get('Cache-Control') ?? '')
  return match ? Number(match[1]) : 0
}
