import { defaultStorage } from '../storage'
import type { AnyJourneyEvent, Destination, DestinationCategory, SendOptions, StorageLike } from '../types'

export interface BeaconOptions {
  /** The collector endpoint; receives `POST { "events": [...] }` as JSON. */
  url: string
  /** Each request body stays strictly below this many bytes (default 64 000, under the 64 KB keepalive limit). */
  maxPayloadBytes?: number
  /** Events kept while the collector is unreachable (default 1000); the oldest are dropped beyond. */
  maxQueue?: number
  /** Exponential backoff with jitter after a network error, 408, 429 or 5xx. */
  retry?: { baseMs?: number; maxMs?: number }
  /** Where the queue survives a reload. Default `localStorage` when accessible; `null` keeps it in memory. */
  storage?: StorageLike | null
  /** Default: the global `fetch`. */
  fetch?: typeof fetch
  /** Used while the page unloads. Default: `navigator.sendBeacon`. */
  sendBeacon?: (url: string, data: Blob) => boolean
  /** Default `'analytics'`. */
  category?: DestinationCategory
}

export interface BeaconDestination extends Destination {
  /** Events not yet acknowledged by the collector (queued or in flight). */
  pending(): number
  /** Events given up on: queue overflow, larger than one payload, or refused by the collector with a 4xx. */
  readonly dropped: number
}

interface Payload {
  ids: string[]
  body: string
}

const BODY_START = '{"events":['
const BODY_END = ']}'
let encoder: TextEncoder | undefined
const byteLength = (text: string) => (encoder ??= new TextEncoder()).encode(text).length

/**
 * Sends events to your own collector. The queue is persisted (when storage allows), split into
 * payloads under `maxPayloadBytes`, retried with backoff until the collector answers 2xx, and
 * handed to `sendBeacon` while the page unloads. An event is removed only once acknowledged, and is
 * never part of two requests in flight at once; the collector should still de-duplicate by `id`
 * (a request may succeed after the page that sent it is gone).
 */
export function beacon(options: BeaconOptions): BeaconDestination {
  const { url, maxPayloadBytes = 64_000, maxQueue = 1000 } = options
  const baseMs = options.retry?.baseMs ?? 1000
  const maxMs = options.retry?.maxMs ?? 60_000
  const storage = options.storage === undefined ? defaultStorage() : options.storage
  const key = 'jk:beacon:' + url
  const inFlight = new Set<string>()
  /** Recently acknowledged ids (at most `maxQueue`), so an event handed over again is not resent. */
  const acknowledged = new Set<string>()
  let queue = restore()
  let dropped = 0
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let warnedOverflow = false

  function restore(): AnyJourneyEvent[] {
    try {
      const saved: unknown = JSON.parse(storage?.getItem(key) ?? '[]')
      if (!Array.isArray(saved)) return []
      return saved.filter((event: Partial<AnyJourneyEvent> | null) => typeof event?.id === 'string').slice(-maxQueue)
    } catch {
      return []
    }
  }

  function persist() {
    try {
      if (queue.length) storage?.setItem(key, JSON.stringify(queue))
      else storage?.removeItem(key)
    } catch {
      // Quota or privacy mode: the queue still lives in memory.
    }
  }

  function remove(ids: readonly string[]) {
    const gone = new Set(ids)
    queue = queue.filter((event) => !gone.has(event.id))
  }

  function acknowledge(ids: readonly string[]) {
    remove(ids)
    for (const id of ids) acknowledged.add(id)
    for (const id of acknowledged) {
      if (acknowledged.size <= maxQueue) break
      acknowledged.delete(id)
    }
  }

  function drop(ids: readonly string[], reason: string) {
    remove(ids)
    dropped += ids.length
    console.warn(`[journeykit] beacon dropped ${ids.length} event(s): ${reason}`)
  }

  function enqueue(batch: readonly AnyJourneyEvent[]) {
    const known = new Set([...acknowledged, ...queue.map((event) => event.id)])
    for (const event of batch) {
      if (known.has(event.id)) continue
      known.add(event.id)
      queue.push(event)
    }
    const overflow = queue.length - maxQueue
    if (overflow > 0) {
      queue.splice(0, overflow)
      dropped += overflow
      if (!warnedOverflow) console.warn(`[journeykit] beacon queue is full (${maxQueue}); dropping the oldest events`)
      warnedOverflow = true
    }
  }

  /** Splits events into bodies below `maxPayloadBytes`; an event that cannot fit alone is dropped. */
  function toPayloads(events: readonly AnyJourneyEvent[]): Payload[] {
    const payloads: Payload[] = []
    const empty = byteLength(BODY_START + BODY_END)
    let current: { ids: string[]; parts: string[]; size: number } = { ids: [], parts: [], size: empty }
    const close = () => {
      if (current.ids.length) payloads.push({ ids: current.ids, body: BODY_START + current.parts.join(',') + BODY_END })
      current = { ids: [], parts: [], size: empty }
    }
    for (const event of events) {
      const json = JSON.stringify(event)
      const size = byteLength(json)
      if (empty + size >= maxPayloadBytes) {
        drop([event.id], `event ${event.id} is larger than ${maxPayloadBytes} bytes`)
        continue
      }
      if (current.ids.length && current.size + 1 + size >= maxPayloadBytes) close()
      current.size += (current.ids.length ? 1 : 0) + size
      current.ids.push(event.id)
      current.parts.push(json)
    }
    close()
    return payloads
  }

  function scheduleRetry() {
    if (retryTimer !== undefined) return
    const delay = Math.min(maxMs, baseMs * 2 ** attempt++)
    // Jitter in [delay / 2, delay] so that many clients do not come back at the same moment.
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      void drain(false)
    }, delay * (0.5 + Math.random() / 2))
  }

  async function post({ ids, body }: Payload): Promise<void> {
    for (const id of ids) inFlight.add(id)
    try {
      const response = await (options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        keepalive: true,
      })
      const { status } = response
      if (response.ok) {
        attempt = 0
        acknowledge(ids)
      } else if (status === 408 || status === 429 || status >= 500) scheduleRetry()
      else drop(ids, `the collector answered ${status}`)
    } catch {
      scheduleRetry()
    } finally {
      for (const id of ids) inFlight.delete(id)
    }
  }

  function beaconOut(payloads: readonly Payload[]): boolean {
    const sendBeacon =
      options.sendBeacon ??
      (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function'
        ? (target: string, data: Blob) => navigator.sendBeacon(target, data)
        : undefined)
    if (!sendBeacon) return false
    for (const payload of payloads) {
      let accepted = false
      try {
        accepted = sendBeacon(url, new Blob([payload.body], { type: 'application/json' }))
      } catch {
        // Treated like `false`: kept for the next page load.
      }
      if (accepted) acknowledge(payload.ids)
    }
    return true
  }

  async function drain(unloading: boolean): Promise<void> {
    // While a retry is scheduled, new events wait for it, unless this is the last chance.
    if (!unloading && retryTimer !== undefined) return
    const payloads = toPayloads(queue.filter((event) => !inFlight.has(event.id)))
    if (!(unloading && beaconOut(payloads))) await Promise.all(payloads.map(post))
    persist()
  }

  return {
    name: 'beacon',
    category: options.category ?? 'analytics',
    get dropped() {
      return dropped
    },
    pending: () => queue.length,
    send(batch, { unloading }: SendOptions) {
      enqueue(batch)
      persist()
      return drain(unloading)
    },
    flush({ unloading }: SendOptions) {
      return drain(unloading)
    },
    shutdown() {
      clearTimeout(retryTimer)
      retryTimer = undefined
    },
  }
}
