// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATA_LOCK_STALE_MS } from '../app/lib/db.server'
import { buildShop, freePort, productionEnv, spawnShop, startShop, waitUntilListening, type RunningShop } from './harness'

/**
 * The built production server (`node server.mjs`), spawned as an operator would run it: start-up
 * refusal, demo mode, the data-folder lock, graceful shutdown, headers and malformed input.
 */
const temporaryDirs: string[] = []
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jk-shop-server-'))
  temporaryDirs.push(dir)
  return dir
}
afterAll(() => temporaryDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
beforeAll(() => buildShop(), 600_000)

interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A request with the target exactly as given (no URL normalisation), and an optional body written in parts. */
function raw(url: string, target: string, { method = 'GET', headers = {}, chunks = [] as (string | Buffer)[] } = {}): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(url)
    const req = httpRequest({ hostname, port, path: target, method, headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', fail)
    for (const chunk of chunks) req.write(chunk)
    req.end()
  })
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m

async function refusal(env: Record<string, string>, args: string[] = []) {
  const shop = spawnShop({ PORT: String(await freePort()), SHOP_DATA_DIR: dataDir(), NODE_ENV: 'production', ...env }, args)
  const code = await shop.exited
  return { code, output: shop.output() }
}

describe('start-up refusal', () => {
  it('refuses a production start without configuration, listing every problem in one message without a stack trace', async () => {
    const { code, output } = await refusal({})
    expect(code).not.toBe(0)
    expect(output).toContain('The shop cannot start; fix its configuration')
    expect(output).toContain('SESSION_SECRET is required in production')
    expect(output).toContain('SHOP_URL is required in production')
    expect(output).toContain('a payment configuration is required in production')
    expect(output).not.toMatch(STACK_LINE)
  })

  it('names what is missing or wrong in a partial or malformed Stripe configuration', async () => {
    const { code, output } = await refusal({
      SESSION_SECRET: 's'.repeat(40),
      SHOP_URL: 'https://shop.example.com',
      STRIPE_SECRET_KEY: 'pk_test_123',
      STRIPE_PUBLISHABLE_KEY: 'pk_live_123',
    })
    expect(code).not.toBe(0)
    expect(output).toContain('STRIPE_SECRET_KEY must start with sk_test_ or sk_live_')
    expect(output).toContain('STRIPE_WEBHOOK_SECRET missing')
    expect(output).not.toMatch(STACK_LINE)
  })

  it('ends with one readable line, without the password, when PostgreSQL cannot be reached', async () => {
    const port = await freePort()
    const { code, output } = await refusal({ ...productionEnv(await freePort(), dataDir()), DATABASE_URL: `postgres://shop:hunter2secret@127.0.0.1:${port}/shop` })
    expect(code).not.toBe(0)
    expect(output.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^\\[shop\\] PostgreSQL at 127\\.0\\.0\\.1:${port}/shop cannot be reached: .*ECONNREFUSED`))])
    expect(output).not.toContain('hunter2secret')
  })

  it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
    const { code, output } = await refusal({ ...productionEnv(await freePort(), dataDir()), DATABASE_URL: 'mysql://shop:hunter2secret@db/shop' })
    expect(code).not.toBe(0)
    expect(output).toContain('DATABASE_URL must be a PostgreSQL URL')
    expect(output).not.toContain('hunter2secret')
    expect(output).not.toMatch(STACK_LINE)
  })
})

describe('demo mode', () => {
  it('starts with no configuration when asked with --demo, says so, and keeps its generated secrets in the data folder (0600), logging only where', async () => {
    const dir = dataDir()
    const port = await freePort()
    const { PATH, HOME } = process.env
    const shop = spawnShop({ PATH: PATH ?? '', HOME: HOME ?? '', PORT: String(port), SHOP_DATA_DIR: dir, ADMIN_EMAIL: 'owner@shop.example' }, ['--demo'])
    try {
      await waitUntilListening(`http://127.0.0.1:${port}`, shop)
      const output = shop.output()
      expect(output).toContain('DEMO MODE')
      expect(output).toContain('the offline test adapter')
      expect(output).toContain(`origin: http://localhost:${port}`)
      expect(output).toMatch(new RegExp(`back office: owner owner@shop\\.example created; set the password within 24 hours at http://localhost:${port}/admin/set-password\\?token=[\\w-]{40,}`))
      expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600)
      expect(output).not.toContain(readFileSync(join(dir, 'session-secret'), 'utf8').trim())
    } finally {
      shop.child.kill('SIGTERM')
      await shop.exited
    }
  }, 240_000)
})

describe('one server per data folder', () => {
  it('refuses a second server on the same folder, and a lock left by a killed server expires', async () => {
    const dir = dataDir()
    const first = await startShop({}, { dataDir: dir })
    try {
      const second = await refusal(productionEnv(await freePort(), dir))
      expect(second.code).not.toBe(0)
      expect(second.output).toContain(`Another shop server is using the data folder ${dir}`)
      expect(second.output).not.toMatch(STACK_LINE)

      first.child.kill('SIGKILL')
      await new Promise((done) => first.child.once('exit', done))
      await new Promise((done) => setTimeout(done, DATA_LOCK_STALE_MS + 1000))
      const third = await startShop({}, { dataDir: dir })
      expect((await fetch(third.url)).status).toBe(200)
      await third.stop({ keepData: true })
    } finally {
      await first.stop({ keepData: true })
    }
  }, 240_000)
})

describe('graceful shutdown', () => {
  /** Opens a POST whose body is still arriving: an in-flight request. */
  function slowPost(shop: RunningShop) {
    const { port } = new URL(shop.url)
    let finish!: () => void
    const answer = new Promise<RawAnswer>((done, fail) => {
      const req = httpRequest({ hostname: '127.0.0.1', port, path: '/api/events', method: 'POST', headers: { 'content-type': 'text/html' } }, (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }))
      })
      req.on('error', fail)
      req.write('<p>')
      finish = () => req.end('</p>')
    })
    return { answer, finish: () => finish() }
  }

  it('on SIGTERM stops accepting, finishes the in-flight request, closes the database and exits 0 within 10 s', async () => {
    const shop = await startShop()
    const inFlight = slowPost(shop)
    await new Promise((done) => setTimeout(done, 300))
    const signalledAt = Date.now()
    shop.child.kill('SIGTERM')
    await new Promise((done) => setTimeout(done, 300))
    await expect(fetch(shop.url)).rejects.toThrow()
    inFlight.finish()
    expect((await inFlight.answer).status).toBe(415)
    const code = await new Promise((done) => shop.child.once('exit', done))
    expect(code).toBe(0)
    expect(Date.now() - signalledAt).toBeLessThan(10_000)
    expect(shop.output()).toContain('[shop] stopped')
    await shop.stop()
  }, 240_000)

  it('exits within 10 s even when a request never finishes, and at once on a second signal', async () => {
    const stuck = await startShop()
    void slowPost(stuck).answer.catch(() => {})
    await new Promise((done) => setTimeout(done, 300))
    let signalledAt = Date.now()
    stuck.child.kill('SIGTERM')
    expect(await new Promise((done) => stuck.child.once('exit', done))).not.toBeNull()
    expect(Date.now() - signalledAt).toBeLessThan(10_000)
    await stuck.stop()

    const twice = await startShop()
    void slowPost(twice).answer.catch(() => {})
    await new Promise((done) => setTimeout(done, 300))
    signalledAt = Date.now()
    twice.child.kill('SIGINT')
    await new Promise((done) => setTimeout(done, 200))
    twice.child.kill('SIGINT')
    await new Promise((done) => twice.child.once('exit', done))
    expect(Date.now() - signalledAt).toBeLessThan(3_000)
    await twice.stop()
  }, 240_000)
})

describe('headers and input', () => {
  let shop: RunningShop
  let configured: RunningShop
  beforeAll(async () => {
    ;[shop, configured] = await Promise.all([
      startShop({ MAX_BODY_BYTES: '4096' }),
      startShop({
        SHOP_URL: 'https://shop.example.com',
        GA4_MEASUREMENT_ID: 'G-HEADERS1',
        SEGMENT_WRITE_KEY: 'segKey123',
        PAYMENTS: '',
        STRIPE_SECRET_KEY: 'sk_test_headers',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_headers',
        STRIPE_WEBHOOK_SECRET: 'whsec_headers',
        FRAME_ANCESTORS: 'https://partner.example',
        TRUST_PROXY: '1',
      }),
    ])
  }, 180_000)
  afterAll(async () => {
    await shop?.stop()
    await configured?.stop()
  })

  const csp = (answer: RawAnswer) => String(answer.headers['content-security-policy'])
  const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `)) ?? ''

  // A page shared caches keep has one nonce per version instead (catalog-cache.test.ts).
  it('gives every inline script of a page the nonce of its response, and allows no other inline script', async () => {
    const first = await raw(shop.url, '/cart')
    const second = await raw(shop.url, '/cart')
    const nonce = /'nonce-([^']+)'/.exec(directive(csp(first), 'script-src'))?.[1]
    expect(nonce).toBeTruthy()
    expect(directive(csp(second), 'script-src')).not.toContain(nonce)
    expect(csp(first)).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    const inlineScripts = [...first.body.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)([^>]*)>/g)]
    expect(inlineScripts.length).toBeGreaterThan(0)
    for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`)
  })

  it('sends nosniff, the referrer policy and frame-ancestors on pages, data, files and errors; no HSTS over http', async () => {
    const asset = /\/assets\/[\w.-]+\.js/.exec((await raw(shop.url, '/')).body)?.[0]
    for (const target of ['/', '/api/events', '/favicon.svg', asset!, '/no-such-page', '/p/%00']) {
      const answer = await raw(shop.url, target)
      expect(answer.headers['x-content-type-options'], target).toBe('nosniff')
      expect(answer.headers['referrer-policy'], target).toBe('strict-origin-when-cross-origin')
      expect(directive(csp(answer), 'frame-ancestors'), target).toBe("frame-ancestors 'none'")
      expect(answer.headers['strict-transport-security'], target).toBeUndefined()
    }
    expect((await raw(shop.url, asset!)).headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('compresses pages and files for a client that accepts gzip, and sends them as they are to one that does not', async () => {
    const answer = (target: string, headers: Record<string, string>) =>
      new Promise<{ encoding?: string; vary?: string; body: Buffer }>((done, fail) => {
        const { hostname, port } = new URL(shop.url)
        httpRequest({ hostname, port, path: target, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => done({ encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(chunks) }))
        })
          .on('error', fail)
          .end()
      })
    const asset = /\/assets\/framework-[\w-]+\.js/.exec((await raw(shop.url, '/')).body)?.[0]
    expect(asset).toBeTruthy()
    const stored = readFileSync(join(import.meta.dirname, '..', 'build/client', asset!))
    const plain = await answer(asset!, {})
    expect(plain.encoding).toBeUndefined()
    expect(plain.body.equals(stored)).toBe(true)
    const gzipped = await answer(asset!, { 'Accept-Encoding': 'gzip' })
    expect(gzipped.encoding).toBe('gzip')
    expect(gzipped.vary).toContain('Accept-Encoding')
    expect(gunzipSync(gzipped.body).equals(stored)).toBe(true)
    expect(gzipped.body.length).toBeLessThan(stored.length / 2)

    const page = await answer('/p/aurora-5', { 'Accept-Encoding': 'gzip' })
    expect(page.encoding).toBe('gzip')
    expect(gunzipSync(page.body).toString()).toContain('<h1 class="pdp-name">Aurora 5</h1>')
  })

  it('sends no-store on the pages that hold personal data, and not on the catalog', async () => {
    for (const target of ['/cart', '/checkout', '/account', '/journey', '/orders/unknown', '/cart.data']) {
      expect((await raw(shop.url, target)).headers['cache-control'], target).toBe('no-store')
    }
    expect((await raw(shop.url, '/')).headers['cache-control']).not.toBe('no-store')
  })

  it('adds the analytics and Stripe hosts, the embedders and HSTS only when configured', async () => {
    const plain = csp(await raw(shop.url, '/'))
    expect(plain).not.toMatch(/googletagmanager|segment|stripe/)
    const policy = csp(await raw(configured.url, '/'))
    expect(directive(policy, 'script-src')).toMatch(/https:\/\/www\.googletagmanager\.com.*https:\/\/cdn\.segment\.com.*https:\/\/js\.stripe\.com/)
    expect(directive(policy, 'connect-src')).toContain('https://api.stripe.com')
    expect(directive(policy, 'frame-src')).toBe('frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com')
    expect(directive(policy, 'frame-ancestors')).toBe('frame-ancestors https://partner.example')
    expect((await raw(configured.url, '/')).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
  })

  it('makes canonical, Open Graph and JSON-LD links from SHOP_URL, whatever Host the request names', async () => {
    const slug = /href="\/p\/([\w-]+)"/.exec((await raw(configured.url, '/c/headphones')).body)?.[1]
    const page = await raw(configured.url, `/p/${slug}`, { headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' } })
    expect(page.status).toBe(200)
    expect(page.body).toContain(`<link rel="canonical" href="https://shop.example.com/p/${slug}"/>`)
    expect(page.body).toMatch(/<meta property="og:image" content="https:\/\/shop\.example\.com\//)
    expect(page.body).toContain(`"url":"https://shop.example.com/p/${slug}"`)
    expect(page.body).not.toContain('evil.example')
  })

  it.each([
    ['a NUL byte in the path', '/p/%00'],
    ['a NUL byte in a query parameter', '/c/headphones?sort=%00'],
    ['bad percent-encoding', '/c/%ZZ'],
    ['a truncated escape', '/?q=%E0%A4%A'],
    ['invalid UTF-8', '/c/headphones?q=%C3%28'],
  ])('answers %s with 400, not 500', async (_name, target) => {
    const answer = await raw(shop.url, target)
    expect(answer.status).toBe(400)
  })

  it('refuses a body over MAX_BODY_BYTES with 413, announced or chunked', async () => {
    const big = Buffer.alloc(3000, 'a')
    const announced = await raw(shop.url, '/api/events', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '5000' }, chunks: [big, big.subarray(0, 2000)] })
    expect(announced.status).toBe(413)
    const chunked = await raw(shop.url, '/api/events', { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, chunks: [big, big] })
    expect(chunked.status).toBe(413)
    expect((await fetch(shop.url)).status).toBe(200)
  })

  it('refuses a form post without the session’s CSRF token (double submit) with 403', async () => {
    const form = 'intent=add&variantId=aurora-5-black&quantity=1&_csrf=guessed'
    const answer = await raw(shop.url, '/cart', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, chunks: [form] })
    expect(answer.status).toBe(403)
  })

  it('serves no file outside build/client, however the path is spelled', async () => {
    for (const target of ['/../package.json', '/assets/../../server.mjs', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json']) {
      const answer = await raw(shop.url, target)
      expect(answer.status, target).toBeGreaterThanOrEqual(400)
      expect(answer.status, target).toBeLessThan(500)
      expect(answer.body, target).not.toMatch(/"dependencies"|startShopServer/)
    }
  })

  it('treats SQL in parameters as text', async () => {
    expect((await raw(shop.url, "/c/headphones?brand=%27%20OR%201%3D1%20--")).status).toBe(200)
    expect((await raw(shop.url, "/p/x%27%20OR%20%271%27%3D%271")).status).toBe(404)
  })

  it('keys rate limits on the socket address, trusting X-Forwarded-For only as far as TRUST_PROXY', async () => {
    const post = (url: string, forwardedFor: string) => raw(url, '/api/events', { method: 'POST', headers: { 'content-type': 'text/html', 'x-forwarded-for': forwardedFor }, chunks: ['x'] })
    // No proxy: a client that writes a new X-Forwarded-For every time is still one client.
    const statuses = []
    for (let i = 0; i < 121; i++) statuses.push((await post(shop.url, `203.0.113.${i}`)).status)
    expect(statuses.slice(0, 120).every((status) => status === 415)).toBe(true)
    expect(statuses[120]).toBe(429)
    // One trusted proxy: the proxy's entry names the client; one client's limit leaves the others alone.
    for (let i = 0; i < 120; i++) await post(configured.url, '198.51.100.1')
    expect((await post(configured.url, '198.51.100.1')).status).toBe(429)
    expect((await post(configured.url, '198.51.100.2')).status).toBe(415)
  })
})
