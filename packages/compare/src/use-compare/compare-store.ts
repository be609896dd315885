/** A product picked for comparison, as kept in storage: enough to list it in the tray after a reload. */
export interface CompareEntry {
  id: string
  name: string
  /** A picture of the product, shown as a small thumbnail in the tray (e.g. the product's `image`). */
  image?: { src: string; alt: string }
}

/** Where the choice is kept: `session` (this tab, across reloads; the default) or `local` (also across visits). */
export type CompareStorage = 'session' | 'local'

/** A change made through the store. */
export type CompareChange = { type: 'add' | 'remove'; entry: CompareEntry } | { type: 'clear' }

export interface CompareStore {
  /** The picked products, in the order they were picked; the same array until they change. */
  getSnapshot(): readonly CompareEntry[]
  /** Listens to every change made through the store, told what changed (nothing is told about state restored from storage). */
  subscribe(listener: (change: CompareChange) => void): () => void
  /** Adds a product unless `max` are already picked; returns whether it is picked now. */
  add(entry: CompareEntry, max: number): boolean
  remove(id: string): void
  clear(): void
}

const NOTHING: readonly CompareEntry[] = []


// Call sites check NODE_ENV themselves so production bundles drop the messages too.
function warn(message: string): void {
  console.warn(`[journeykit] useCompare: ${message}`)
}

// Reading `sessionStorage` throws in sandboxed frames and with storage blocked; it is undefined on the server.
function area(kind: CompareStorage): Storage | undefined {
  try {
    return (kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage) ?? undefined
  } catch {
    return undefined
  }
}

function isEntry(value: unknown): value is CompareEntry {
  return typeof (value as CompareEntry | null)?.id === 'string' && typeof (value as CompareEntry).name === 'string'
}

function parse(raw: string | null): readonly CompareEntry[] {
  if (!raw) return NOTHING
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) ? value.filter(isEntry) : NOTHING
  } catch {
    if (process.env.NODE_ENV !== 'production') warn('ignored an unreadable stored comparison')
    return NOTHING
  }
}

function createStore(kind: CompareStorage, key: string): CompareStore {
  const listeners = new Set<(change: CompareChange) => void>()
  // Read from storage once, on the client's first snapshot; kept in memory when storage fails.
  let entries: readonly CompareEntry[] | undefined

  function read(): readonly CompareEntry[] {
    if (!entries) {
      try {
        entries = parse(area(kind)?.getItem(key) ?? null)
      } catch {
        entries = NOTHING
      }
    }
    return entries
  }

  function write(next: readonly CompareEntry[], change: CompareChange): void {
    entries = next
    try {
      const storage = area(kind)
      if (next.length) storage?.setItem(key, JSON.stringify(next))
      else storage?.removeItem(key)
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') warn(`could not keep the comparison in ${kind}Storage (${String(error)})`)
    }
    for (const listener of [...listeners]) listener(change)
  }

  return {
    getSnapshot: read,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    add(entry, max) {
      const current = read()
      if (current.some((picked) => picked.id === entry.id)) return true
      if (current.length >= max) return false
      const { id, name, image } = entry
      const next = [...current, image ? { id, name, image: { src: image.src, alt: image.alt } } : { id, name }]
      write(next, { type: 'add', entry })
      return true
    },
    remove(id) {
      const current = read()
      const entry = current.find((picked) => picked.id === id)
      if (entry) write(current.filter((picked) => picked !== entry), { type: 'remove', entry })
    },
    clear() {
      if (read().length) write(NOTHING, { type: 'clear' })
    },
  }
}

const stores = new Map<string, CompareStore>()

/** The one store of a list's comparison per storage kind, shared by every `useCompare` of that list. */
export function getCompareStore(listId: string, storage: CompareStorage = 'session'): CompareStore {
  const key = `jk:compare:${listId}`
  const id = `${storage}:${key}`
  let store = stores.get(id)
  if (!store) {
    store = createStore(storage, key)
    stores.set(id, store)
  }
  return store
}

/** The server (and hydration) snapshot: nothing picked, so server and client markup agree. */
export function getServerSnapshot(): readonly CompareEntry[] {
  return NOTHING
}
