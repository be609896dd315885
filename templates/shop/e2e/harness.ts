import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { bin } from '../test/bin'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium'

const shopDir = resolve(import.meta.dirname, '..')

export const DASHBOARD_TOKEN = 'e2e-dashboard-token'

export interface RunningShop {
  url: string
  dataDir: string
  /** Stops the server; its database is removed unless `keepData` (then call `removeData()` when done with it). */
  stop(options?: { keepData?: boolean }): Promise<void>
  removeData(): void
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

let built = false

/** Builds the shop once per test run and starts it on a free loopback port with a fresh database. */
export async function startShop(env: Record<string, string> = {}): Promise<RunningShop> {
  if (!built) {
    // Vitest runs with NODE_ENV=test; the shop is tested as it ships, with React's production build.
    execFileSync(bin('react-router'), ['build'], { cwd: shopDir, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } })
    built = true
  }
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'jk-shop-e2e-'))
  const child: ChildProcess = spawn(process.execPath, [bin('react-router-serve'), 'build/server/index.js'], {
    cwd: shopDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SHOP_DATA_DIR: dataDir, JOURNEY_DASHBOARD_TOKEN: DASHBOARD_TOKEN, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the shop exited (${child.exitCode}):\n${output}`)
    try {
      if ((await fetch(url)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the shop did not start within 60 s:\n${output}`)
    await new Promise((done) => setTimeout(done, 250))
  }
  return {
    url,
    dataDir,
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((done) => child.once('exit', done))
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

/** Collects console errors and failed page loads so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}
