// The shop's in-process catalog cache (templates/shop/app/lib/catalog-cache.server.ts): product page
// renders per second on loopback (autocannon, 10 connections, 10 s after a 2 s warm-up) with the cache
// off (CATALOG_CACHE_TTL=0: every request reads the catalog from the database) and on (the default),
// on the embedded PGlite and on a throwaway PostgreSQL, one built snapshot for all four runs.
import { startPostgres } from '../scripts/postgres.mjs'
import { buildSnapshot, startShop, throughput } from './shop.bench.mjs'
import { rmSync } from 'node:fs'

const CACHE_MODES = [
  { name: 'uncached', env: { CATALOG_CACHE_TTL: '0' } },
  { name: 'cached', env: {} },
]

/** @returns {Promise<Array<{ name: string, value: number, unit: string, budget: number | null, better?: 'higher' }>>} */
export async function run() {
  const snapshotDir = buildSnapshot()
  const postgres = await startPostgres()
  try {
    const figures = []
    const databases = [
      { name: 'PGlite', env: {} },
      { name: 'PostgreSQL', env: { DATABASE_URL: postgres.url } },
    ]
    for (const database of databases) {
      const rates = {}
      for (const mode of CACHE_MODES) {
        const shop = await startShop(snapshotDir, { ...database.env, ...mode.env })
        try {
          const { requestsPerSecond, p99 } = await throughput(shop.url)
          rates[mode.name] = requestsPerSecond
          figures.push(
            { name: `catalog cache: product page renders/s, ${mode.name}, ${database.name}, 10 connections, loopback`, value: Math.round(requestsPerSecond), unit: 'requests/s', budget: null, better: 'higher' },
            { name: `catalog cache: product page p99 latency, ${mode.name}, ${database.name}`, value: p99, unit: 'ms', budget: null },
          )
        } finally {
          await shop.stop()
        }
      }
      figures.push({ name: `catalog cache: cached / uncached product page renders/s, ${database.name}`, value: Math.round((rates.cached / rates.uncached) * 100) / 100, unit: '×', budget: null, better: 'higher' })
    }
    return figures
  } finally {
    postgres.stop()
    rmSync(snapshotDir, { recursive: true, force: true })
  }
}
