import type { AnyJourneyEvent, Destination, JourneyError } from './types'

/** How long a destination's promise may stay unsettled before it is reported as timed out. The message repeats it. */
export const SETTLE_TIMEOUT_MS = 10_000

export interface DeliveryOptions {
  /** Events per batch. */
  size: number
  /** Milliseconds before a partial batch is sent. */
  interval: number
  report: (error: JourneyError) => void
}

export type Delivery = ReturnType<typeof createDelivery>

/** The methods of a destination the journey calls. */
export type DestinationMethod = 'send' | 'consent' | 'identify' | 'flush' | 'shutdown'

/**
 * One outbox per destination. A full outbox is sent on the next macrotask, a partial one after
 * `interval`; never inside `enqueue`, so `track()` stays cheap. Every call into a destination is
 * isolated: a throw, a rejection or a promise that does not settle within 10 s is reported, and
 * nothing waits on it except `settle()`.
 */
export function createDelivery(destinations: readonly Destination[], { size, interval, report }: DeliveryOptions) {
  const outboxes: AnyJourneyEvent[][] = destinations.map(() => [])
  const inFlight = new Set<Promise<void>>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let timerIsImmediate = false

  function cancel(): void {
    clearTimeout(timer)
    timer = undefined
  }

  /** Queues an event for the destination at `index` and makes sure a send is scheduled. */
  function enqueue(index: number, event: AnyJourneyEvent): void {
    const full = outboxes[index]!.push(event) >= size
    if (timer !== undefined && (timerIsImmediate || !full)) return
    cancel()
    timerIsImmediate = full
    timer = setTimeout(drain, full ? 0 : interval, false)
  }

  /** Hands every outbox to its destination now, in batches of `size`. */
  function drain(unloading: boolean): void {
    cancel()
    destinations.forEach((destination, index) => {
      const outbox = outboxes[index]!
      outboxes[index] = []
      // Not splice(0, size) in a loop: that moves the rest of a long outbox each time (quadratic).
      for (let start = 0; start < outbox.length; start += size) call(destination, 'send', outbox.slice(start, start + size), { unloading })
    })
  }

  /**
   * Calls `destination[method](...args)` now, when the destination has that method. A throw, a
   * rejection or a time-out is reported (a microtask later), never passed to the caller.
   */
  function call<M extends DestinationMethod>(destination: Destination, method: M, ...args: Parameters<NonNullable<Destination[M]>>): void {
    if (!destination[method]) return
    let timeout: ReturnType<typeof setTimeout> | undefined
    // Settles once, with the problem if there is one: a promise resolves only the first time.
    const settled = new Promise<[problem?: string, cause?: unknown]>((resolve) => {
      const result = (destination[method] as (...params: typeof args) => unknown)(...args) as PromiseLike<unknown> | undefined
      if (typeof result?.then !== 'function') return resolve([])
      timeout = setTimeout(resolve, SETTLE_TIMEOUT_MS, ['timed out after 10 s'])
      result.then(
        () => resolve([]),
        (cause: unknown) => resolve(['rejected', cause]),
      )
    })
      .catch((cause: unknown) => ['threw', cause] as const)
      .then(([problem, cause]) => {
        clearTimeout(timeout)
        inFlight.delete(settled)
        if (problem) report({ kind: 'destination', destination: destination.name, message: `${destination.name}: ${method} ${problem}`, cause })
      })
    inFlight.add(settled)
  }

  /** Resolves when every call in flight now has settled or timed out (later calls are not waited for). */
  function settle(): Promise<unknown> {
    return Promise.all(inFlight)
  }

  return { enqueue, drain, call, settle }
}
