// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogCache, type CatalogCache } from './catalog-cache.server'
import { getProductBySlug } from './catalog.server'
import type { Database } from './db.server'
import { openTestDatabase, testDatabase } from './test-database.server'

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

/** Reads the product through the cache, counting the reads that reach the database. */
function counted() {
  let reads = 0
  const read = () => cache.read(['product', 'aurora-5'], () => (reads++, getProductBySlug(db, 'aurora-5')))
  return { read, reads: () => reads }
}

describe('catalogCache', () => {
  it('answers a repeated read from memory, and reads again after any write to the catalog commits', async () => {
    const product = counted()
    const first = await product.read()
    expect(await product.read()).toBe(first)
    expect(product.reads()).toBe(1)

    await db.query("UPDATE products SET name = 'Aurora 5 (2027)' WHERE slug = 'aurora-5'")
    await expect.poll(async () => (await product.read())!.name).toBe('Aurora 5 (2027)')
    expect(product.reads()).toBeGreaterThan(1)
  })

  it.skipIf(testDatabase().kind !== 'postgres')(
    'keeps invalidating after its listening connection is killed: it reconnects and forgets what it missed',
    async () => {
      const listenerPid = async () =>
        (await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN "catalog_changed"'`)).rows[0]?.pid
      const killed = await listenerPid()
      expect(killed).toBeDefined()
      await db.query('SELECT pg_terminate_backend($1)', [killed])
      await expect.poll(listenerPid, { timeout: 5_000 }).toSatisfy((pid) => pid !== undefined && pid !== killed)

      const product = counted()
      await product.read()
      await db.query("UPDATE products SET name = 'Aurora 5 (reconnected)' WHERE slug = 'aurora-5'")
      await expect.poll(async () => (await product.read())!.name).toBe('Aurora 5 (reconnected)')
    },
  )

  it('is one cache per database, shared by every request of the process', async () => {
    expect(await catalogCache(db)).toBe(cache)
  })

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    for (let index = 0; index < 12; index++) await cache.read(['filler', index], async () => index)
    let loaded = false
    expect(await cache.read(['filler', 0], async () => ((loaded = true), -1))).toBe(-1)
    expect(loaded).toBe(true)
  })

  it('does not keep a cache that failed to start: the next request tries again', async () => {
    let refusals = 1
    const flaky: Database = {
      ...db,
      listen: (...args) => (refusals-- > 0 ? Promise.reject(new Error('connection refused')) : db.listen(...args)),
    }
    await expect(catalogCache(flaky, { ttlSeconds: 60, maxEntries: 10 })).rejects.toThrow('connection refused')
    const started = await catalogCache(flaky, { ttlSeconds: 60, maxEntries: 10 })
    expect(await started.read(['k'], async () => 'read')).toBe('read')
    await started.close()
  })

  it('with a lifetime of 0 caches nothing', async () => {
    const other = await openTestDatabase({ seed: false })
    try {
      const uncached = await catalogCache(other, { ttlSeconds: 0, maxEntries: 10 })
      let reads = 0
      await uncached.read(['k'], async () => reads++)
      await uncached.read(['k'], async () => reads++)
      expect(reads).toBe(2)
    } finally {
      await other.close()
    }
  }, 60_000)
})
