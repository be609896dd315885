// @vitest-environment node
// PostgreSQL only (the `postgres` Vitest project alone includes *.postgres.test.ts): PGlite has no server
// connection to kill.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { getProductBySlug } from './catalog.server'
import { catalogCache, type CatalogCache } from './catalog-cache.server'
import type { Database } from './db.server'
import { openTestDatabase } from './test-database.server'

let db: Database
let cache: CatalogCache
beforeAll(async () => {
  db = await openTestDatabase()
  cache = await catalogCache(db, { ttlSeconds: 60, maxEntries: 10 })
}, 60_000)
afterAll(async () => {
  await cache.close()
  await db.close()
})

it('keeps invalidating after its listening connection is killed: it reconnects and forgets what it missed', async () => {
  const listenerPid = async () =>
    (await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN "catalog_changed"'`)).rows[0]?.pid
  const killed = await listenerPid()
  expect(killed).toBeDefined()
  await db.query('SELECT pg_terminate_backend($1)', [killed])
  await expect.poll(listenerPid, { timeout: 5_000 }).toSatisfy((pid) => pid !== undefined && pid !== killed)

  let reads = 0
  const readProduct = () => cache.read(['product', 'aurora-5'], () => (reads++, getProductBySlug(db, 'aurora-5')))
  await readProduct()
  await db.query("UPDATE products SET name = 'Aurora 5 (reconnected)' WHERE slug = 'aurora-5'")
  await expect.poll(async () => (await readProduct())!.name).toBe('Aurora 5 (reconnected)')
  expect(reads).toBeGreaterThan(1)
})
