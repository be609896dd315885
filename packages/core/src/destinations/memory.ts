import type { AnyJourneyEvent, Destination, DestinationCategory } from '../types'

export interface MemoryOptions {
  /** Default `'necessary'`. */
  category?: DestinationCategory
}

export interface MemoryDestination extends Destination {
  /** Every event received, in order. */
  readonly events: AnyJourneyEvent[]
  /** Empties `events` (the same array). */
  clear(): void
}

/** Keeps what it receives in `events`: for tests, stories and debugging. */
export function memory(options: MemoryOptions = {}): MemoryDestination {
  const events: AnyJourneyEvent[] = []
  return {
    name: 'memory',
    category: options.category ?? 'necessary',
    events,
    send(batch) {
      events.push(...batch)
    },
    clear() {
      events.length = 0
    },
  }
}
