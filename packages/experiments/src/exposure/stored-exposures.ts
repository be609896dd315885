import type { StorageLike } from '@journeykit/core'

/** The `jk:` prefix: the journey removes it with the visitor's other keys (`reset()`, analytics consent denied) when its storage lists them (`localStorage` does). */
export const EXPOSURES_KEY = 'jk:experiments'

/** The variant the visitor was exposed to, by experiment key. */
export type Exposures = Record<string, string>

/** `localStorage` when it can be used; reading it throws in sandboxed frames and with storage blocked. */
export function defaultStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** The stored exposures; anything but an object of strings (or storage that throws) counts as none. */
export function readExposures(storage: StorageLike | null): Exposures {
  try {
    const value: unknown = JSON.parse(storage?.getItem(EXPOSURES_KEY) ?? '{}')
    if (isExposures(value)) return { ...value }
  } catch {
    // unreadable: none
  }
  return {}
}

/** Saves the exposures; a full or blocked storage only costs remembering them on the next page. */
export function writeExposures(storage: StorageLike | null, exposures: Exposures): void {
  try {
    storage?.setItem(EXPOSURES_KEY, JSON.stringify(exposures))
  } catch {
    // the exposure was still recorded on this page
  }
}

/** Removes the stored exposures (the journey does too, from a storage that lists its keys). */
export function forgetExposures(storage: StorageLike | null): void {
  try {
    storage?.removeItem(EXPOSURES_KEY)
  } catch {
    // nothing more can be done
  }
}

function isExposures(value: unknown): value is Exposures {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((variant) => typeof variant === 'string')
}
