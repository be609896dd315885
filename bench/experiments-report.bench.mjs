// The shop's experiments report (/journey/experiments) on a busy experiment: VISITORS exposed over 30
// days with their checkouts and orders, on the embedded PGlite (no statistics: it never runs ANALYZE)
// and on PostgreSQL (a throwaway server). p95 of RUNS reports, each as the page computes it. The budget is
// the dashboard's (every query ≤ 500 ms p95 on PostgreSQL); PGlite's figure is reported beside it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startPostgres } from '../scripts/postgres.mjs'
import { productionBundle } from './lib.mjs'

const root = new URL('..', import.meta.url).pathname
const VISITORS = 20_000
const RUNS = 10
const BUDGET_MS = 500
const EXPERIMENT = 'checkout-trust-badges'

async function loadShop() {
  const code = [
    "export { openDatabase, migrate } from './templates/shop/app/lib/db.server.ts'",
    "export { createServerEvent, storeJourneyEvents } from './templates/shop/app/lib/journey-events.server.ts'",
    "export { experimentReports } from './templates/shop/app/lib/experiments/report.server.ts'",
  ].join('\n')
  const bundle = await productionBundle(code, { platform: 'node', conditions: ['source'], external: ['pg', '@electric-sql/pglite', 'proper-lockfile'] })
  const dir = join(root, 'node_modules/.cache/journeykit-bench')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'experiments-report-shop.mjs')
  writeFileSync(file, bundle)
  return import(pathToFileURL(file).href)
}

/** Every visitor exposed once; half start a checkout, 6 % (control) or 7 % (treatment) order, 1 in 20 orders is refunded. */
async function seed(shop, db) {
  const money = (amount) => ({ amount, currency: 'EUR' })
  for (let offset = 0; offset < VISITORS; offset += 1000) {
    const client = []
    const server = []
    for (let index = offset; index < offset + 1000; index++) {
      const anonymousId = `visitor-${index}`
      const variant = index % 2 ? 'above-form' : 'beside-pay'
      const at = new Date(Date.UTC(2026, 9, 1 + (index % 30), 8 + (index % 12))).toISOString()
      client.push(shop.createServerEvent('experiment_viewed', { experiment: EXPERIMENT, variant }, { anonymousId, occurredAt: at }))
      if (index % 2 === 0 || index % 4 === 1) client.push(shop.createServerEvent('checkout_started', { checkoutId: `c-${index}`, items: [] }, { anonymousId, occurredAt: at }))
      if (index % 100 < (variant === 'above-form' ? 7 : 6)) {
        const total = money(4000 + (index % 50) * 100)
        const orderAt = new Date(Date.parse(at) + 3_600_000).toISOString()
        server.push(shop.createServerEvent('order_completed', { orderId: `NW-${index}`, items: [], subtotal: total, shipping: money(0), tax: money(0), discount: money(0), total }, { anonymousId, occurredAt: orderAt }))
        if (index % 20 === 0) server.push(shop.createServerEvent('order_refunded', { orderId: `NW-${index}`, total }, { anonymousId, occurredAt: orderAt }))
      }
    }
    await shop.storeJourneyEvents(db, client, 'client')
    await shop.storeJourneyEvents(db, server, 'server')
  }
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)]

async function measure(shop, db, name, budget) {
  await shop.migrate(db)
  await seed(shop, db)
  const definitions = [{ key: EXPERIMENT, variants: ['beside-pay', 'above-form'] }]
  const [report] = await shop.experimentReports(db, definitions)
  const times = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    await shop.experimentReports(db, definitions)
    times.push(performance.now() - start)
  }
  const visitors = report.variants.reduce((sum, variant) => sum + variant.visitors, 0)
  return { name: `experiments: report p95 on ${name}, ${visitors} exposed visitors`, value: Math.round(percentile(times, 0.95)), unit: 'ms', budget }
}

/** @returns {Promise<Array<{ name: string, value: number, unit: string, budget: number | null }>>} */
export async function run() {
  const shop = await loadShop()
  const figures = []
  const lite = await shop.openDatabase({})
  try {
    figures.push(await measure(shop, lite, 'PGlite (no statistics)', null))
  } finally {
    await lite.close()
  }
  const postgres = await startPostgres()
  const db = await shop.openDatabase({ url: postgres.url })
  try {
    figures.push(await measure(shop, db, 'PostgreSQL', BUDGET_MS))
  } finally {
    await db.close()
    postgres.stop()
  }
  return figures
}
