import { createReadableStreamFromReadable } from '@react-router/node'
import { isbot } from 'isbot'
import { PassThrough } from 'node:stream'
import { text } from 'node:stream/consumers'
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from 'react-dom/server'
import { isRouteErrorResponse, ServerRouter, type EntryContext, type HandleErrorFunction } from 'react-router'
import { NonceProvider } from './components/nonce'
import { isSharedCacheable, matchesIfNoneMatch, stableSharedPage } from './lib/cache.server'
import { env } from './lib/env.server'
import { startupBanner } from './lib/http-server.server'
import { applySecurityHeaders, createNonce } from './lib/security-headers.server'

// server.mjs (the production server) starts the shop through this; it is part of the server build.
export { runAdminCreate, startShopServer } from './lib/http-server.server'

// The development server has no start-up of its own: say which mode it runs in when it loads the app.
if (import.meta.env.DEV) for (const line of startupBanner(env)) console.log(line)

export const streamTimeout = 5_000

/**
 * Logs what failed on the server: the method and path (never the query, which can hold an order
 * link's token) and the error; nothing for a 404 or a request the client gave up.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted || (isRouteErrorResponse(error) && error.status < 500)) return
  console.error(`[shop] ${request.method} ${new URL(request.url).pathname} failed:`, error instanceof Error ? (error.stack ?? error.message) : error)
}

export default function handleRequest(request: Request, status: number, headers: Headers, context: EntryContext) {
  const nonce = createNonce()
  const pathname = new URL(request.url).pathname
  // The development server's own scripts (Vite's client, hot reload) carry no nonce: the policy is the production server's.
  const secure = (pageNonce: string) => {
    if (!import.meta.env.DEV) applySecurityHeaders(headers, env, { pathname, nonce: pageNonce })
  }
  if (request.method === 'GET' && isSharedCacheable(status, headers)) return sharedPage(request, headers, context, nonce, secure)
  secure(nonce)
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    // Crawlers get the complete page; browsers get the shell as soon as it is ready.
    const readyEvent = isbot(request.headers.get('user-agent')) || context.isSpaMode ? 'onAllReady' : 'onShellReady'
    const { pipe, abort } = render(request, context, nonce, {
      [readyEvent]() {
        shellRendered = true
        const body = new PassThrough()
        headers.set('Content-Type', 'text/html')
        resolve(new Response(createReadableStreamFromReadable(body), { headers, status }))
        pipe(body)
      },
      onShellError: reject,
      onError(error: unknown) {
        status = 500
        if (shellRendered) console.error('[shop] render failed:', error instanceof Error ? error.message : error)
      },
    })
    setTimeout(abort, streamTimeout + 1000)
  })
}

type RenderCallbacks = Pick<RenderToPipeableStreamOptions, 'onAllReady' | 'onShellReady' | 'onShellError' | 'onError'>

function render(request: Request, context: EntryContext, nonce: string, callbacks: RenderCallbacks) {
  return renderToPipeableStream(
    <NonceProvider value={nonce}>
      <ServerRouter context={context} url={request.url} nonce={nonce} />
    </NonceProvider>,
    {
      nonce,
      // Completed sections stay in place, however large: React would otherwise stream a big one
      // after the shell and reveal it by script, and the deferred sections (deferred-section.tsx)
      // must be plain server HTML until their code arrives.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      ...callbacks,
    },
  )
}

/**
 * A page shared caches may keep (cache.server.ts): rendered whole, the same bytes for the same
 * content (a nonce derived from the page), with an ETag; 304 when the client already holds it.
 */
function sharedPage(request: Request, headers: Headers, context: EntryContext, renderNonce: string, secure: (nonce: string) => void) {
  return new Promise<Response>((resolve, reject) => {
    let failed = false
    const { pipe, abort } = render(request, context, renderNonce, {
      onAllReady() {
        const body = new PassThrough()
        pipe(body)
        text(body).then((rendered) => {
          const page = stableSharedPage(fetchModulesAtLowPriority(rendered), renderNonce)
          secure(page.nonce)
          headers.set('ETag', page.etag)
          headers.set('Content-Type', 'text/html')
          // A page with a failed section is not kept: the next request renders it again.
          if (failed) headers.set('Cache-Control', 'no-store')
          if (!failed && matchesIfNoneMatch(request.headers.get('If-None-Match'), page.etag)) resolve(new Response(null, { status: 304, headers }))
          else resolve(new Response(page.html, { status: failed ? 500 : 200, headers }))
        }, reject)
      },
      onShellError: reject,
      onError() {
        failed = true
      },
    })
    setTimeout(abort, streamTimeout + 1000)
  })
}

/**
 * A shared catalog page works as server HTML before it hydrates (links, forms, its deferred sections), so its
 * module scripts are fetched at low priority: the stylesheets and the text of the first paint get the
 * connection first, and on a slow phone the framework chunk (108 KB) no longer competes with them. Private
 * pages (cart, checkout, account) keep the browser's default: their forms want their code soon. React
 * Router's `<Scripts>` has no attribute for it.
 */
function fetchModulesAtLowPriority(html: string): string {
  return html.replaceAll('<link rel="modulepreload"', '<link rel="modulepreload" fetchpriority="low"')
}
