import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Browser, type Page } from 'playwright-core'
import lockfile from 'proper-lockfile'
import { bin } from '../test/bin'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium'

const shopDir = resolve(import.meta.dirname, '..')

export interface RunningShop {
  url: string
  dataDir: string
  /** The server process and everything it printed so far. */
  child: ChildProcess
  output(): string
  /** Stops the server; its database is removed unless `keepData` (then call `removeData()` when done with it). */
  stop(options?: { keepData?: boolean }): Promise<void>
  removeData(): void
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const BUILD_INPUTS = ['app', 'public', 'package.json', 'vite.config.ts', 'vite.shop.ts', 'react-router.config.ts']
const buildStamp = join(shopDir, 'build', '.tested-build')

/** The newest modification time among the files the build reads. */
function newestInput(): number {
  let newest = 0
  for (const input of BUILD_INPUTS) {
    const path = join(shopDir, input)
    const files = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => join(path, file)) : [path]
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs)
  }
  return newest
}

/**
 * Builds the shop (`react-router build`) as it ships, with React's production build, unless the
 * build is newer than its sources. Test files that spawn the server run in parallel: a lock on the
 * shop folder makes the first build and the others wait for it, so no server runs a torn build.
 */
export async function buildShop(): Promise<void> {
  const release = await lockfile.lock(shopDir, { lockfilePath: join(shopDir, '.build.lock'), realpath: false, stale: 30_000, retries: { retries: 600, factor: 1, minTimeout: 500 } })
  try {
    if (existsSync(buildStamp) && statSync(buildStamp).mtimeMs >= newestInput()) return
    // Vitest runs with NODE_ENV=test; the shop is tested as it ships, with React's production build.
    await promisify(execFile)(bin('react-router'), ['build'], { cwd: shopDir, env: { ...process.env, NODE_ENV: 'production' } })
    writeFileSync(buildStamp, new Date().toISOString())
  } finally {
    await release()
  }
}

/** A production configuration for a server on `port`: what an operator must set (SECURITY.md, README "Deploy"). */
export function productionEnv(port: number, dataDir: string): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    SHOP_URL: `http://127.0.0.1:${port}`,
    SHOP_DATA_DIR: dataDir,
    SESSION_SECRET: 'e2e-session-secret-of-at-least-32-characters',
    PAYMENTS: 'test',
    NODE_ENV: 'production',
  }
}

/**
 * `npm run admin:create` against the data folder (before the server starts: PGlite has one user at a
 * time): the account's set-password path and query, from the link the command prints.
 */
export async function createStaffAccount(dataDir: string, email: string, role: 'owner' | 'staff' | 'analyst'): Promise<string> {
  await buildShop()
  const { VITEST: _vitest, NODE_ENV: _nodeEnv, ...inherited } = process.env
  const { stdout } = await promisify(execFile)(process.execPath, ['server.mjs', 'admin:create', '--email', email, '--role', role], {
    cwd: shopDir,
    env: { ...inherited, ...productionEnv(3000, dataDir) },
  })
  const link = /https?:\/\/\S+\/admin\/set-password\?token=\S+/.exec(stdout)?.[0]
  if (!link) throw new Error(`admin:create printed no link:\n${stdout}`)
  const url = new URL(link)
  return url.pathname + url.search
}

/** Spawns the built production server (`node server.mjs`) with exactly `env` on top of a clean environment. */
export function spawnShop(env: Record<string, string>, args: string[] = []): { child: ChildProcess; output(): string; exited: Promise<number | null> } {
  const { VITEST: _vitest, NODE_ENV: _nodeEnv, ...inherited } = process.env
  const child = spawn(process.execPath, ['server.mjs', ...args], { cwd: shopDir, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  return { child, output: () => output, exited }
}

/** Waits until the server at `url` answers, or fails with what it printed. */
export async function waitUntilListening(url: string, shop: { child: ChildProcess; output(): string }, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (shop.child.exitCode !== null) throw new Error(`the shop exited (${shop.child.exitCode}):\n${shop.output()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the shop did not start within ${timeoutMs / 1000} s:\n${shop.output()}`)
    await new Promise((done) => setTimeout(done, 250))
  }
}

/** Builds the shop once and starts the production server on a free loopback port with a fresh database. */
export async function startShop(env: Record<string, string> = {}, { dataDir = mkdtempSync(join(tmpdir(), 'jk-shop-e2e-')) } = {}): Promise<RunningShop> {
  await buildShop()
  const port = await freePort()
  const shop = spawnShop({ ...productionEnv(port, dataDir), ...env })
  const url = `http://127.0.0.1:${port}`
  await waitUntilListening(url, shop)
  return {
    url,
    dataDir,
    child: shop.child,
    output: shop.output,
    async stop({ keepData = false } = {}) {
      if (shop.child.exitCode === null) {
        shop.child.kill('SIGTERM')
        await shop.exited
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
    removeData() {
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Debian's Chromium through playwright-core: no browser download. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
}

/**
 * Collects console errors, failed page loads and Content-Security-Policy violations (reported by the
 * page itself, whatever the console says) so a test can assert there were none.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}
