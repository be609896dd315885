// A Vite 8 + React 19 single-page app that installs the packed packages, builds for production
// and shows every block in Chromium without a console error.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/free-port.mjs'
import { installApp, startServer, type InstalledApp, type RunningServer } from './apps'
import { dataLayerEvents, launchChromium, openWatchedPage, type WatchedPage } from './browser'

let app: InstalledApp
let server: RunningServer
let browser: Browser
let view: WatchedPage
let buildOutput: string

beforeAll(async () => {
  app = await installApp('vite-app', inject('tarballs'))
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

describe('Vite consumer app', () => {
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
})
