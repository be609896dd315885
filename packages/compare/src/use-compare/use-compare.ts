'use client'
import { useMemo, useSyncExternalStore } from 'react'
import { getCompareStore, getServerSnapshot, type CompareEntry, type CompareStorage } from './compare-store'

export interface UseCompareOptions {
  /** The listing the products are picked from; the choice is stored under `jk:compare:<listId>`. */
  listId: string
  /** The most products that can be picked. Defaults to 4, the ComparisonTable's default. */
  max?: number
  /** `session` (default) keeps the choice in this tab across reloads; `local` also across visits. */
  storage?: CompareStorage
}

export interface UseCompareResult {
  /** The picked products, in the order they were picked. */
  items: readonly CompareEntry[]
  /** Their ids, e.g. for `onCompare(ids)` or a route. */
  ids: string[]
  max: number
  /** `max` products are picked: adding another is refused until one is removed. */
  isFull: boolean
  has(id: string): boolean
  /** Picks a product; returns false (and changes nothing) when the limit is reached. */
  add(entry: CompareEntry): boolean
  remove(id: string): void
  clear(): void
}

/**
 * The products picked for comparison from a listing, kept in session (or local) storage and
 * shared by every component using the same `listId` — checkboxes and the tray stay in sync.
 * On the server and during hydration nothing is picked. Emits no events: `CompareCheckbox` and
 * `CompareTray` do; an app building its own controls tracks `comparison_changed` itself.
 */
export function useCompare({ listId, max = 4, storage = 'session' }: UseCompareOptions): UseCompareResult {
  const store = getCompareStore(listId, storage)
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot, getServerSnapshot)
  return useMemo(
    () => ({
      items,
      ids: items.map((item) => item.id),
      max,
      isFull: items.length >= max,
      has: (id: string) => items.some((item) => item.id === id),
      add: (entry: CompareEntry) => store.add(entry, max),
      remove: store.remove,
      clear: store.clear,
    }),
    [items, max, store],
  )
}
