// GuestCheckout responsiveness in Debian Chromium: the longest main-thread task while typing an
// address, and the median input-to-next-paint latency per keystroke (keydown → the animation
// frame after the input event), on a production bundle of GuestCheckout + the test adapter.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs'
import { chromium } from 'playwright-core'
import { median, productionBundle } from './lib.mjs'

const ORIGIN = 'http://checkout.bench'

const ENTRY = `
import { createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import { JourneyProvider } from '@journeykit/react'
import { GuestCheckout } from '@journeykit/checkout'
import { createTestAdapter } from '@journeykit/checkout/test'

const eur = (amount) => ({ amount, currency: 'EUR' })
const cart = {
  lines: [
    { id: 'trail-runner-gtx', name: 'Trail Runner GTX', variant: 'EU 42', price: eur(12900), quantity: 1 },
    { id: 'merino-socks', name: 'Merino running socks', variant: 'M', price: eur(1499), quantity: 2 },
  ],
  subtotal: eur(15898), shipping: eur(0), tax: eur(2538), discount: eur(0), total: eur(15898), taxIncluded: true,
}
const shippingMethods = [
  { id: 'standard', label: 'DHL Standard', price: eur(0), estimate: { minDays: 2, maxDays: 4 } },
  { id: 'express', label: 'DHL Express', price: eur(1290), estimate: { minDays: 1, maxDays: 1 } },
]
createRoot(document.getElementById('root')).render(
  h(JourneyProvider, { options: { consent: 'granted', storage: null } },
    h(GuestCheckout, {
      checkoutId: 'bench', cart, shippingMethods, adapter: createTestAdapter(),
      defaultValues: { country: 'DE', shippingMethod: 'standard' },
      onCreateOrder: async () => ({ orderId: 'order_bench' }),
      onQuote: async () => cart,
    })))
`

const INSTRUMENT = `
window.__longtasks = []
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longtasks.push(entry.duration) }).observe({ type: 'longtask', buffered: true })
window.__latencies = []
let keydownAt = 0
document.addEventListener('keydown', (event) => { keydownAt = performance.now() }, true)
document.addEventListener('input', () => {
  const start = keydownAt
  requestAnimationFrame(() => window.__latencies.push(performance.now() - start))
}, true)
`

export async function run() {
  const script = new TextDecoder().decode(await productionBundle(ENTRY, { conditions: ['source'] }))
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage()
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      if (path === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: script })
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkout bench</title><script>${INSTRUMENT}</script></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`,
      })
    })
    await page.goto(`${ORIGIN}/`)
    await page.getByLabel('Street and number').waitFor()
    await page.waitForTimeout(300)
    // Only what happens while typing counts, not the initial render.
    await page.evaluate(() => {
      window.__longtasks.length = 0
      window.__latencies.length = 0
    })
    const fields = [
      ['Email', 'lena.becker@example.de'],
      ['First name', 'Lena'],
      ['Last name', 'Becker'],
      ['Street and number', 'Torstraße 112'],
      ['City', 'Berlin'],
      ['Postal code', '10119'],
    ]
    for (const [label, text] of fields) {
      await page.getByLabel(label, { exact: true }).click()
      await page.keyboard.type(text, { delay: 15 })
    }
    await page.waitForTimeout(200)
    const { longtasks, latencies } = await page.evaluate(() => ({ longtasks: window.__longtasks, latencies: window.__latencies }))
    return [
      { name: 'checkout: longest task while typing the address in Chromium', value: round(Math.max(0, ...longtasks)), unit: 'ms', budget: 50 },
      { name: 'checkout: median input-to-next-paint per keystroke in Chromium', value: round(median(latencies)), unit: 'ms', budget: null },
    ]
  } finally {
    await browser.close()
  }
}

const round = (n) => Math.round(n * 10) / 10
