import { LRUCache } from 'lru-cache'
import type { Database } from './db.server'
import { env } from './env.server'

/** The channel migration 005_scale_rollups_and_catalog_changes notifies on every committed write to the catalog's tables. */
export const CATALOG_CHANGED = 'catalog_changed'

/**
 * What a cached read depends on, and what a change notification names (migration 009_scale_catalog_change_tags):
 * a product (its row and variants' stock), a category's listings, a product's reviews, its recent purchases,
 * `promotions` the coupons and what the storefront advertises (migration 014_admin_promotions_…).
 * `catalog` is everything; in a read's dependencies, `kind:*` means any tag of that kind.
 */
export type CatalogTag = 'catalog' | 'promotions' | `${'product' | 'category' | 'reviews' | 'purchases'}:${string}`

/**
 * The catalog reads of the home, category and product pages, kept in process (bounded: least recently
 * used entries go first) so a spike on one product page renders without asking the database each time.
 * Concurrent reads of one missing entry share one load.
 *
 * Each committed write to the catalog's tables, by any process on the database, notifies `CATALOG_CHANGED`
 * with the tags it touched (LISTEN/NOTIFY on PostgreSQL, the same inside PGlite); the entries depending on
 * one of them are dropped, and a load that was running meanwhile is not stored. While the listening
 * connection is down (it reconnects by itself) nothing is served from memory, and everything is dropped
 * once it listens again, since notifications were missed meanwhile. An entry also lives at most
 * `ttlSeconds`. Cached values are shared between requests: never modify one.
 */
export interface CatalogCache {
  /**
   * The value cached under `key`, else `load()`'s, cached until a change names one of `dependsOn(value)`
   * (default `['catalog']`: until any change; `[]`: until a change to everything).
   */
  read<T>(key: readonly unknown[], load: () => Promise<T>, dependsOn?: (value: T) => CatalogTag[]): Promise<T>
  /** Whether reads are kept now: false when turned off, or while the listener reconnects. */
  readonly caching: boolean
  /** Calls `listener` on every change this cache hears of (and when its listener's connection drops or returns). */
  onChange(listener: () => void): void
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

interface Entry {
  value: unknown
  dependsOn: readonly string[]
}

/** Whether a change naming `changed` reaches an entry depending on `dependsOn`. */
export function isAffected(dependsOn: readonly string[], changed: readonly string[]): boolean {
  if (changed.includes('catalog') || dependsOn.includes('catalog')) return true
  return dependsOn.some((tag) => (tag.endsWith(':*') ? changed.some((name) => name.startsWith(tag.slice(0, -1))) : changed.includes(tag)))
}

/** The tags of a notification's payload; anything unreadable counts as a change to everything. */
function changedTags(payload: string): string[] {
  try {
    const tags: unknown = JSON.parse(payload)
    if (Array.isArray(tags) && tags.length > 0 && tags.every((tag) => typeof tag === 'string')) return tags
  } catch {
    // not JSON (an older trigger): below
  }
  return ['catalog']
}

async function createCatalogCache(db: Database, { ttlSeconds, maxEntries }: CatalogCacheOptions): Promise<CatalogCache> {
  if (ttlSeconds === 0) return { read: (_key, load) => load(), caching: false, onChange: () => {}, close: async () => {} }
  const entries = new LRUCache<string, Entry>({ max: maxEntries, ttl: ttlSeconds * 1000 })
  const loading = new Map<string, Promise<Entry>>()
  // Bumped by every change: a load that started before it must not store what it read.
  let generation = 0
  const changeListeners = new Set<() => void>()
  const forget = (changed: readonly string[]) => {
    generation++
    for (const listener of changeListeners) listener()
    // later readers start a load of their own rather than wait for one that may predate the change
    loading.clear()
    for (const [id, entry] of entries.entries()) if (isAffected(entry.dependsOn, changed)) entries.delete(id)
  }
  // While the listener is disconnected, changes go unnoticed: reads go to the database until it listens again.
  let listening = true
  const stopListening = await db.listen(CATALOG_CHANGED, {
    notify: (payload) => forget(changedTags(payload)),
    listening(now) {
      listening = now
      forget(['catalog'])
    },
  })
  const startLoad = <T>(id: string, load: () => Promise<T>, dependsOn: (value: T) => CatalogTag[]): Promise<Entry> => {
    const started = generation
    const pending = load()
      .then((value) => {
        const entry = { value, dependsOn: dependsOn(value) }
        if (started === generation) entries.set(id, entry)
        return entry
      })
      .finally(() => {
        if (loading.get(id) === pending) loading.delete(id)
      })
    loading.set(id, pending)
    return pending
  }
  return {
    get caching() {
      return listening
    },
    onChange(listener) {
      changeListeners.add(listener)
    },
    async read<T>(key: readonly unknown[], load: () => Promise<T>, dependsOn: (value: T) => CatalogTag[] = () => ['catalog']): Promise<T> {
      if (!listening) return load()
      const id = JSON.stringify(key)
      const hit = entries.get(id)
      if (hit) return hit.value as T
      const pending = loading.get(id) ?? startLoad(id, load, dependsOn)
      return (await pending).value as T
    },
    async close() {
      caches.delete(db)
      await stopListening()
    },
  }
}
