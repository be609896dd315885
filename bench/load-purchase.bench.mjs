// The purchase path under load, on 1 and then 2 shop processes sharing one PostgreSQL behind a
// round-robin proxy (loopback only). Virtual shoppers, each purchase a new visitor with its own
// loopback address, open a product page, add it to the cart, quote, place and pay the order (PAYMENTS=test)
// and post journey events with known ids. Part of scarce stock, part plentiful. Afterwards the database
// is checked: nothing oversold, one loyalty award per paid order, no repeated order number, each sent
// event stored once. The checkout's rate limit, which the processes share in the database, is probed through the proxy.
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { rmSync } from 'node:fs'
import pg from 'pg'
import { startPostgres } from '../scripts/postgres.mjs'
import { freePort } from '../scripts/free-port.mjs'
import { loadShopModules, percentile } from './lib.mjs'
import { buildSnapshot, startShop } from './shop.bench.mjs'

const DURATION_MS = 30_000
const SHOPPERS = 24
const SCARCE_STOCK = 6
const SCARCE_VARIANTS = 6
const SCARCE_SHARE = 0.4
const PLENTIFUL_STOCK = 100_000
const EVENTS_PER_PURCHASE = 2
/** checkout's `quote` limit per client address, shared by the processes (app/routes/checkout.tsx LIMITS.quote) */
const QUOTE_LIMIT_PER_MINUTE = 60
const DETAILS = {
  email: 'load@example.com',
  phone: '',
  givenName: 'Ada',
  familyName: 'Lovelace',
  saveDetails: false,
  line1: 'Unter den Linden 1',
  line2: '',
  city: 'Berlin',
  region: '',
  postalCode: '10117',
  country: 'DE',
  shippingMethod: 'standard',
}

const { decodeTurboStream, generateJourneyEvents } = await loadShopModules(
  'load-purchase.mjs',
  `export { UNSAFE_decodeViaTurboStream as decodeTurboStream } from 'react-router'
   export { generateJourneyEvents } from './templates/shop/app/lib/journey-test-data.server.ts'`,
)

/** A reverse proxy on loopback handing each request to the next shop in turn; it sets X-Forwarded-For to the client's address. */
async function startRoundRobinProxy(targets) {
  // A connection per request, on both sides: a kept-alive socket the other end closes while idle
  // fails the next request on it (ECONNRESET), an error of the bench's plumbing, not of the shop.
  const agent = new http.Agent({ keepAlive: false })
  let next = 0
  const server = http.createServer((request, response) => {
    const target = new URL(targets[next++ % targets.length])
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        agent,
        headers: { ...request.headers, 'x-forwarded-for': request.socket.remoteAddress },
      },
      (answer) => {
        response.writeHead(answer.statusCode, answer.headers)
        answer.pipe(response)
      },
    )
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502)
      response.end()
    })
    request.pipe(upstream)
  })
  const port = await freePort()
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (server.closeAllConnections(), agent.destroy(), server.close(resolve))),
  }
}

/** One visitor: its own loopback source address (the proxy's X-Forwarded-For, so its own rate-limit key) and cookie jar. */
function visitor(baseUrl, address) {
  const agent = new http.Agent({ keepAlive: false, localAddress: address })
  const cookies = new Map()
  const send = (method, path, { body, type } = {}) =>
    new Promise((resolve, reject) => {
      const headers = { 'sec-fetch-site': 'same-origin', cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
      if (body !== undefined) Object.assign(headers, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
      const request = http.request(new URL(path, baseUrl), { method, agent, headers }, (response) => {
        for (const cookie of response.headers['set-cookie'] ?? []) {
          const [pair] = cookie.split(';')
          const at = pair.indexOf('=')
          cookies.set(pair.slice(0, at), pair.slice(at + 1))
        }
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }))
        response.on('error', reject)
      })
      request.on('error', reject)
      request.end(body)
    })
  return {
    send,
    /** React Router's single-fetch data (turbo-stream) of a `.data` URL. */
    async data(method, path, json) {
      const answer = await send(method, path, json && { body: JSON.stringify(json), type: 'application/json' })
      const decoded = await decodeTurboStream(new Blob([answer.body]).stream(), globalThis)
      return { status: answer.status, value: decoded.value }
    },
    close: () => agent.destroy(),
  }
}

/** A request answered by the shop with an error it should not give under load (5xx, refused connection, 429). */
class LoadError extends Error {}

function expectStatus(step, status, allowed = [200]) {
  if (!allowed.includes(status)) throw new LoadError(`${step}: HTTP ${status}`)
}

/** Adds `item` to the visitor's cart (starting its session) and opens the checkout: its CSRF token and checkout id, or null when it sold out. */
async function openCheckout(shopper, item) {
  const form = new URLSearchParams({ intent: 'add', variantId: item.variantId, quantity: '1' }).toString()
  const added = await shopper.send('POST', '/cart.data', { body: form, type: 'application/x-www-form-urlencoded' })
  expectStatus('add to cart', added.status, [200, 400])
  if (added.status === 400) return null
  const page = await shopper.data('GET', '/checkout.data')
  // 202 is single fetch's redirect: the checkout sends the visitor back to the cart when a line sold out since it was added
  if (page.status === 202) return null
  expectStatus('checkout page', page.status)
  return { csrf: page.value.root.data.csrf, checkoutId: page.value['routes/checkout'].data.checkoutId }
}

/** One purchase by a new visitor. Resolves to { outcome: 'paid' | 'sold_out', checkoutMs?, eventIds }. */
async function purchase(baseUrl, address, item) {
  const shopper = visitor(baseUrl, address)
  try {
    expectStatus('product page', (await shopper.send('GET', `/p/${item.slug}`)).status)
    const opened = await openCheckout(shopper, item)
    if (!opened) return { outcome: 'sold_out', eventIds: [] }
    const { csrf, checkoutId } = opened
    const started = performance.now()
    const checkout = async (body) => {
      const answer = await shopper.data('POST', '/checkout.data', { ...body, _csrf: csrf })
      return { status: answer.status, data: answer.value.data }
    }
    const quote = await checkout({ intent: 'quote', country: 'DE', shippingMethod: 'standard' })
    if (quote.status === 409) return { outcome: 'sold_out', eventIds: [] }
    expectStatus('quote', quote.status)
    const placed = await checkout({ intent: 'place', checkoutId, idempotencyKey: randomUUID(), details: DETAILS })
    if (placed.status === 409) return { outcome: 'sold_out', eventIds: [] }
    expectStatus('place order', placed.status)
    const paymentId = `pi_test_${randomUUID().replaceAll('-', '')}`
    const paid = await checkout({ intent: 'confirm', orderId: placed.data.orderId, paymentId })
    expectStatus('pay', paid.status)
    const checkoutMs = performance.now() - started

    const events = journeyEvents(address)
    const stored = await shopper.send('POST', '/api/events', { body: JSON.stringify({ events }), type: 'application/json' })
    expectStatus('journey events', stored.status)
    return { outcome: 'paid', checkoutMs, eventIds: events.map((event) => event.id) }
  } finally {
    shopper.close()
  }
}

let eventSeed = 0
/** EVENTS_PER_PURCHASE valid journey events of the last hour, with fresh ids. */
function journeyEvents(address) {
  const now = Date.now()
  const events = generateJourneyEvents({ sessions: 1, seed: ++eventSeed, from: new Date(now - 3_600_000), to: new Date(now - 60_000) })
  return events.slice(0, EVENTS_PER_PURCHASE).map((event) => ({ ...event, id: `load-${address}-${randomUUID()}` }))
}

/** The products the shoppers buy: SCARCE_VARIANTS variants with SCARCE_STOCK units each, the rest plentiful. */
async function stockTheShop(db) {
  const { rows } = await db.query(
    `SELECT v.id AS "variantId", p.slug FROM variants v JOIN products p ON p.id = v.product_id ORDER BY p.slug, v.position`,
  )
  const scarce = rows.filter((_, index) => index % 3 === 0).slice(0, SCARCE_VARIANTS)
  const plentiful = rows.filter((row) => !scarce.includes(row))
  await db.query('UPDATE variants SET stock = $1', [PLENTIFUL_STOCK])
  await db.query('UPDATE variants SET stock = $1 WHERE id = ANY($2)', [SCARCE_STOCK, scarce.map((row) => row.variantId)])
  const initial = new Map(rows.map((row) => [row.variantId, scarce.includes(row) ? SCARCE_STOCK : PLENTIFUL_STOCK]))
  return { scarce, plentiful, initial }
}

/** Every invariant as a count of violations (each must be 0). */
async function checkInvariants(db, initialStock, sentEventIds) {
  const count = async (sql, params) => (await db.query(sql, params)).rows[0].count
  const { rows: stock } = await db.query(
    `SELECT v.id, v.stock,
            COALESCE(SUM(l.quantity) FILTER (WHERE o.status IN ('pending', 'paid', 'fulfilled')), 0)::int AS held,
            COALESCE(SUM(l.quantity) FILTER (WHERE o.status IN ('paid', 'fulfilled')), 0)::int AS sold
       FROM variants v LEFT JOIN order_lines l ON l.variant_id = v.id LEFT JOIN orders o ON o.id = l.order_id
      GROUP BY v.id, v.stock`,
  )
  const oversold = stock.filter((row) => row.stock < 0 || row.sold > initialStock.get(row.id) || row.stock + row.held !== initialStock.get(row.id))
  return {
    oversoldVariants: oversold.length,
    paidOrdersWithoutOneAward: await count(
      `SELECT count(*)::int AS count FROM (
         SELECT o.id FROM orders o LEFT JOIN loyalty_ledger l ON l.order_id = o.id AND l.kind = 'earn'
          WHERE o.status = 'paid' GROUP BY o.id HAVING count(l.id) <> 1) wrong`,
    ),
    repeatedOrderNumbers: await count('SELECT (count(*) - count(DISTINCT id))::int AS count FROM orders'),
    eventsNotStoredOnce: sentEventIds.length - (await count('SELECT count(*)::int AS count FROM journey_events WHERE id = ANY($1)', [sentEventIds])),
    paidOrders: await count("SELECT count(*)::int AS count FROM orders WHERE status = 'paid'"),
    scarceUnitsSold: stock.filter((row) => initialStock.get(row.id) === SCARCE_STOCK).reduce((total, row) => total + row.sold, 0),
  }
}

/** SHOPPERS concurrent shoppers buying for DURATION_MS through the proxy. */
async function drive(baseUrl, stock) {
  const latencies = []
  const errors = new Map()
  const eventIds = []
  let soldOut = 0
  let visitors = 0
  const deadline = Date.now() + DURATION_MS
  const shopper = async (index) => {
    while (Date.now() < deadline) {
      const number = visitors++
      const address = `127.${1 + (index % 200)}.${Math.floor(number / 250) % 250}.${1 + (number % 250)}`
      const pool = Math.random() < SCARCE_SHARE ? stock.scarce : stock.plentiful
      try {
        const result = await purchase(baseUrl, address, pool[Math.floor(Math.random() * pool.length)])
        if (result.outcome === 'paid') latencies.push(result.checkoutMs)
        else soldOut++
        eventIds.push(...result.eventIds)
      } catch (error) {
        const reason = error instanceof LoadError ? error.message : `network: ${error.code || error.message || error}`
        errors.set(reason, (errors.get(reason) ?? 0) + 1)
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: SHOPPERS }, (_, index) => shopper(index)))
  const seconds = (performance.now() - started) / 1000
  return { seconds, latencies, errors, eventIds, soldOut }
}

/** How many `quote` requests one client address gets through the proxy before a 429: the limit, whichever process answers. */
async function probeQuoteLimit(baseUrl, item) {
  const shopper = visitor(baseUrl, '127.254.0.1')
  try {
    const { csrf } = await openCheckout(shopper, item)
    let accepted = 0
    for (let attempt = 0; attempt < QUOTE_LIMIT_PER_MINUTE * 3; attempt++) {
      const answer = await shopper.data('POST', '/checkout.data', { intent: 'quote', country: 'DE', shippingMethod: 'standard', _csrf: csrf })
      if (answer.status === 429) break
      accepted++
    }
    return accepted
  } finally {
    shopper.close()
  }
}

async function runConfiguration(snapshotDir, cluster, processes) {
  const name = `load_${processes}`
  const admin = new pg.Client({ connectionString: cluster.url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(cluster.url)
  url.pathname = `/${name}`
  const env = { DATABASE_URL: url.href, TRUST_PROXY: '1' }
  const shops = []
  let proxy
  const db = new pg.Client({ connectionString: url.href })
  try {
    // one after the other: the first migrates and seeds the database
    for (let index = 0; index < processes; index++) shops.push(await startShop(snapshotDir, env))
    await db.connect()
    const stock = await stockTheShop(db)
    // each process renders every product page once before the clock starts
    const slugs = [...new Set(stock.plentiful.map((item) => item.slug))]
    for (const shop of shops) for (const slug of slugs) await (await fetch(`${shop.url}/p/${slug}`)).arrayBuffer()
    proxy = await startRoundRobinProxy(shops.map((shop) => shop.url))
    const run = await drive(proxy.url, stock)
    const invariants = await checkInvariants(db, stock.initial, run.eventIds)
    const quoteLimit = await probeQuoteLimit(proxy.url, stock.plentiful[0])
    return { processes, ...run, invariants, quoteLimit }
  } finally {
    await db.end().catch(() => undefined)
    await proxy?.stop()
    await Promise.all(shops.map((shop) => shop.stop()))
  }
}

function figures(result) {
  const prefix = `load purchase, ${result.processes} process${result.processes > 1 ? 'es' : ''}`
  const errors = [...result.errors.values()].reduce((total, count) => total + count, 0)
  const { invariants } = result
  console.log(
    `${prefix}: ${invariants.paidOrders} paid orders in ${result.seconds.toFixed(1)} s, ${result.soldOut} sold out, ` +
      `${invariants.scarceUnitsSold}/${SCARCE_STOCK * SCARCE_VARIANTS} scarce units sold, errors ${JSON.stringify(Object.fromEntries(result.errors))}, ` +
      `quote requests one address got through before 429: ${result.quoteLimit}`,
  )
  return [
    { name: `${prefix}: orders/s`, value: Number((invariants.paidOrders / result.seconds).toFixed(1)), unit: 'orders/s', budget: null },
    { name: `${prefix}: p95 checkout (quote → paid)`, value: Math.round(percentile(result.latencies, 0.95) ?? 0), unit: 'ms', budget: null },
    { name: `${prefix}: errors`, value: errors, unit: 'requests', budget: 0 },
    { name: `${prefix}: oversold variants`, value: invariants.oversoldVariants, unit: 'variants', budget: 0 },
    { name: `${prefix}: paid orders without exactly one loyalty award`, value: invariants.paidOrdersWithoutOneAward, unit: 'orders', budget: 0 },
    { name: `${prefix}: repeated order numbers`, value: invariants.repeatedOrderNumbers, unit: 'orders', budget: 0 },
    { name: `${prefix}: sent events not stored exactly once`, value: invariants.eventsNotStoredOnce, unit: 'events', budget: 0 },
    { name: `${prefix}: quote requests one address gets before 429`, value: result.quoteLimit, unit: 'requests', budget: QUOTE_LIMIT_PER_MINUTE },
  ]
}

export async function run() {
  const snapshotDir = buildSnapshot()
  const cluster = await startPostgres()
  try {
    const results = []
    for (const processes of [1, 2]) results.push(await runConfiguration(snapshotDir, cluster, processes))
    const [one, two] = results.map((result) => result.invariants.paidOrders / result.seconds)
    return [
      ...results.flatMap(figures),
      { name: 'load purchase: orders/s with 2 processes ÷ with 1', value: Number((two / one).toFixed(2)), unit: '×', budget: null },
    ]
  } finally {
    cluster.stop()
    rmSync(snapshotDir, { recursive: true, force: true })
  }
}
