// The journey dashboard at scale, on PostgreSQL: a throwaway server (scripts/postgres.mjs), the shop's
// migrations, a million realistic journey events (a busy month: journey-test-data's sessions, written in
// time order through the shop's insert path, sales and refunds as the server's records), then, for the last day, week and month, p95 of RUNS each:
// every statement the dashboard sends (it aggregates in the database; each is timed alone, as the client
// sees it, and inside the database with EXPLAIN ANALYZE) and the whole dashboard (its statements run
// concurrently). Also the collector's insert path: one statement per batch of COLLECTOR_BATCH events.
import { startPostgres } from '../scripts/postgres.mjs'
import { loadShopModules, percentile } from './lib.mjs'

const EVENTS = 1_000_000
const MONTH = { from: '2026-10-01', to: '2026-10-30' }
const RANGES = [
  { name: 'day', range: { from: '2026-10-30', to: '2026-10-30' } },
  { name: 'week', range: { from: '2026-10-24', to: '2026-10-30' } },
  { name: 'month', range: MONTH },
]
const SEED_CHUNKS = 60
const SEED_BATCH = 1000
const COLLECTOR_BATCH = 100
const COLLECTOR_BATCHES = 200
const RUNS = 10
const QUERY_BUDGET_MS = 500

/** The shop's server modules, bundled from source for plain Node. */
function loadShop() {
  return loadShopModules(
    'dashboard-shop.mjs',
    [
      "export { openDatabase, migrate } from './templates/shop/app/lib/db.server.ts'",
      "export { journeyDashboard } from './templates/shop/app/lib/dashboard.server.ts'",
      "export { storeJourneyEvents, SERVER_RECORDED_EVENTS } from './templates/shop/app/lib/journey-events.server.ts'",
      "export { generateJourneyEvents } from './templates/shop/app/lib/journey-test-data.server.ts'",
    ].join('\n'),
  )
}

async function timed(work) {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** A month of journeys, chunk by chunk in time order (as a collector receives them), until EVENTS are stored. */
async function seedEvents(shop, db) {
  const start = Date.parse(`${MONTH.from}T00:00:00Z`)
  const slice = (Date.parse(`${MONTH.to}T00:00:00Z`) + 86_400_000 - start) / SEED_CHUNKS
  const sample = shop.generateJourneyEvents({ sessions: 1000, seed: 0, from: new Date(start), to: new Date(start + slice) })
  const sessionsPerChunk = Math.ceil((EVENTS / SEED_CHUNKS / sample.length) * 1000)
  let stored = 0
  // chunks past SEED_CHUNKS top the count up to EVENTS in the month's last slice
  for (let chunk = 0; stored < EVENTS; chunk++) {
    const from = new Date(start + Math.min(chunk, SEED_CHUNKS - 1) * slice)
    const events = shop.generateJourneyEvents({ sessions: sessionsPerChunk, seed: chunk + 1, from, to: new Date(from.getTime() + slice) })
    for (let offset = 0; offset < events.length && stored < EVENTS; offset += SEED_BATCH) {
      const batch = events.slice(offset, Math.min(offset + SEED_BATCH, offset + EVENTS - stored))
      // as the shop stores them: sales and refunds recorded by the server, the rest by the collector
      const serverRecorded = batch.filter((event) => shop.SERVER_RECORDED_EVENTS.includes(event.name))
      stored += (await shop.storeJourneyEvents(db, serverRecorded, 'server')).length
      stored += (await shop.storeJourneyEvents(db, batch.filter((event) => !serverRecorded.includes(event)), 'client')).length
    }
  }
  // the events and the figures kept with them, as autovacuum would have them after a busy month
  await db.query('VACUUM ANALYZE')
  return stored
}

/** Records the statements the dashboard sends (it is run once on a connection that answers nothing). */
async function dashboardStatements(shop, range) {
  const statements = []
  const recording = {
    async query(sql, params) {
      statements.push({ sql, params, name: sql.match(/\/\* dashboard: (\w+) \*\//)?.[1] ?? 'unnamed' })
      return { rows: [] }
    },
  }
  await shop.journeyDashboard(recording, range)
  return statements
}

/** A statement's time inside PostgreSQL (EXPLAIN ANALYZE), which leaves out moving the rows to the client. */
async function databaseTime(db, { sql, params }) {
  const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params)
  return rows[0]['QUERY PLAN'][0]['Execution Time']
}

/** @returns {Promise<Array<{ name: string, value: number, unit: string, budget: number | null, better?: 'higher' }>>} */
export async function run() {
  const shop = await loadShop()
  const postgres = await startPostgres()
  const db = await shop.openDatabase({ url: postgres.url })
  try {
    await shop.migrate(db)
    const seedStart = performance.now()
    const stored = await seedEvents(shop, db)
    const seedSeconds = (performance.now() - seedStart) / 1000
    const figures = [{ name: `dashboard: journey events seeded (batches of ${SEED_BATCH})`, value: Math.round(stored / seedSeconds), unit: 'events/s', budget: null, better: 'higher' }]

    const fresh = shop.generateJourneyEvents({ sessions: 20_000, seed: 999, from: new Date('2026-10-31T00:00:00Z'), to: new Date('2026-10-31T12:00:00Z') })
    const batchTimes = []
    for (let batch = 0; batch < COLLECTOR_BATCHES; batch++) {
      const events = fresh.slice(batch * COLLECTOR_BATCH, (batch + 1) * COLLECTOR_BATCH)
      if (events.length < COLLECTOR_BATCH) break
      batchTimes.push(await timed(() => shop.storeJourneyEvents(db, events, 'client')))
    }
    figures.push({ name: `collector: insert p95, one statement per ${COLLECTOR_BATCH} events, ${stored} stored`, value: Math.round(percentile(batchTimes, 0.95)), unit: 'ms', budget: null })

    for (const { name, range } of RANGES) {
      const { events } = await shop.journeyDashboard(db, range) // warm-up, and the event count to report
      for (const statement of await dashboardStatements(shop, range)) {
        const client = []
        const inDatabase = []
        for (let index = 0; index < RUNS; index++) {
          client.push(await timed(() => db.query(statement.sql, statement.params)))
          inDatabase.push(await databaseTime(db, statement))
        }
        figures.push(
          { name: `dashboard: query "${statement.name}" p95, last ${name} (${events} events)`, value: Math.round(percentile(client, 0.95)), unit: 'ms', budget: QUERY_BUDGET_MS },
          { name: `dashboard: query "${statement.name}" time in the database p95, last ${name}`, value: Math.round(percentile(inDatabase, 0.95)), unit: 'ms', budget: null },
        )
      }
      const dashboard = []
      for (let index = 0; index < RUNS; index++) dashboard.push(await timed(() => shop.journeyDashboard(db, range)))
      figures.push({ name: `dashboard: whole dashboard p95, last ${name}`, value: Math.round(percentile(dashboard, 0.95)), unit: 'ms', budget: null })
    }

    return figures
  } finally {
    await db.close()
    postgres.stop()
  }
}
