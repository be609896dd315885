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

/** A Retry-After header (seconds or an HTTP date) in milliseconds from now; 0 when absent or invalid. */
function retryAfterMs(header: string | null | undefined): number {
  if (!header) return 0
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now()
  return Number.isFinite(ms) && ms > 0 ? ms : 0
}
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
  // Every structure is keyed by id and kept in arrival order, so each event costs O(1) to queue,
  // send, acknowledge or drop: nothing is rebuilt or filtered per batch.
  /** Queued events not in a request yet, oldest first. */
  let waiting = new Map<string, AnyJourneyEvent>()
  /** Events in a request that has not answered yet. */
  const inFlight = new Map<string, AnyJourneyEvent>()
  /** Recently acknowledged ids (at most `maxQueue`), so an event handed over again is not resent. */
  const acknowledged = new Set<string>()
  let dropped = 0
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let warnedOverflow = false
  for (const event of restore()) waiting.set(event.id, event)

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
    if (!storage) return
    try {
      if (waiting.size + inFlight.size) storage.setItem(key, JSON.stringify([...inFlight.values(), ...waiting.values()]))
      else storage.removeItem(key)
    } catch {
      // Quota or privacy mode: the queue still lives in memory.
    }
  }

  function acknowledge(ids: readonly string[]) {
    for (const id of ids) {
      inFlight.delete(id)
      waiting.delete(id)
      acknowledged.add(id)
    }
    // A Set iterates oldest first: forget the oldest acknowledgements beyond `maxQueue`.
    for (const id of acknowledged) {
      if (acknowledged.size <= maxQueue) break
      acknowledged.delete(id)
    }
  }

  function drop(ids: readonly string[], reason: string) {
    for (const id of ids) {
      inFlight.delete(id)
      waiting.delete(id)
    }
    dropped += ids.length
    console.warn(`[journeykit] beacon dropped ${ids.length} event(s): ${reason}`)
  }

  /** A request failed: its events go back in front of the queue, oldest first, to be retried. */
  function requeue(ids: readonly string[]) {
    const retried = new Map<string, AnyJourneyEvent>()
    for (const id of ids) {
      const event = inFlight.get(id)
      inFlight.delete(id)
      if (event) retried.set(id, event)
    }
    if (!retried.size) return
    for (const [id, event] of waiting) retried.set(id, event)
    waiting = retried
  }

  function enqueue(batch: readonly AnyJourneyEvent[]) {
    for (const event of batch) {
      if (waiting.has(event.id) || inFlight.has(event.id) || acknowledged.has(event.id)) continue
      waiting.set(event.id, event)
    }
    let overflow = 0
    // In-flight events are already sent; the oldest waiting ones make room (the total never exceeds maxQueue).
    for (const id of waiting.keys()) {
      if (waiting.size + inFlight.size <= maxQueue) break
      waiting.delete(id)
      overflow++
    }
    if (overflow > 0) {
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

  /** Backoff with jitter in [delay / 2, delay], so that many clients do not come back at once; never sooner than the collector's Retry-After. */
  function scheduleRetry(notBeforeMs = 0) {
    if (retryTimer !== undefined) return
    const delay = Math.min(maxMs, baseMs * 2 ** attempt++)
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      void drain(false)
    }, Math.max(notBeforeMs, delay * (0.5 + Math.random() / 2)))
  }

  async function post({ ids, body }: Payload): Promise<void> {
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
      } else if (status === 408 || status === 429 || status >= 500) {
        requeue(ids)
        scheduleRetry(retryAfterMs(response.headers?.get('retry-after')))
      } else drop(ids, `the collector answered ${status}`)
    } catch {
      requeue(ids)
      scheduleRetry()
    }
  }

  function beaconOut(payloads: readonly Payload[]): boolean {
    const sendBeacon =
      options.sendBeacon ??
      (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function'
        ? (target: string, data: Blob) => navigator.sendBeacon(target, data)
        : undefined)
    if (!sendBeacon) return false
    const refused: string[] = []
    for (const payload of payloads) {
      let accepted = false
      try {
        accepted = sendBeacon(url, new Blob([payload.body], { type: 'application/json' }))
      } catch {
        // Treated like `false`: kept for the next page load.
      }
      if (accepted) acknowledge(payload.ids)
      else refused.push(...payload.ids)
    }
    requeue(refused)
    return true
  }

  async function drain(unloading: boolean): Promise<void> {
    // While a retry is scheduled, new events wait for it, unless this is the last chance.
    if (!unloading && retryTimer !== undefined) return
    const events = [...waiting.values()]
    for (const event of events) inFlight.set(event.id, event)
    waiting = new Map()
    const payloads = toPayloads(events)
    if (!(unloading && beaconOut(payloads))) await Promise.all(payloads.map(post))
    persist()
  }

  return {
    name: 'beacon',
    category: options.category ?? 'analytics',
    get dropped() {
      return dropped
    },
    pending: () => waiting.size + inFlight.size,
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
