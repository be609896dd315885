import { vi } from 'vitest'
import type { Item } from './catalog'
import type { AnyJourneyEvent, Destination, DestinationCategory, JourneyOptions, StorageLike } from './types'

export const shoe: Item = { id: 'sku-1', name: 'Trail shoe', price: { amount: 12900, currency: 'EUR' }, quantity: 1 }

/** A destination whose every method is a spy. */
export function fakeDestination(category: DestinationCategory = 'analytics', name = `${category}-dest`) {
  return {
    name,
    category,
    send: vi.fn<Destination['send']>(),
    consent: vi.fn<NonNullable<Destination['consent']>>(),
    identify: vi.fn<NonNullable<Destination['identify']>>(),
    flush: vi.fn<NonNullable<Destination['flush']>>(),
    shutdown: vi.fn<NonNullable<Destination['shutdown']>>(),
  }
}

/** The names of the events a destination received, over all its batches. */
export function received(destination: { send: { mock: { calls: Array<[AnyJourneyEvent[], unknown]> } } }): string[] {
  return destination.send.mock.calls.flatMap(([batch]) => batch.map((event) => event.name))
}

/** A `Map`-backed storage. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

/** A controllable clock and sequential ids, for deterministic envelopes. */
export function deterministic(start = '2026-03-01T10:00:00.000Z') {
  let time = Date.parse(start)
  let counter = 0
  return {
    options: { now: () => new Date(time), id: () => `id-${++counter}` } satisfies Partial<JourneyOptions>,
    advance(ms: number) {
      time += ms
    },
  }
}

export const MINUTE = 60_000
