// A Vite 8 single-page app that installs the packed packages, builds for production and shows
// every block in Chromium without a console error, and renders the same page with renderToString.
// The one app runs on React 19 and on React 18.3 (the packages' peer range is ^18 || ^19).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/free-port.mjs'
import { installApp, startServer, type InstalledApp, type RunningServer } from './apps'
import { dataLayerEvents, launchChromium, openWatchedPage, type WatchedPage } from './browser'

const run = promisify(execFile)

const stacks: { react: string; versions: Record<string, string> }[] = [
  { react: '19.3.1', versions: {} },
  { react: '18.3.1', versions: { react: '18.3.1', 'react-dom': '18.3.1', '@types/react': '18.3.32', '@types/react-dom': '18.3.7' } },
]

/** Each block's root marker in the server HTML (the surveys render only in the browser, once they know they are not snoozed). */
const serverRenderedBlocks = [
  'promo-banner',
  'source-aware-hero',
  'compare-checkbox',
  'compare-tray',
  'comparison-table',
  'stock-notice',
  'trust-badges',
  'rating-summary',
  'review-list',
  'review-form',
  'testimonials',
  'live-activity',
  'order-summary',
  'coupon-field',
  'guest-checkout',
  'loyalty-panel',
  'referral-panel',
  'newsletter-signup',
]

describe.each(stacks)('Vite consumer app on React $react', ({ react, versions }) => {
  let app: InstalledApp
  let server: RunningServer
  let browser: Browser
  let view: WatchedPage
  let buildOutput: string

  beforeAll(async () => {
    app = await installApp('vite-app', inject('tarballs'), versions)
    buildOutput = await app.exec('npm', ['run', 'build'])
    const port = await freePort()
    server = await startServer(app, 'npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], `http://127.0.0.1:${port}/`)
    browser = await launchChromium()
    view = await openWatchedPage(browser)
    await view.page.goto(server.url)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    app?.remove()
  })

  it('installs the React it was given', async () => {
    const { stdout } = await run(process.execPath, ['-p', "require('react/package.json').version + ' ' + require('react-dom/package.json').version"], { cwd: app.dir })
    expect(stdout.trim()).toBe(`${react} ${react}`)
  })

  it('type-checks against the published .d.ts files and builds', () => {
    expect(buildOutput).toMatch(/✓ built in/)
  })

  it('shows every block', async () => {
    const { page } = view
    const visible = [
      // promo
      page.getByRole('region', { name: /Winter sale: 20% off outdoor jackets/ }),
      page.getByRole('heading', { name: 'Outdoor jackets made for wet, windy winters' }),
      page.getByRole('button', { name: 'Subscribe' }),
      // compare
      page.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' }),
      page.getByRole('table', { name: 'Product comparison' }),
      page.getByRole('button', { name: 'Dismiss promotion: Winter sale: 20% off outdoor jackets' }),
      // social proof
      page.getByText('Only 3 left'),
      page.getByText('Carbon-neutral shipping'),
      page.getByRole('button', { name: /^5 stars/ }),
      page.getByText('Best trail shoe I have owned'),
      page.getByRole('button', { name: 'Submit review' }),
      page.getByText('Katrin Vogel'),
      page.getByRole('log', { name: 'Recent activity' }),
      // checkout
      page.getByText('Test mode — no real payment'),
      page.getByRole('button', { name: /^Pay / }),
      page.getByRole('button', { name: 'Apply' }).first(),
      page.getByText('Quantity: 2').first(),
      // loyalty
      page.getByRole('progressbar'),
      page.getByRole('button', { name: /redeem/i }),
      page.getByRole('button', { name: /copy link/i }),
      page.getByRole('radio', { name: '10' }),
    ]
    for (const locator of visible) await expect.poll(() => locator.isVisible(), { message: String(locator) }).toBe(true)
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"@type":"Product"')
  })

  it('fills the compare tray from the product cards', async () => {
    const { page } = view
    await page.getByRole('checkbox', { name: 'Compare Northwind Aurora 5' }).check()
    await page.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' }).check()
    await expect.poll(() => page.getByRole('button', { name: 'Compare (2)' }).isVisible()).toBe(true)
  })

  it('sends a journey event to the GA4 data layer when the visitor interacts', async () => {
    await view.page.getByRole('checkbox', { name: 'Show differences only' }).click()
    await expect.poll(() => dataLayerEvents(view.page), { timeout: 5_000 }).toContain('comparison_changed')
  })

  it('logs no console error and throws no page error', () => {
    expect(view.errors).toEqual([])
  })

  it('renders every block to HTML with renderToString, without an error', async () => {
    await app.exec('npm', ['run', 'build:server'])
    const { stdout: html, stderr } = await run(process.execPath, ['dist-server/server.js'], { cwd: app.dir, maxBuffer: 16 * 1024 * 1024 })
    expect(stderr).toBe('')
    for (const block of serverRenderedBlocks) expect(html, block).toContain(`data-jk-${block}=""`)
    expect(html).toContain('<h1>Northpeak Outfitters</h1>')
    expect(html).toContain('"@type":"Product"')
  })
})
