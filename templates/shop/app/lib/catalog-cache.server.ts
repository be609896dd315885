import { LRUCache } from 'lru-cache'
import type { Database } from './db.server'
import { env } from './env.server'

/** The channel migration 005_scale_rollups_and_catalog_changes notifies on every committed write to the catalog's tables. */
export const CATALOG_CHANGED = 'catalog_changed'

/**
 * The catalog reads of the home, category and product pages, kept in process (bounded: least recently
 * used entries go first) so a spike on one product page renders without asking the database each time.
 *
 * Dropped whole on every committed write to the catalog's tables, by any process on the database:
 * a trigger notifies `CATALOG_CHANGED` (LISTEN/NOTIFY on PostgreSQL, the same inside PGlite). While the
 * listening connection is down (it reconnects by itself) nothing is served from memory, and everything
 * is dropped once it listens again, since notifications were missed meanwhile. An entry also lives at
 * most `ttlSeconds`. Cached values are shared between requests: never modify one.
 */
export interface CatalogCache {
  /** The value cached under `key`, else `load()`'s (cached unless the catalog changed while it ran). */
  read<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T>
  /** Stops listening for changes. */
  close(): Promise<void>
}

export interface CatalogCacheOptions {
  /** 0: no cache, every read goes to the database. */
  ttlSeconds: number
  maxEntries: number
}

const caches = new WeakMap<Database, Promise<CatalogCache>>()

/** The catalog cache of `db` (one per database and process), listening for changes once created. */
export function catalogCache(db: Database, options: CatalogCacheOptions = env.catalogCache): Promise<CatalogCache> {
  let cache = caches.get(db)
  if (!cache) {
    cache = createCatalogCache(db, options)
    caches.set(db, cache)
    // A failed start (the database briefly unreachable) is tried again by the next request, not kept.
    cache.catch(() => caches.delete(db))
  }
  return cache
}

async function createCatalogCache(db: Database, { ttlSeconds, maxEntries }: CatalogCacheOptions): Promise<CatalogCache> {
  if (ttlSeconds === 0) return { read: (_key, load) => load(), close: async () => {} }
  const entries = new LRUCache<string, { value: unknown }>({ max: maxEntries, ttl: ttlSeconds * 1000 })
  // Bumped by every change: a read that started before it must not store what it read.
  let generation = 0
  const forgetAll = () => {
    generation++
    entries.clear()
  }
  // While the listener is disconnected, changes go unnoticed: reads go to the database until it listens again.
  let listening = true
  const stopListening = await db.listen(CATALOG_CHANGED, {
    notify: forgetAll,
    listening(now) {
      listening = now
      forgetAll()
    },
  })
  return {
    async read<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T> {
      if (!listening) return load()
      const id = JSON.stringify(key)
      const hit = entries.get(id)
      if (hit) return hit.value as T
      const started = generation
      const value = await load()
      if (started === generation) entries.set(id, { value })
      return value
    },
    async close() {
      caches.delete(db)
      await stopListening()
    },
  }
}
