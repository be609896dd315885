// A Next.js 16 App Router app that installs the packed packages: Server Component pages render
// the client blocks directly (no transpilePackages), the server renders their HTML, and the
// browser hydrates it without an error.
import { assignExperiment } from '@journeykit/experiments/assignment'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/free-port.mjs'
import { installApp, startServer, type InstalledApp, type RunningServer } from './apps'
import { dataLayerEvents, launchChromium, openWatchedPage } from './browser'
import { heroCopyExperiment } from './shared/data'

let app: InstalledApp
let server: RunningServer
let browser: Browser
let buildOutput: string

beforeAll(async () => {
  app = await installApp('next-app', inject('tarballs'))
  buildOutput = await app.exec('npx', ['next', 'build'])
  const port = await freePort()
  server = await startServer(app, 'npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], `http://127.0.0.1:${port}/`)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  app?.remove()
})

/** The page's server-rendered markup without its scripts: the RSC payload repeats every prop, so text found there proves nothing. */
async function renderedHtml(path: string): Promise<string> {
  const response = await fetch(new URL(path, server.url))
  expect(response.status).toBe(200)
  return (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
}

/** Names the texts missing from the markup (not the whole page, which would bury them). */
function expectRendered(html: string, texts: string[]) {
  expect(texts.filter((text) => !html.includes(text))).toEqual([])
}

/** Opens the page in Chromium and fails on any console error, page error or hydration mismatch. */
async function visit(path: string, interact: (page: import('playwright-core').Page) => Promise<void>) {
  const { page, errors } = await openWatchedPage(browser)
  await page.goto(new URL(path, server.url).href)
  await interact(page)
  expect(errors).toEqual([])
  await page.close()
}

describe('Next.js consumer app', () => {
  it('builds without transpilePackages or a client-boundary error', () => {
    expect(buildOutput).toMatch(/Compiled successfully/)
    expect(buildOutput).not.toMatch(/createContext only works in Client Components|transpilePackages/)
  })

  it('server-renders the promo, compare and social-proof blocks, with structured data from the server-safe entry', async () => {
    const html = await renderedHtml('/?utm_source=newsletter&utm_medium=email&utm_campaign=winter-sale-2026')
    expectRendered(html, [
      'Winter sale: 20% off outdoor jackets',
      // The hero variant for this campaign, chosen on the server from the request's URL.
      'Your subscriber offer: 20% off outdoor jackets',
      'Sign up for our newsletter',
      'Product comparison',
      'Show differences only',
      'Only 3 left',
      'Carbon-neutral shipping',
      'Best trail shoe I have owned',
      'Submit review',
      'Katrin Vogel',
    ])
    const page = await (await fetch(server.url)).text()
    expect(page).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Product"/)
  })

  it('server-renders the checkout with a cart priced by @journeykit/checkout/server', async () => {
    const html = await renderedHtml('/checkout')
    expectRendered(html, ['Order summary', 'Trail Runner GTX', 'Discount code', 'Test mode — no real payment'])
    // 129.00 + 2 × 14.99, free shipping over €75, German VAT included.
    expect(html).toContain('€158.98')
  })

  it('server-renders the loyalty blocks with the tier from @journeykit/loyalty/program', async () => {
    const html = await renderedHtml('/account')
    expectRendered(html, ['Silver member', '680', 'K7MX2QPA', 'Copy link', 'Redeem points'])
  })

  it('hydrates the home page: every block visible, and a click reaches the GA4 data layer', async () => {
    await visit('/', async (page) => {
      for (const locator of [
        page.getByRole('region', { name: /Winter sale: 20% off outdoor jackets/ }),
        page.getByRole('heading', { name: 'Outdoor jackets made for wet, windy winters' }),
        page.getByRole('table', { name: 'Product comparison' }),
        page.getByRole('log', { name: 'Recent activity' }),
        page.getByRole('button', { name: 'Subscribe' }),
      ])
        await expect.poll(() => locator.isVisible(), { message: String(locator) }).toBe(true)
      await page.getByRole('checkbox', { name: 'Compare Northwind Aurora 5' }).check()
      await page.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' }).check()
      await expect.poll(() => page.getByRole('button', { name: 'Compare (2)' }).isVisible()).toBe(true)
      await page.getByRole('checkbox', { name: 'Show differences only' }).click()
      await expect.poll(() => dataLayerEvents(page), { timeout: 5_000 }).toContain('comparison_changed')
    })
  })

  it('renders each visitor\'s experiment variant from a Server Component, hydrates it and records the exposure', async () => {
    const visitorIn = (variant: string) =>
      Array.from({ length: 50 }, (_, index) => `visitor-${index}`).find((anonymousId) => assignExperiment(heroCopyExperiment, { anonymousId }).variant === variant)!
    const titles = { control: 'Outdoor jackets for every season', benefit: 'Free returns on every jacket for 100 days' }
    for (const [variant, title] of Object.entries(titles)) {
      const path = `/experiment?visitor=${visitorIn(variant)}`
      const html = await renderedHtml(path)
      expectRendered(html, [title])
      expect(html).not.toContain(variant === 'control' ? titles.benefit : titles.control)
      await visit(path, async (page) => {
        await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true)
        await expect.poll(() => dataLayerEvents(page), { timeout: 5_000 }).toContain('experience_impression')
      })
    }
  })

  it('hydrates the checkout: a coupon is checked by a Server Action', async () => {
    await visit('/checkout', async (page) => {
      await expect.poll(() => page.getByRole('button', { name: /^Pay / }).isVisible()).toBe(true)
      const couponField = page.locator('[data-jk-coupon-field]').first()
      await couponField.getByLabel('Discount code').fill('WELCOME10')
      await couponField.getByRole('button', { name: 'Apply' }).click()
      await expect.poll(() => dataLayerEvents(page), { timeout: 5_000 }).toContain('coupon_applied')
    })
  })

  it('hydrates the account page: surveys appear and answering one is tracked', async () => {
    await visit('/account', async (page) => {
      await expect.poll(() => page.getByRole('progressbar').isVisible()).toBe(true)
      const nps = page.locator('[data-jk-nps-survey]')
      await nps.getByRole('radio', { name: '10' }).click()
      await nps.getByRole('button', { name: /send/i }).click()
      await expect.poll(() => dataLayerEvents(page), { timeout: 5_000 }).toContain('survey_submitted')
      await expect.poll(() => page.locator('[data-jk-csat-survey]').getByRole('radio', { name: '5' }).isVisible()).toBe(true)
    })
  })
})
