import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AnyJourneyEvent, StorageLike } from '../types'
import { beacon, type BeaconOptions } from './beacon'
import { item, makeEvent } from './test-events'

const URL_ = 'https://collect.test/e'
const KEY = 'jk:beacon:' + URL_
const live = { unloading: false }

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

const events = (count: number, padding = 0): AnyJourneyEvent[] =>
  Array.from({ length: count }, () => makeEvent('products_searched', { query: 'x'.repeat(padding) }))

const idsOf = (body: unknown): string[] => (JSON.parse(String(body)) as { events: AnyJourneyEvent[] }).events.map((event) => event.id)

/** A fake collector: answers each request with the next scripted outcome (status or network error), then 200. */
function collector(...script: Array<number | 'offline'>) {
  const delivered: string[] = []
  const requests: string[][] = []
  const fetch = vi.fn<typeof globalThis.fetch>(async (_url, init) => {
    const ids = idsOf(init?.body)
    requests.push(ids)
    const outcome = script.shift() ?? 200
    if (outcome === 'offline') throw new TypeError('Failed to fetch')
    if (outcome < 300) delivered.push(...ids)
    return new Response(null, { status: outcome })
  })
  return { fetch, delivered, requests }
}

let warn: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(Math, 'random').mockReturnValue(1) // no jitter: delays are exactly base × 2ⁿ
})
afterEach(() => {
  vi.useRealTimers()
})

function make(options: Partial<BeaconOptions> = {}) {
  return beacon({ url: URL_, storage: null, ...options })
}

describe('beacon()', () => {
  it('POSTs { events } as JSON with keepalive and forgets acknowledged events', async () => {
    const { fetch } = collector()
    const storage = memoryStorage()
    const destination = make({ fetch, storage })
    const batch = events(2)
    await destination.send(batch, live)
    expect(fetch).toHaveBeenCalledWith(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: batch }),
      keepalive: true,
    })
    expect(destination.pending()).toBe(0)
    expect(storage.data.has(KEY)).toBe(false)
    expect(destination).toMatchObject({ name: 'beacon', category: 'analytics', dropped: 0 })
  })

  it('loses nothing and duplicates nothing while the collector is down and comes back', async () => {
    vi.useFakeTimers()
    const { fetch, delivered } = collector('offline', 503, 429, 'offline')
    const destination = make({ fetch })
    const first = events(3)
    const second = events(2)
    await destination.send(first, live)
    expect(destination.pending()).toBe(3)
    await destination.send(second, live) // waits for the scheduled retry instead of hammering the collector
    expect(fetch).toHaveBeenCalledTimes(1)
    await destination.send(first, live) // the runtime re-sending a batch adds nothing
    await vi.runAllTimersAsync()
    expect(fetch).toHaveBeenCalledTimes(5)
    expect(delivered).toEqual([...first, ...second].map((event) => event.id))
    expect(destination.pending()).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('does not resend an acknowledged event handed over again', async () => {
    const { fetch, delivered } = collector()
    const destination = make({ fetch })
    const batch = events(2)
    await destination.send(batch, live)
    await destination.send(batch, live)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(delivered).toEqual(batch.map((event) => event.id))
  })

  it('never puts an event in two requests in flight at once', async () => {
    const resolvers: Array<(response: Response) => void> = []
    const bodies: string[][] = []
    const fetch = vi.fn<typeof globalThis.fetch>((_url, init) => {
      bodies.push(idsOf(init?.body))
      return new Promise<Response>((resolve) => resolvers.push(resolve))
    })
    const destination = make({ fetch })
    const [a, b] = events(2) as [AnyJourneyEvent, AnyJourneyEvent]
    const firstSend = destination.send([a], live)
    const secondSend = destination.send([a, b], live)
    const flushed = destination.flush?.(live)
    expect(bodies).toEqual([[a.id], [b.id]])
    for (const resolve of resolvers) resolve(new Response(null, { status: 204 }))
    await Promise.all([firstSend, secondSend, flushed])
    expect(destination.pending()).toBe(0)
  })

  it('splits the queue into payloads strictly under maxPayloadBytes', async () => {
    const { fetch, delivered } = collector()
    const destination = make({ fetch })
    const batch = events(200, 1000) // ≈ 1.4 KB each, ≈ 280 KB in all
    await destination.send(batch, live)
    const sizes = fetch.mock.calls.map(([, init]) => new TextEncoder().encode(String(init?.body)).length)
    expect(sizes.length).toBeGreaterThan(4)
    expect(sizes.every((size) => size < 64_000)).toBe(true)
    expect(delivered).toEqual(batch.map((event) => event.id))
  })

  it('measures bytes, not characters', async () => {
    const { fetch, requests } = collector()
    const destination = make({ fetch, maxPayloadBytes: 1000 })
    const batch = [makeEvent('products_searched', { query: '€'.repeat(150) }), makeEvent('products_searched', { query: '€'.repeat(150) })]
    await destination.send(batch, live) // each event is < 1000 characters but > 500 bytes
    expect(requests).toHaveLength(2)
  })

  it('drops and counts an event too large for any payload, and sends the rest', async () => {
    const { fetch, delivered } = collector()
    const destination = make({ fetch, maxPayloadBytes: 2000 })
    const [small, huge] = [makeEvent('lead_captured', { formId: 'f' }), makeEvent('products_searched', { query: 'x'.repeat(3000) })]
    await destination.send([huge, small], live)
    expect(delivered).toEqual([small.id])
    expect(destination.dropped).toBe(1)
    expect(destination.pending()).toBe(0)
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('backs off exponentially from baseMs, capped at maxMs', async () => {
    vi.useFakeTimers()
    const { fetch } = collector(500, 500, 500, 500, 500, 500)
    const destination = make({ fetch, retry: { baseMs: 1000, maxMs: 8000 } })
    await destination.send(events(1), live)
    for (const delay of [1000, 2000, 4000, 8000, 8000]) {
      const calls = fetch.mock.calls.length
      await vi.advanceTimersByTimeAsync(delay - 1)
      expect(fetch, `before ${delay} ms`).toHaveBeenCalledTimes(calls)
      await vi.advanceTimersByTimeAsync(1)
      expect(fetch, `after ${delay} ms`).toHaveBeenCalledTimes(calls + 1)
    }
  })

  it('adds jitter that never exceeds the backoff delay', async () => {
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const { fetch } = collector(503)
    await make({ fetch, retry: { baseMs: 1000 } }).send(events(1), live)
    await vi.advanceTimersByTimeAsync(499)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('waits at least the Retry-After the collector asks for, longer than its own backoff', async () => {
    vi.useFakeTimers()
    let answered = 0
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      answered++ === 0 ? new Response(null, { status: 429, headers: { 'retry-after': '30' } }) : new Response(null, { status: 204 }),
    )
    const destination = make({ fetch, retry: { baseMs: 1000 } })
    await destination.send(events(1), live)
    await vi.advanceTimersByTimeAsync(29_999)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(destination.pending()).toBe(0)
  })

  it('falls back to its own backoff when Retry-After is not a delay', async () => {
    vi.useFakeTimers()
    let answered = 0
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      answered++ === 0 ? new Response(null, { status: 503, headers: { 'retry-after': 'soon' } }) : new Response(null, { status: 204 }),
    )
    const destination = make({ fetch, retry: { baseMs: 1000 } })
    await destination.send(events(1), live)
    await vi.advanceTimersByTimeAsync(1000)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('resends failed events before newer ones, oldest first', async () => {
    vi.useFakeTimers()
    const { fetch, requests } = collector('offline')
    const destination = make({ fetch })
    const [a, b, c] = events(3) as [AnyJourneyEvent, AnyJourneyEvent, AnyJourneyEvent]
    await destination.send([a, b], live)
    await destination.send([c], live)
    await vi.runAllTimersAsync()
    expect(requests).toEqual([[a.id, b.id], [a.id, b.id, c.id]])
  })

  it('drops events the collector refuses with another 4xx, without retrying', async () => {
    vi.useFakeTimers()
    const { fetch } = collector(400)
    const destination = make({ fetch })
    await destination.send(events(2), live)
    await vi.runAllTimersAsync()
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(destination.pending()).toBe(0)
    expect(destination.dropped).toBe(2)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('400'))
  })

  it('restores the persisted queue after a reload and sends it', async () => {
    const storage = memoryStorage()
    const offline = collector('offline')
    const before = make({ fetch: offline.fetch, storage })
    const batch = events(2)
    await before.send(batch, live)
    before.shutdown?.()
    expect(JSON.parse(storage.data.get(KEY) ?? '[]')).toEqual(batch)

    const online = collector()
    const after = make({ fetch: online.fetch, storage })
    expect(after.pending()).toBe(2)
    const next = events(1)
    await after.send(next, live)
    expect(online.delivered).toEqual([...batch, ...next].map((event) => event.id))
    expect(storage.data.has(KEY)).toBe(false)
  })

  it('ignores a corrupt persisted queue and entries that are not events', () => {
    const storage = memoryStorage()
    storage.setItem(KEY, '{not json')
    expect(make({ storage }).pending()).toBe(0)
    storage.setItem(KEY, JSON.stringify([null, { name: 'x' }, ...events(1)]))
    expect(make({ storage }).pending()).toBe(1)
  })

  it('keeps working when storage throws', async () => {
    const { fetch, delivered } = collector()
    const storage: StorageLike = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
      removeItem: () => {},
    }
    const destination = make({ fetch, storage })
    await destination.send(events(1), live)
    expect(delivered).toHaveLength(1)
  })

  it('uses localStorage by default when it is accessible', async () => {
    const storage = memoryStorage()
    vi.stubGlobal('localStorage', storage)
    const { fetch } = collector('offline')
    const destination = beacon({ url: URL_, fetch })
    await destination.send(events(1), live)
    destination.shutdown?.()
    expect(storage.data.has(KEY)).toBe(true)
  })

  it('bounds the queue, dropping the oldest events and warning once', async () => {
    vi.useFakeTimers()
    const { fetch } = collector('offline')
    const destination = make({ fetch, maxQueue: 3 })
    const batch = events(5)
    await destination.send(batch.slice(0, 4), live)
    await destination.send(batch.slice(4), live)
    expect(destination.pending()).toBe(3)
    expect(destination.dropped).toBe(2)
    expect(warn).toHaveBeenCalledTimes(1)
    const { delivered } = collector()
    fetch.mockImplementation(async (_url, init) => {
      delivered.push(...idsOf(init?.body))
      return new Response(null, { status: 200 })
    })
    await vi.runAllTimersAsync()
    expect(delivered).toEqual(batch.slice(2).map((event) => event.id))
  })

  it('hands payloads to sendBeacon while unloading and keeps the refused ones for the next page', async () => {
    const storage = memoryStorage()
    const { fetch } = collector()
    const blobs: Blob[] = []
    const sendBeacon = vi.fn((_url: string, data: Blob) => {
      blobs.push(data)
      return blobs.length === 1
    })
    const batch = events(4)
    const eventBytes = new TextEncoder().encode(JSON.stringify(batch[0])).length
    const destination = make({ fetch, storage, sendBeacon, maxPayloadBytes: 2 * eventBytes + 20 }) // two per payload
    await destination.send(batch, { unloading: true })
    expect(fetch).not.toHaveBeenCalled()
    expect(sendBeacon).toHaveBeenCalledTimes(2)
    expect(sendBeacon.mock.calls[0]?.[0]).toBe(URL_)
    expect(blobs[0]?.type).toBe('application/json')
    expect(idsOf(await blobs[0]?.text())).toEqual(batch.slice(0, 2).map((event) => event.id))
    expect(destination.pending()).toBe(2)
    expect(JSON.parse(storage.data.get(KEY) ?? '[]')).toEqual(batch.slice(2))
  })

  it('flushes the queue through sendBeacon on page hide, even during a backoff', async () => {
    vi.useFakeTimers()
    const { fetch } = collector('offline')
    const sendBeacon = vi.fn(() => true)
    const destination = make({ fetch, sendBeacon })
    await destination.send(events(2), live)
    await destination.flush?.({ unloading: true })
    expect(sendBeacon).toHaveBeenCalledTimes(1)
    expect(destination.pending()).toBe(0)
  })

  it('falls back to fetch with keepalive when sendBeacon is unavailable', async () => {
    const { fetch } = collector()
    const destination = make({ fetch })
    await destination.send(events(1), { unloading: true })
    expect(fetch).toHaveBeenCalledWith(URL_, expect.objectContaining({ keepalive: true }))
  })

  it('stops retrying after shutdown', async () => {
    vi.useFakeTimers()
    const { fetch } = collector('offline')
    const destination = make({ fetch })
    await destination.send([makeEvent('product_viewed', { item: item('a', 100) })], live)
    destination.shutdown?.()
    await vi.runAllTimersAsync()
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(destination.pending()).toBe(1)
  })
})
