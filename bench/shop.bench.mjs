// The built shop (templates/shop): JavaScript and CSS gzipped per page route, the JavaScript a first
// product-page visit loads, and Lighthouse scores (simulated
// throttling; median of 3 runs) in Debian Chromium: home, product and checkout on the default
// (mobile) config, the product page also on the desktop preset.
//
// The shop is built in place, then its build/ is copied to a private directory the whole bench runs
// on, so another build of the shared working tree cannot swap the assets mid-run. The copy sits
// under templates/shop/node_modules/.cache so the server build still resolves its dependencies.
import autocannon from 'autocannon'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs'
import { freePort } from '../scripts/free-port.mjs'
import { median } from './lib.mjs'

const root = new URL('..', import.meta.url).pathname
const shopDir = join(root, 'templates/shop')
const bin = (name) => join(root, 'node_modules/.bin', name)

const PAGE_ROUTES = ['home', 'category', 'product', 'cart', 'checkout', 'order', 'account', 'journey']
const PRODUCT_JS_BUDGET = 120 * 1024
export const PRODUCT_PATH = '/p/aurora-5'
const CART_VARIANT = 'aurora-5-black'
/** `preset`: Lighthouse's default config (a mid-range phone on a slow 4G) or its desktop preset. */
const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '/', preset: 'mobile' },
  { name: 'product', path: PRODUCT_PATH, preset: 'mobile' },
  { name: 'checkout', path: '/checkout', preset: 'mobile' },
  { name: 'product', path: PRODUCT_PATH, preset: 'desktop' },
]
const LIGHTHOUSE_CONFIGS = { mobile: undefined, desktop: desktopConfig }
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices']
const LIGHTHOUSE_RUNS = 3
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

/** The browser manifest of a build (`window.__reactRouterManifest`): entry and route modules with their imports and CSS. */
function readClientManifest(buildDir) {
  const assetsDir = join(buildDir, 'client/assets')
  const files = readdirSync(assetsDir).filter((file) => /^manifest-[\w-]+\.js$/.test(file))
  if (files.length !== 1) return null
  const window = {}
  runInNewContext(readFileSync(join(assetsDir, files[0]), 'utf8'), { window })
  return { file: `/assets/${files[0]}`, ...window.__reactRouterManifest }
}

/** A consistent build: one browser manifest, the one the server build names, and every file it lists. */
function isConsistent(buildDir) {
  const manifest = readClientManifest(buildDir)
  if (!manifest) return false
  // the server build is split in chunks: one of them names the manifest
  const serverFiles = readdirSync(join(buildDir, 'server'), { recursive: true }).filter((file) => String(file).endsWith('.js'))
  if (!serverFiles.some((file) => readFileSync(join(buildDir, 'server', String(file)), 'utf8').includes(manifest.file))) return false
  const modules = [manifest.entry, ...Object.values(manifest.routes)].flatMap((part) => [part.module, ...(part.imports ?? []), ...(part.css ?? [])])
  return modules.every((url) => existsSync(join(buildDir, 'client', url)))
}

/** Builds the shop and returns a private, consistent copy of its build/ (retries when a concurrent build tore it). */
export function buildSnapshot() {
  const cacheDir = join(shopDir, 'node_modules/.cache')
  mkdirSync(cacheDir, { recursive: true })
  const snapshotDir = mkdtempSync(join(cacheDir, 'jk-shop-bench-'))
  try {
    for (let attempt = 1; attempt <= 3; attempt++) {
      execFileSync(bin('react-router'), ['build'], { cwd: shopDir, stdio: 'pipe' })
      rmSync(join(snapshotDir, 'build'), { recursive: true, force: true })
      cpSync(join(shopDir, 'build'), join(snapshotDir, 'build'), { recursive: true })
      cpSync(join(shopDir, 'server.mjs'), join(snapshotDir, 'server.mjs'))
      if (isConsistent(join(snapshotDir, 'build'))) return snapshotDir
    }
    throw new Error('templates/shop/build changed while it was copied, three times: is another build running?')
  } catch (error) {
    rmSync(snapshotDir, { recursive: true, force: true })
    throw error
  }
}

function gzippedBytes(buildDir, url) {
  return gzipSync(readFileSync(join(buildDir, 'client', url)), { level: 9 }).byteLength
}

/**
 * JS and CSS each page route's document preloads: the entry, root and route modules with their
 * imports (the document's modulepreload and stylesheet links). The manifest file is not counted: with
 * lazy route discovery the document inlines the part it needs. Sections deferred until visible
 * are not in it: `firstVisitScripts` measures what a visit really loads.
 */
function routeSizes(buildDir) {
  const manifest = readClientManifest(buildDir)
  const rootRoute = manifest.routes.root
  return PAGE_ROUTES.map((name) => {
    const route = manifest.routes[`routes/${name}`]
    if (!route) throw new Error(`the shop has no route routes/${name}`)
    const parts = [manifest.entry, rootRoute, route]
    const js = new Set([...parts.flatMap((part) => [part.module, ...(part.imports ?? [])])])
    // Stylesheets come from the manifest, or from `links` that import them `?url` (the shop's way):
    // those modules hold the stylesheet's built URL.
    const linked = [...js].flatMap((url) => readFileSync(join(buildDir, 'client', url), 'utf8').match(/\/assets\/[\w.-]+\.css/g) ?? [])
    const css = new Set([...parts.flatMap((part) => part.css ?? []), ...linked])
    const sum = (urls) => [...urls].reduce((total, url) => total + gzippedBytes(buildDir, url), 0)
    return { name, js: sum(js), css: sum(css) }
  })
}

/**
 * Serves the snapshot with the shop's production server (server.mjs) on a fresh embedded database (or
 * what `extraEnv` sets, e.g. DATABASE_URL); resolves once it answers. `nodeArgs` go to node before
 * server.mjs (e.g. `--cpu-prof`).
 */
export async function startShop(snapshotDir, extraEnv = {}, { nodeArgs = [] } = {}) {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'jk-shop-bench-data-'))
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SHOP_URL: `http://127.0.0.1:${port}`,
    SHOP_DATA_DIR: dataDir,
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-session-secret-of-32-characters-or-more',
    PAYMENTS: 'test',
  }
  // No external services: embedded PGlite, the offline payment adapter, no third-party tags.
  for (const name of Object.keys(env)) if (/^(DATABASE_URL|STRIPE_|GA4_|SEGMENT_|SHOP_DEMO|JOURNEY_DASHBOARD_TOKEN)/.test(name)) delete env[name]
  Object.assign(env, extraEnv)
  const child = spawn(process.execPath, [...nodeArgs, 'server.mjs'], { cwd: snapshotDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`the shop exited (${child.exitCode}):\n${output}`)
    }
    try {
      if ((await fetch(url)).ok) return { url, stop, pid: child.pid }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the shop did not start within 120 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * The JavaScript a first visit of the product page really downloads, in Chromium at Lighthouse's
 * phone viewport and at a desktop one, without scrolling: the preloaded modules plus the deferred
 * sections that start in or near the viewport (gzipped sizes of the built files it requested).
 */
async function firstVisitScripts(url, buildDir) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const sizes = {}
    for (const [device, viewport] of Object.entries({ phone: { width: 412, height: 823 }, desktop: { width: 1350, height: 940 } })) {
      const page = await browser.newPage({ viewport })
      const scripts = new Set()
      page.on('request', (request) => {
        const { pathname } = new URL(request.url())
        if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) scripts.add(pathname)
      })
      await page.goto(url + PRODUCT_PATH, { waitUntil: 'networkidle' })
      await page.waitForTimeout(500)
      sizes[device] = [...scripts].reduce((total, pathname) => total + gzippedBytes(buildDir, pathname), 0)
      await page.close()
    }
    return sizes
  } finally {
    await browser.close()
  }
}

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/** CPU time (user + system, all threads) a process has used so far, in ms, from /proc (Linux). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND
}

/**
 * Requests per second of `path` (the product page) with 10 connections for 10 s, after a 2 s warm-up; latency in ms;
 * `headers` sent with every request.
 * With the server's `pid`, also the server's CPU time per request over the 10 s (its own process only, not PostgreSQL's).
 */
export async function throughput(url, path = PRODUCT_PATH, { pid, headers } = {}) {
  const target = { url: url + path, connections: 10, ...(headers ? { headers } : {}) }
  await autocannon({ ...target, duration: 2 })
  const cpuBefore = pid ? cpuMs(pid) : 0
  const result = await autocannon({ ...target, duration: 10 })
  const cpuMsPerRequest = pid ? Math.round(((cpuMs(pid) - cpuBefore) / result.requests.total) * 100) / 100 : undefined
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(`${path} load test: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`)
  }
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMsPerRequest }
}

/**
 * A session cookie whose cart holds one item, so /checkout renders instead of redirecting to /cart:
 * the first add to cart from the shop's own page starts the session (catalog pages set no cookie).
 */
async function cartCookie(url) {
  const added = await fetch(url + '/cart.data', {
    method: 'POST',
    headers: { Origin: url, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ intent: 'add', variantId: CART_VARIANT, quantity: '1', _csrf: '' }),
    redirect: 'manual',
  })
  const cookie = added.headers.getSetCookie().map((header) => header.split(';')[0]).find((pair) => pair.startsWith('jk_session='))
  if (!added.ok || !cookie) throw new Error(`adding ${CART_VARIANT} to the cart answered ${added.status} ${cookie ? 'with' : 'without'} a jk_session cookie`)
  const checkout = await fetch(url + '/checkout', { headers: { Cookie: cookie }, redirect: 'manual' })
  if (checkout.status !== 200) throw new Error(`/checkout with a filled cart answered ${checkout.status}`)
  return cookie
}

/** One Lighthouse run of a preset (simulated throttling): the category scores ×100 and CLS. */
async function audit(port, url, cookie, preset) {
  const flags = { port, logLevel: 'error', output: 'json', onlyCategories: LIGHTHOUSE_CATEGORIES, extraHeaders: { Cookie: cookie } }
  const { lhr } = await lighthouse(url, flags, LIGHTHOUSE_CONFIGS[preset])
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  if (lhr.finalDisplayedUrl !== url) throw new Error(`Lighthouse on ${url} ended on ${lhr.finalDisplayedUrl}`)
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]))
  return { ...scores, cls: lhr.audits['cumulative-layout-shift'].numericValue }
}

/** Per page, the median of LIGHTHOUSE_RUNS runs of each figure (simulated throttling still varies with the machine's load). */
async function lighthouseScores(url, cookie) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS })
  try {
    const pages = []
    for (const page of LIGHTHOUSE_PAGES) {
      const runs = []
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await audit(chrome.port, url + page.path, cookie, page.preset))
      const medianOf = (key) => median(runs.map((run) => run[key]))
      pages.push({ page: page.name, preset: page.preset, categories: LIGHTHOUSE_CATEGORIES.map((id) => ({ id, score: medianOf(id) })), cls: medianOf('cls') })
    }
    return pages
  } finally {
    chrome.kill()
  }
}

export async function run() {
  const snapshotDir = buildSnapshot()
  try {
    const figures = routeSizes(join(snapshotDir, 'build')).flatMap(({ name, js, css }) => [
      { name: `shop: ${name} page JS preloaded (gzip)`, value: js, unit: 'B', budget: null },
      { name: `shop: ${name} page CSS (gzip)`, value: css, unit: 'B', budget: null },
    ])
    const shop = await startShop(snapshotDir)
    try {
      const firstVisit = await firstVisitScripts(shop.url, join(snapshotDir, 'build'))
      for (const [device, bytes] of Object.entries(firstVisit)) {
        figures.push({ name: `shop: product page JS a first visit loads, ${device} (gzip)`, value: bytes, unit: 'B', budget: PRODUCT_JS_BUDGET })
      }
      for (const { page, preset, categories, cls } of await lighthouseScores(shop.url, await cartCookie(shop.url))) {
        for (const { id, score } of categories) {
          figures.push({ name: `shop: Lighthouse ${id}, ${page} (${preset}, median of ${LIGHTHOUSE_RUNS})`, value: score, unit: '/100', budget: 95, better: 'higher' })
        }
        figures.push({ name: `shop: cumulative layout shift, ${page} (${preset}, median of ${LIGHTHOUSE_RUNS})`, value: Math.round(cls * 1000) / 1000, unit: 'CLS', budget: 0.02 })
      }
    } finally {
      await shop.stop()
    }
    return figures
  } finally {
    rmSync(snapshotDir, { recursive: true, force: true })
  }
}
