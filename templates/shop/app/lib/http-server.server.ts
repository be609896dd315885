import { writeReadableStreamToWritable } from '@react-router/node'
import compression from 'compression'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { constants as zlibConstants } from 'node:zlib'
import { createRequestHandler, type ServerBuild } from 'react-router'
import serveStatic from 'serve-static'
import { announceFirstOwner } from './admin/first-owner.server'
import { adminCreate } from './admin/cli.server'
import { catalogCache } from './catalog-cache.server'
import { closeDatabase, DatabaseStartError, getDatabase } from './db.server'
import { startShopEmail } from './email/sender.server'
import { env, type ShopConfig } from './env.server'
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from './rate-limit.server'
import { createPageCache, type PageCache } from './page-cache.server'
import { malformedTarget } from './request-guard.server'
import { applySecurityHeaders } from './security-headers.server'

/** The shutdown deadline: in-flight requests get this long before the process exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 9_000

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** What the start-up log says about the configuration: never a secret or token, only where one is kept. */
export function startupBanner(config: ShopConfig): string[] {
  const lines: string[] = []
  if (config.mode === 'demo') {
    lines.push(
      '[shop] DEMO MODE: for trying the shop on this machine, not for real customers.',
      `[shop]   payments: ${config.stripe ? `Stripe (${config.stripe.mode} keys)` : 'the offline test adapter (no money moves; pay with 4242 4242 4242 4242)'}`,
      `[shop]   origin: ${config.shopUrl}`,
    )
    if (config.sessionSecretFile) lines.push(`[shop]   session secret: generated for this data folder, kept in ${config.sessionSecretFile}`)
  } else {
    lines.push(`[shop] ${config.mode} mode at ${config.shopUrl}; payments: ${config.stripe ? `Stripe (${config.stripe.mode} keys)` : 'the offline test adapter (PAYMENTS=test)'}`)
  }
  for (const retired of config.retired) lines.push(`[shop] warning: ${retired}`)
  return lines
}

/**
 * The shop's production server: opens the database (refusing to start when it cannot), serves
 * build/client and every page, and shuts down gracefully on SIGTERM / SIGINT.
 */
export async function startShopServer(build: ServerBuild, { clientDir }: { clientDir: string }): Promise<Server> {
  let email: ReturnType<typeof startShopEmail>
  try {
    const db = await getDatabase()
    console.log(`[shop] database ready (${db.kind === 'pglite' ? `PGlite in ${env.dataDir}` : 'PostgreSQL'})`)
    email = startShopEmail(db, env.email)
    console.log(email.banner)
    for (const line of await announceFirstOwner(db, env)) console.log(line)
  } catch (error) {
    if (!(error instanceof DatabaseStartError)) throw error
    console.error(`[shop] ${error.message}`)
    process.exit(1)
  }
  for (const line of startupBanner(env)) console.log(line)

  const shutdown = { stopping: false }
  const server = createServer(shopRequestListener(build, clientDir, env, () => shutdown.stopping))
  server.on('clientError', (_error, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    else socket.destroy()
  })
  await new Promise<void>((listening) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      console.error(`[shop] cannot listen on ${env.host ?? 'all interfaces'}:${env.port}: ${error.code === 'EADDRINUSE' ? 'the port is in use (set PORT)' : error.message}`)
      process.exit(1)
    })
    server.listen(env.port, env.host, listening)
  })
  console.log(`[shop] listening on http://${env.host ?? 'localhost'}:${env.port}`)
  stopOnSignals(server, shutdown, () => email.stop())
  return server
}

/** `node server.mjs admin:create …` (`npm run admin:create`): prints the account's set-password link, then exits. */
export async function runAdminCreate(args: string[]): Promise<void> {
  try {
    const db = await getDatabase()
    for (const line of await adminCreate(db, args, env.shopUrl)) console.log(line)
    await closeDatabase()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await closeDatabase()
    process.exit(1)
  }
}

function stopOnSignals(server: Server, shutdown: { stopping: boolean }, beforeClosingDatabase: () => Promise<void>): void {
  const stop = (signal: NodeJS.Signals) => {
    if (shutdown.stopping) {
      console.log(`[shop] ${signal} again: exiting now`)
      process.exit(1)
    }
    shutdown.stopping = true
    console.log(`[shop] ${signal}: finishing in-flight requests, then closing the database`)
    setTimeout(() => {
      console.error(`[shop] requests still running after ${SHUTDOWN_DEADLINE_MS / 1000} s: exiting`)
      process.exit(1)
    }, SHUTDOWN_DEADLINE_MS).unref()
    server.close(async () => {
      await beforeClosingDatabase()
      await closeDatabase()
      console.log('[shop] stopped')
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

/**
 * Every request: malformed targets refused, files from build/client, the rest to React Router; the
 * answer gzip- or brotli-compressed when the client accepts it (a phone on a slow network gets the
 * JavaScript in a third of the bytes; a CDN in front may do it instead).
 */
export function shopRequestListener(build: ServerBuild, clientDir: string, config: ShopConfig, isStopping: () => boolean) {
  const handle = createRequestHandler(build, 'production')
  // A sync flush after every write keeps a streamed page streaming (its shell before its slow parts).
  // (compression is typed as Express middleware; it uses nothing but Node's request and response)
  const compress = compression({ flush: zlibConstants.Z_SYNC_FLUSH }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  const files = serveStatic(clientDir, {
    index: false,
    redirect: false,
    setHeaders(res, path) {
      // Vite's hashed file names change with their content: cache them for good.
      res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
    },
  })

  // Rendered shared pages, invalidated with the catalog cache (one per process and database); none when it cannot start.
  let pages: Promise<PageCache | undefined> | undefined
  const pageCache = () =>
    (pages ??= (async () => {
      const catalog = await catalogCache(await getDatabase(), config.catalogCache)
      return createPageCache({ maxEntries: config.catalogCache.maxEntries, maxSeconds: config.catalogCache.ttlSeconds }, catalog)
    })().catch(() => (pages = undefined)))

  return (req: IncomingMessage, res: ServerResponse) => {
    const target = req.url ?? '/'
    const pathname = target.split('?')[0]!
    const headers = new Headers()
    applySecurityHeaders(headers, config, { pathname })
    for (const [name, value] of headers) res.setHeader(name, value)
    // While stopping, no connection is kept open for a next request.
    if (isStopping()) res.setHeader('Connection', 'close')

    const problem = malformedTarget(target)
    if (problem) return sendError(res, 400, problem)
    compress(req, res, () => {
      if ((req.method === 'GET' || req.method === 'HEAD') && isFilePath(pathname)) files(req, res, () => void render(req, res))
      else void render(req, res)
    })
  }

  async function render(req: IncomingMessage, res: ServerResponse) {
    const controller = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    try {
      const request = await toRequest(req, config, controller.signal)
      const pages = await pageCache()
      const renderedAt = pages?.generation ?? 0
      const stored = pages?.lookup(request)
      const rendered = stored ?? (await handle(request))
      const headers = new Headers(rendered.headers)
      applySecurityHeaders(headers, config, { pathname: new URL(request.url).pathname })
      // A request that was in flight when the shutdown began closes its connection after answering.
      if (isStopping()) headers.set('Connection', 'close')
      const response = stored || !pages ? rendered : await pages.keep(request, rendered, headers, renderedAt)
      res.statusCode = response.status
      for (const [name, value] of headers) if (name !== 'set-cookie') res.setHeader(name, value)
      const cookies = response.headers.getSetCookie()
      if (cookies.length) res.setHeader('Set-Cookie', cookies)
      if (response.body && req.method !== 'HEAD') await writeReadableStreamToWritable(response.body, res)
      else res.end()
    } catch (error) {
      if (error instanceof RequestError) return sendError(res, error.status, error.message)
      if (controller.signal.aborted) return
      console.error('[shop] request failed:', error instanceof Error ? error.message : error)
      if (!res.headersSent) sendError(res, 500, 'The shop could not handle that request.')
      else res.destroy()
    }
  }
}

/**
 * Whether a path may name a file of build/client: the files all have an extension (`/assets/…js`,
 * `/favicon.svg`), so a page path (`/p/aurora-5`) goes straight to the renderer without a disk lookup.
 */
export function isFilePath(pathname: string): boolean {
  return /(\.|%2e)[^/]*$/i.test(pathname)
}

function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return void res.destroy()
  res.statusCode = status
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  if (status === 413) res.setHeader('Connection', 'close')
  res.end(`${message}\n`)
}

/** The Fetch request for React Router: URL on SHOP_URL (never the Host header), the client's address, a size-limited body. */
async function toRequest(req: IncomingMessage, config: ShopConfig, signal: AbortSignal): Promise<Request> {
  const headers = new Headers()
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!
    if (name.toLowerCase() !== CLIENT_ADDRESS_HEADER) headers.append(name, req.rawHeaders[i + 1]!)
  }
  headers.set(CLIENT_ADDRESS_HEADER, resolveClientAddress(req.socket.remoteAddress, headers.get('x-forwarded-for'), config.trustProxy))
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, config.maxBodyBytes)
  return new Request(`${config.shopUrl}${req.url}`, { method, headers, body: body && new Uint8Array(body), signal })
}

/** The whole body, refused with 413 past `limit` bytes, whether it announces its length or streams chunks. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = new RequestError(413, `The request body is larger than ${limit} bytes.`)
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume()
    return Promise.reject(tooLarge)
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (finish: () => void) => {
      if (!settled) (settled = true), finish()
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) settle(() => reject(tooLarge))
      else if (!settled) chunks.push(chunk)
    })
    req.on('end', () => settle(() => resolve(Buffer.concat(chunks))))
    req.on('error', () => settle(() => reject(new RequestError(400, 'The request body could not be read.'))))
  })
}
