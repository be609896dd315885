// ComparisonTable with 4 products × 60 attributes in Debian Chromium: mount → next paint, and
// "Show differences only" click → next paint. Runs on packages/compare/src through the `source`
// condition (no build needed), bundled for production; median of 7 runs after a warm-up.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs'
import { createServer } from 'node:http'
import { chromium } from 'playwright-core'
import { median, productionBundle } from './lib.mjs'

const RUNS = 7

const PAGE_SCRIPT = `
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { ComparisonTable } from '@journeykit/compare'
import { largeComparison } from './packages/compare/src/fixtures'

const { products, groups } = largeComparison(4, 60)
// The frame after the next one has been painted.
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

window.measureOnce = async () => {
  const container = document.createElement('div')
  document.body.append(container)
  const reactRoot = createRoot(container)
  const mountStart = performance.now()
  reactRoot.render(createElement(ComparisonTable, { products, groups, onAddToCart: () => {} }))
  await nextPaint()
  const render = performance.now() - mountStart
  const toggle = container.querySelector('[data-part="differences-toggle"] input')
  const toggleStart = performance.now()
  toggle.click()
  await nextPaint()
  const differences = performance.now() - toggleStart
  if (!toggle.checked || container.querySelectorAll('th[scope="row"]').length !== 41) throw new Error('the toggle did not hide the equal rows')
  reactRoot.unmount()
  container.remove()
  return { render, differences }
}
`

function serve(script) {
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compare bench</title></head><body><script type="module" src="/page.js"></script></body></html>'
  const server = createServer((request, response) => {
    const isScript = request.url === '/page.js'
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' })
    response.end(isScript ? script : html)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

export async function run() {
  const server = await serve(new TextDecoder().decode(await productionBundle(PAGE_SCRIPT, { conditions: ['source'] })))
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    await page.waitForFunction(() => typeof window.measureOnce === 'function')
    await page.evaluate(() => window.measureOnce()) // warm-up: JIT, Intl caches
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(() => window.measureOnce()))
    return [
      { name: 'compare: 4 × 60 table render in Chromium', value: round(median(runs.map((r) => r.render))), unit: 'ms', budget: 100 },
      { name: 'compare: 4 × 60 differences toggle in Chromium', value: round(median(runs.map((r) => r.differences))), unit: 'ms', budget: 50 },
    ]
  } finally {
    await browser.close()
    server.close()
  }
}

const round = (n) => Math.round(n * 10) / 10
