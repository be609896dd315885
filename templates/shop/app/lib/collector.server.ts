import { EVENT_STAGES, isEventName, type AnyJourneyEvent } from '@journeykit/core'
import type { Queryable } from './db.server'
import { storeJourneyEvents } from './journey-events.server'
import { clientAddress, rateLimit } from './rate-limit.server'

/**
 * The first-party collector behind POST /api/events: receives `{ "events": [...] }` from the
 * `beacon()` destination of @journeykit/core (fetch with keepalive, or sendBeacon while the page
 * unloads), validates every event and stores it in `journey_events`.
 *
 * Answers:
 * - 200 `{ accepted, duplicates, rejected: [{ index, reason }] }` when at least one event is valid
 *   (an event whose text PostgreSQL cannot store, e.g. a NUL character, is one more invalid event).
 *   A page address or referrer is stored without its access token (the order link's `token`).
 *   A batch with some invalid events is partially accepted on purpose: the beacon destination drops
 *   a batch the collector answers with a 4xx, so refusing the whole batch would lose the valid
 *   events with the invalid ones. `duplicates` counts valid events already stored (a resend).
 * - 400 `{ error, rejected? }`: malformed JSON, no `events` array, an empty batch, or no valid event.
 * - 403 cross-site request; 405 not POST; 413 body over 64 KB or more than 100 events;
 *   415 content type other than JSON or text/plain; 429 (Retry-After) over 120 requests a minute
 *   from one address.
 * - 503 (Retry-After) while this process already handles `maxInFlight` batches: under a flood the
 *   collector sheds load instead of queueing without bound and starving the pages; the beacon
 *   destination sends the batch again after Retry-After, so nothing it holds is lost.
 */
export const COLLECTOR_LIMITS = {
  /** The beacon destination keeps each body under 64 000 bytes; 64 KiB leaves it room. */
  maxBodyBytes: 64 * 1024,
  maxEvents: 100,
  requestsPerMinute: 120,
  /** Batches one process reads, checks and stores at once; beyond, 503. */
  maxInFlight: 8,
  retryAfterSeconds: 2,
} as const

let inFlight = 0

export interface RejectedEvent {
  /** Position of the event in the batch. */
  index: number
  reason: string
}

export interface CollectorAnswer {
  accepted: number
  duplicates: number
  rejected: RejectedEvent[]
}

/** Handles one collector request end to end; never throws for a client error. */
export async function collectEvents(db: Queryable, request: Request, now = new Date()): Promise<Response> {
  if (request.method !== 'POST') return failure(405, 'Send journey events with POST.', { Allow: 'POST' })
  if (request.headers.get('sec-fetch-site') === 'cross-site') return failure(403, 'Events are accepted from this shop only.')
  if (inFlight >= COLLECTOR_LIMITS.maxInFlight) {
    return failure(503, 'The collector is busy: send the batch again after Retry-After.', { 'Retry-After': String(COLLECTOR_LIMITS.retryAfterSeconds) })
  }
  // Counted in flight from here: a flood is shed above before its rate limit costs a database write.
  inFlight++
  try {
    await rateLimit(db, `events:${clientAddress(request)}`, { limit: COLLECTOR_LIMITS.requestsPerMinute, windowMs: 60_000 }, now.getTime())
    if (!isAcceptedContentType(request.headers.get('content-type'))) {
      return failure(415, 'Send the batch as application/json (or text/plain, as sendBeacon may).')
    }
    return await acceptBatch(db, request, now)
  } catch (thrown) {
    const limited = asThrownData(thrown)
    if (!limited) throw thrown
    return Response.json(limited.data, limited.init ?? { status: 429 })
  } finally {
    inFlight--
  }
}

/** Reads, checks and stores one batch (the collector's answer for a request that passed the guards). */
async function acceptBatch(db: Queryable, request: Request, now: Date): Promise<Response> {
  const body = await readBody(request, COLLECTOR_LIMITS.maxBodyBytes)
  if (body === undefined) return failure(413, `The batch is larger than ${COLLECTOR_LIMITS.maxBodyBytes} bytes.`)

  const batch = parseBatch(body)
  if (typeof batch === 'string') return failure(batch.startsWith('Too many') ? 413 : 400, batch)

  const valid: AnyJourneyEvent[] = []
  const rejected: RejectedEvent[] = []
  batch.forEach((candidate, index) => {
    const result = validateEvent(candidate, now)
    if (typeof result === 'string') rejected.push({ index, reason: result })
    else valid.push(result)
  })
  if (!valid.length) return Response.json({ error: 'No event in the batch is valid.', rejected }, { status: 400 })

  const stored = await storeClientEvents(db, valid)
  const answer: CollectorAnswer = { accepted: valid.length, duplicates: valid.length - stored, rejected }
  return Response.json(answer)
}

function failure(status: number, error: string, headers?: HeadersInit): Response {
  return Response.json({ error }, { status, headers })
}

/** `rateLimit()` throws React Router's `data(...)`; the collector answers with a plain Response. */
function asThrownData(value: unknown): { data: unknown; init: ResponseInit | null } | undefined {
  if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'DataWithResponseInit') {
    return value as { data: unknown; init: ResponseInit | null }
  }
  return undefined
}

/** sendBeacon posts a Blob typed application/json; some senders fall back to text/plain. */
function isAcceptedContentType(header: string | null): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase()
  return type === 'application/json' || type === 'text/plain'
}

/**
 * The body as text, or `undefined` when it is larger than `maxBytes`: refused from Content-Length
 * before reading, and again while reading (the header may be absent or wrong).
 */
export async function readBody(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return undefined
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

/** The `events` array of a batch, or the reason it is refused. */
export function parseBatch(body: string): unknown[] | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return 'The body is not valid JSON.'
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.events)) return 'Expected a JSON object { "events": [ ... ] }.'
  if (!parsed.events.length) return 'The batch has no events.'
  if (parsed.events.length > COLLECTOR_LIMITS.maxEvents) {
    return `Too many events: at most ${COLLECTOR_LIMITS.maxEvents} per batch, got ${parsed.events.length}.`
  }
  return parsed.events
}

const MAX_ID_LENGTH = 128
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
/** Clocks drift; an event from further ahead than this is refused rather than skewing the dashboard. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000
const CHANNELS = new Set(['paid', 'owned', 'earned', 'direct'])

/**
 * Checks one envelope and returns it as stored (known fields only), or the reason it is refused.
 * Beyond the envelope, the properties the dashboard's metrics read are checked too (order and
 * refund totals, survey scores, the touchpoint channel and campaign name), so one bad event cannot
 * break the numbers.
 */
export function validateEvent(value: unknown, now = new Date()): AnyJourneyEvent | string {
  if (!isRecord(value)) return 'not an object'
  const { id, name, stage, occurredAt, properties, context, source } = value
  if (!isId(id)) return `id must be a non-empty string of at most ${MAX_ID_LENGTH} characters`
  if (!isEventName(name)) return `name ${JSON.stringify(name)} is not in the event catalog`
  if (stage !== EVENT_STAGES[name]) return `stage must be "${EVENT_STAGES[name]}" for ${name}`
  if (typeof occurredAt !== 'string' || !ISO_DATE_TIME.test(occurredAt) || Number.isNaN(Date.parse(occurredAt))) {
    return 'occurredAt must be an ISO 8601 date-time'
  }
  if (Date.parse(occurredAt) - now.getTime() > MAX_CLOCK_SKEW_MS) return 'occurredAt is in the future'
  if (!isRecord(properties)) return 'properties must be an object'
  if (!isRecord(context)) return 'context must be an object'
  if (!isId(context.sessionId)) return 'context.sessionId must be a non-empty string'
  if (!isId(context.anonymousId)) return 'context.anonymousId must be a non-empty string'
  if (context.userId !== undefined && !isId(context.userId)) return 'context.userId must be a string'
  if (context.touchpoint !== undefined) {
    if (!isRecord(context.touchpoint) || !CHANNELS.has(context.touchpoint.channel as string)) {
      return 'context.touchpoint.channel must be paid, owned, earned or direct'
    }
  }
  if (context.campaign !== undefined) {
    if (!isRecord(context.campaign) || (context.campaign.name !== undefined && typeof context.campaign.name !== 'string')) {
      return 'context.campaign.name must be a string'
    }
  }
  if (source !== undefined && (!isRecord(source) || typeof source.block !== 'string')) return 'source.block must be a string'
  const problem = metricPropertiesProblem(name, properties)
  if (problem) return problem
  const envelope = { id, name, stage, occurredAt, properties, context: withoutSecretParams(context), ...(source ? { source } : {}) }
  if (holdsUnstorableText(envelope)) return 'text must not contain NUL characters or unpaired surrogates'
  return envelope as unknown as AnyJourneyEvent
}

/** Query parameters that grant access (the order link's token): never stored with a page address. */
const SECRET_PARAMS = ['token', 'orderToken']

/** The context with the page's address and referrer stripped of `SECRET_PARAMS`. */
function withoutSecretParams(context: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(context.page)) return context
  const page = { ...context.page }
  for (const field of ['url', 'referrer', 'path'] as const) {
    if (typeof page[field] === 'string') page[field] = redactUrl(page[field] as string)
  }
  return { ...context, page }
}

function redactUrl(address: string): string {
  const base = 'http://relative.invalid'
  let url: URL
  try {
    url = new URL(address, base)
  } catch {
    return address
  }
  if (!SECRET_PARAMS.some((param) => url.searchParams.has(param))) return address
  for (const param of SECRET_PARAMS) url.searchParams.delete(param)
  const redacted = url.toString()
  return redacted.startsWith(base) ? redacted.slice(base.length) : redacted
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * PostgreSQL's jsonb refuses NUL and unpaired surrogates: one such string would fail the whole
 * batch's insert, so the event carrying it is refused on its own.
 */
function holdsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || UNPAIRED_SURROGATE.test(value)
  if (Array.isArray(value)) return value.some(holdsUnstorableText)
  if (isRecord(value)) return Object.entries(value).some(([key, item]) => holdsUnstorableText(key) || holdsUnstorableText(item))
  return false
}

function metricPropertiesProblem(name: string, properties: Record<string, unknown>): string | undefined {
  switch (name) {
    case 'order_completed':
    case 'order_refunded':
      if (!isId(properties.orderId)) return 'properties.orderId must be a non-empty string'
      if (!isMoney(properties.total)) return 'properties.total must be { amount: integer, currency: ISO 4217 }'
      return undefined
    case 'survey_submitted': {
      const { kind, score, surveyId } = properties
      if (typeof surveyId !== 'string') return 'properties.surveyId must be a string'
      if (kind !== 'nps' && kind !== 'csat') return 'properties.kind must be nps or csat'
      const [min, max] = kind === 'nps' ? [0, 10] : [1, 5]
      if (!Number.isInteger(score) || (score as number) < min || (score as number) > max) {
        return `properties.score must be an integer from ${min} to ${max}`
      }
      return undefined
    }
    default:
      return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH
const isMoney = (value: unknown): boolean =>
  isRecord(value) && Number.isSafeInteger(value.amount) && typeof value.currency === 'string' && /^[A-Z]{3}$/.test(value.currency)

/**
 * Stores validated events from the browser; returns how many were new (a resend is skipped: see
 * `storeJourneyEvents`). The browser's `order_completed` and `order_refunded` are kept as behaviour
 * but never counted as sales or refunds: see `SERVER_RECORDED_EVENTS`.
 */
export async function storeClientEvents(db: Queryable, events: readonly AnyJourneyEvent[]): Promise<number> {
  return (await storeJourneyEvents(db, events, 'client')).length
}
