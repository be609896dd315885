// @vitest-environment node
import { EVENT_STAGES, STAGES, type AnyJourneyEvent } from '@journeykit/core'
import { openTestDatabase } from './test-database.server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { collectEvents, COLLECTOR_LIMITS, validateEvent } from './collector.server'
import type { Database } from './db.server'
import { createServerEvent, recordServerEvent } from './journey-events.server'
import { generateJourneyEvents } from './journey-test-data.server'
import { CLIENT_ADDRESS_HEADER, resetRateLimits } from './rate-limit.server'

// journey_events has no foreign keys, so this file needs the schema but not the demo catalog.
let db: Database
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())
beforeEach(() => resetRateLimits(db))

const NOW = new Date('2026-03-15T12:00:00Z')
let addressCounter = 0

/** A request like the beacon destination's, from its own address unless one is given. */
function post(body: BodyInit, { headers = {}, address }: { headers?: Record<string, string>; address?: string } = {}): Request {
  return new Request('http://shop.test/api/events', {
    method: 'POST',
    // A Blob body brings its own content type, as with navigator.sendBeacon.
    headers: {
      ...(body instanceof Blob ? {} : { 'content-type': 'application/json' }),
      [CLIENT_ADDRESS_HEADER]: address ?? `10.0.0.${++addressCounter}`,
      ...headers,
    },
    body,
  })
}

const batch = (events: unknown[]) => JSON.stringify({ events })

function events(count: number, seed: number): AnyJourneyEvent[] {
  const all = generateJourneyEvents({ sessions: 60, seed, from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-14T00:00:00Z') })
  return all.slice(0, count)
}

function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `evt-${Math.random().toString(36).slice(2)}`,
    name: 'product_viewed',
    stage: 'consideration',
    occurredAt: '2026-03-10T09:30:00.000Z',
    properties: { item: { id: 'aurora-28', name: 'Aurora 28', price: { amount: 8900, currency: 'EUR' } } },
    context: { sessionId: 's-1', anonymousId: 'a-1', touchpoint: { channel: 'direct', source: 'direct' }, campaign: {} },
    source: { block: 'ProductPage' },
    ...overrides,
  }
}

async function storedCount(ids: string[]): Promise<number> {
  const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM journey_events WHERE id = ANY($1)', [ids])
  return rows[0]!.count
}

describe('collectEvents', () => {
  it('stores a batch as the beacon destination sends it, and the stored envelope is the event', async () => {
    const sent = events(40, 1)
    const response = await collectEvents(db, post(batch(sent)), NOW)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ accepted: 40, duplicates: 0, rejected: [] })
    const { rows } = await db.query<{ event: AnyJourneyEvent; origin: string; stage: string; session_id: string }>(
      'SELECT event, origin, stage, session_id FROM journey_events WHERE id = $1',
      [sent[7]!.id],
    )
    expect(rows[0]).toEqual({ event: sent[7], origin: 'client', stage: sent[7]!.stage, session_id: sent[7]!.context.sessionId })
  })

  it('stores a resent batch once', async () => {
    const sent = events(25, 2)
    await collectEvents(db, post(batch(sent)), NOW)
    const again = await collectEvents(db, post(batch(sent)), NOW)
    expect(await again.json()).toEqual({ accepted: 25, duplicates: 25, rejected: [] })
    expect(await storedCount(sent.map((e) => e.id))).toBe(25)
  })

  it('accepts a sendBeacon Blob and a text/plain body', async () => {
    const beaconBody = [event()]
    const fromBlob = await collectEvents(db, post(new Blob([batch(beaconBody)], { type: 'application/json' })), NOW)
    expect(fromBlob.status).toBe(200)
    const plain = [event()]
    const fromText = await collectEvents(db, post(batch(plain), { headers: { 'content-type': 'text/plain;charset=UTF-8' } }), NOW)
    expect(fromText.status).toBe(200)
    expect(await storedCount([beaconBody[0]!.id as string, plain[0]!.id as string])).toBe(2)
  })

  it('refuses other content types with 415', async () => {
    const response = await collectEvents(db, post(batch([event()]), { headers: { 'content-type': 'application/x-www-form-urlencoded' } }), NOW)
    expect(response.status).toBe(415)
    expect((await response.json()).error).toMatch(/application\/json/)
  })

  it('refuses a body whose Content-Length is over 64 KB before reading it', async () => {
    const sent = [event()]
    const response = await collectEvents(db, post(batch(sent), { headers: { 'content-length': String(COLLECTOR_LIMITS.maxBodyBytes + 1) } }), NOW)
    expect(response.status).toBe(413)
    expect(await storedCount([sent[0]!.id as string])).toBe(0)
  })

  it('refuses a body over 64 KB that does not declare its length', async () => {
    const big = new TextEncoder().encode(batch([event({ properties: { item: { id: 'x', name: 'x'.repeat(70_000), price: { amount: 1, currency: 'EUR' } } } })]))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < big.length; offset += 8192) controller.enqueue(big.slice(offset, offset + 8192))
        controller.close()
      },
    })
    const request = new Request('http://shop.test/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: '10.1.0.1' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(request.headers.get('content-length')).toBeNull()
    const response = await collectEvents(db, request, NOW)
    expect(response.status).toBe(413)
    expect((await response.json()).error).toMatch(/larger than 65536 bytes/)
  })

  it('accepts 100 events and refuses 101 with 413', async () => {
    const hundred = Array.from({ length: 100 }, () => event())
    expect((await collectEvents(db, post(batch(hundred)), NOW)).status).toBe(200)
    const tooMany = Array.from({ length: 101 }, () => event())
    const response = await collectEvents(db, post(batch(tooMany)), NOW)
    expect(response.status).toBe(413)
    expect((await response.json()).error).toMatch(/at most 100 per batch/)
    expect(await storedCount(tooMany.map((e) => e.id as string))).toBe(0)
  })

  it.each([
    ['malformed JSON', '{"events": [', /not valid JSON/],
    ['not an object', '[1, 2]', /Expected a JSON object/],
    ['events not an array', '{"events": {}}', /Expected a JSON object/],
    ['an empty batch', '{"events": []}', /no events/],
  ])('answers 400 with an error for %s', async (_, body, message) => {
    const response = await collectEvents(db, post(body), NOW)
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatch(message)
  })

  it('stores the valid events of a mixed batch and names each rejected one', async () => {
    const good = [event(), event({ name: 'page_viewed', stage: 'awareness', properties: {} })]
    const bad = [
      event({ name: 'made_up' }),
      event({ stage: 'purchase' }),
      event({ occurredAt: 'yesterday' }),
      event({ occurredAt: '2026-03-20T00:00:00Z' }),
      event({ context: { anonymousId: 'a-1' } }),
      event({ properties: [] }),
      event({ id: 42 }),
      event({ name: 'order_completed', stage: 'purchase', properties: { orderId: 'NW-1', total: { amount: 12.5, currency: 'EUR' } } }),
      event({ name: 'survey_submitted', stage: 'advocacy', properties: { surveyId: 'nps', kind: 'nps', score: 11 } }),
      event({ context: { sessionId: 's', anonymousId: 'a', touchpoint: { channel: 'tv' } } }),
      'not an event',
    ]
    const response = await collectEvents(db, post(batch([good[0], ...bad, good[1]])), NOW)
    expect(response.status).toBe(200)
    const answer = await response.json()
    expect(answer.accepted).toBe(2)
    expect(answer.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(answer.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'name "made_up" is not in the event catalog',
      'stage must be "consideration" for product_viewed',
      'occurredAt must be an ISO 8601 date-time',
      'occurredAt is in the future',
      'context.sessionId must be a non-empty string',
      'properties must be an object',
      'id must be a non-empty string of at most 128 characters',
      'properties.total must be { amount: integer, currency: ISO 4217 }',
      'properties.score must be an integer from 0 to 10',
      'context.touchpoint.channel must be paid, owned, earned or direct',
      'not an object',
    ])
    expect(await storedCount(good.map((e) => e.id as string))).toBe(2)
    expect(await storedCount(bad.filter((e) => typeof e === 'object').map((e) => (e as { id: string }).id))).toBe(0)
  })

  it('answers 400 when no event of the batch is valid', async () => {
    const response = await collectEvents(db, post(batch([event({ stage: 'advocacy' })])), NOW)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'No event in the batch is valid.',
      rejected: [{ index: 0, reason: 'stage must be "consideration" for product_viewed' }],
    })
  })

  it('keeps the server copy of an order_completed whichever copy arrives first: a browser copy cannot claim the transaction', async () => {
    const browserFirst = event({ name: 'order_completed', stage: 'purchase', properties: orderProperties('NW-77') })
    expect(await (await collectEvents(db, post(batch([browserFirst])), NOW)).json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] })
    const server = createServerEvent('order_completed', orderProperties('NW-77'), { anonymousId: 'a-1', sessionId: 's-1' })
    expect(await recordServerEvent(db, server)).toBe(true)
    expect(await recordServerEvent(db, createServerEvent('order_completed', orderProperties('NW-77')))).toBe(false)
    const browserLater = event({ name: 'order_completed', stage: 'purchase', properties: orderProperties('NW-77') })
    expect(await (await collectEvents(db, post(batch([browserLater])), NOW)).json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] })
    const { rows } = await db.query<{ id: string }>("SELECT id FROM journey_events WHERE transaction_id = 'NW-77' AND origin = 'server'")
    expect(rows).toEqual([{ id: server.id }])
  })

  it('stores page addresses and referrers without the order link’s access token', async () => {
    const page = { url: 'http://shop.test/orders/NW-10001?token=s3cr3t&x=1', path: '/orders/NW-10001?token=s3cr3t', title: 'Order', referrer: 'http://shop.test/orders/NW-10001?orderToken=s3cr3t' }
    const viewed = event({ name: 'page_viewed', stage: 'awareness', properties: {}, context: { sessionId: 's-1', anonymousId: 'a-1', page } })
    expect((await collectEvents(db, post(batch([viewed])), NOW)).status).toBe(200)
    const { rows } = await db.query<{ event: AnyJourneyEvent }>('SELECT event FROM journey_events WHERE id = $1', [viewed.id])
    expect(rows[0]!.event.context.page).toEqual({ url: 'http://shop.test/orders/NW-10001?x=1', path: '/orders/NW-10001', title: 'Order', referrer: 'http://shop.test/orders/NW-10001' })
    expect(JSON.stringify(rows[0]!.event)).not.toContain('s3cr3t')
  })

  it('refuses, one by one, events whose text PostgreSQL cannot store, and keeps the rest of the batch', async () => {
    const good = event()
    const nul = event({ properties: { item: { id: 'a\u0000b', name: 'Aurora', price: { amount: 1, currency: 'EUR' } } } })
    const surrogate = event({ context: { sessionId: 's-1', anonymousId: 'a-\uD800' } })
    const key = event({ properties: { ['bad\u0000key']: 1 } })
    const response = await collectEvents(db, post(batch([nul, good, surrogate, key])), NOW)
    expect(response.status).toBe(200)
    const reason = 'text must not contain NUL characters or unpaired surrogates'
    expect(await response.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [
        { index: 0, reason },
        { index: 2, reason },
        { index: 3, reason },
      ],
    })
    expect(await storedCount([good.id as string, nul.id as string])).toBe(1)
  })

  it('limits an address to 120 requests a minute with 429 and Retry-After, other addresses unaffected', async () => {
    for (let request = 0; request < COLLECTOR_LIMITS.requestsPerMinute; request++) {
      const response = await collectEvents(db, post('{"events": []}', { address: '192.0.2.9' }), NOW)
      expect(response.status).toBe(400)
    }
    const limited = await collectEvents(db, post(batch([event()]), { address: '192.0.2.9' }), NOW)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('60')
    expect((await limited.json()).error).toMatch(/Too many requests/)
    expect((await collectEvents(db, post(batch([event()]), { address: '192.0.2.10' }), NOW)).status).toBe(200)
    const nextMinute = new Date(NOW.getTime() + 60_000)
    expect((await collectEvents(db, post(batch([event()]), { address: '192.0.2.9' }), nextMinute)).status).toBe(200)
  })

  it('answers 405 to anything but POST and 403 to a cross-site request', async () => {
    const get = await collectEvents(db, new Request('http://shop.test/api/events'), NOW)
    expect(get.status).toBe(405)
    expect(get.headers.get('Allow')).toBe('POST')
    const crossSite = await collectEvents(db, post(batch([event()]), { headers: { 'sec-fetch-site': 'cross-site' } }), NOW)
    expect(crossSite.status).toBe(403)
  })
})

describe('validateEvent', () => {
  it('accepts every event the test journeys produce, with the stage of the catalog', () => {
    const all = generateJourneyEvents({ sessions: 100, from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-14T00:00:00Z') })
    expect(new Set(all.map((e) => e.stage))).toEqual(new Set(STAGES))
    for (const candidate of all) {
      expect(validateEvent(candidate, NOW)).toEqual(candidate)
      expect(candidate.stage).toBe(EVENT_STAGES[candidate.name])
    }
  })

  it('keeps only the envelope fields', () => {
    const stored = validateEvent({ ...event(), secret: 'x' }, NOW)
    expect(stored).not.toHaveProperty('secret')
  })
})

function orderProperties(orderId: string) {
  const euro = (amount: number) => ({ amount, currency: 'EUR' })
  return { orderId, items: [], subtotal: euro(8900), shipping: euro(0), tax: euro(1421), discount: euro(0), total: euro(8900) }
}

describe('under a flood', () => {
  it('sheds what it cannot handle with 503 and Retry-After, stores nothing of a shed batch, and loses no event sent again', async () => {
    const all = generateJourneyEvents({ sessions: 200, seed: 31, from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-03T00:00:00Z') })
    const batches = Array.from({ length: COLLECTOR_LIMITS.maxInFlight * 5 }, (_, index) => all.slice(index * 5, index * 5 + 5))
    expect(batches.at(-1)).toHaveLength(5)
    const send = (events: AnyJourneyEvent[]) => collectEvents(db, post(batch(events)), NOW)

    const answers = await Promise.all(batches.map(send))
    const shed = batches.filter((_, index) => answers[index]!.status === 503)
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(COLLECTOR_LIMITS.maxInFlight)
    expect(shed).toHaveLength(batches.length - COLLECTOR_LIMITS.maxInFlight)
    for (const answer of answers.filter((answer) => answer.status === 503)) {
      expect(answer.headers.get('Retry-After')).toBe(String(COLLECTOR_LIMITS.retryAfterSeconds))
      expect(await answer.json()).toEqual({ error: 'The collector is busy: send the batch again after Retry-After.' })
    }
    expect(await storedCount(shed.flat().map((event) => event.id))).toBe(0)

    // The beacon destination sends a shed batch again (here one at a time, within the bound).
    for (const events of shed) expect((await send(events)).status).toBe(200)
    const ids = batches.flat().map((event) => event.id)
    expect(await storedCount(ids)).toBe(ids.length)
  })
})
