import type { JourneyError, StorageLike } from './types'

/** Every key the journey persists starts with this prefix. */
export const STORAGE_PREFIX = 'jk:'

export const STORAGE_KEYS = {
  anonymousId: 'jk:anonymousId',
  session: 'jk:session',
  /** `'1'` once the visitor has completed an order. */
  returningCustomer: 'jk:returning',
} as const

/** `localStorage` when it can be used; reading it throws in sandboxed frames and with storage blocked. */
export function defaultStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

export type Store = ReturnType<typeof createStore>

/** Storage access that never throws: failures (quota, SecurityError) are reported as `storage` errors. */
export function createStore(storage: StorageLike | null, report: (error: JourneyError) => void) {
  function attempt<T>(action: string, run: (storage: StorageLike) => T): T | undefined {
    try {
      return storage ? run(storage) : undefined
    } catch (cause) {
      report({ kind: 'storage', message: `storage ${action} failed`, cause })
      return undefined
    }
  }

  return {
    read: (key: string): string | null | undefined => attempt(`read of ${key}`, (s) => s.getItem(key)),
    write: (key: string, value: string): void => attempt(`write of ${key}`, (s) => s.setItem(key, value)),
    /** Removes the journey's keys, and every other `jk:` key a `Storage` lists as its properties (e.g. a beacon queue, exposures). */
    clear: (): void =>
      attempt('clear', (s) => {
        for (const name of [...Object.values(STORAGE_KEYS), ...Object.keys(s)]) if (name.startsWith(STORAGE_PREFIX)) s.removeItem(name)
      }),
  }
}
