import { EVENT_STAGES, type AnyJourneyEvent, type Campaign, type EventName, type EventProperties, type JourneyEvent, type Touchpoint } from '@journeykit/core'
import { randomUUID } from 'node:crypto'
import type { Queryable } from './db.server'

/**
 * The transaction an event stands for: the order id of `order_completed`, else null. One row per
 * transaction is kept (a unique index), so the client's copy and the server's copy of the same
 * purchase are stored once, whichever arrives first.
 */
export function transactionIdOf(event: Pick<AnyJourneyEvent, 'name' | 'properties'>): string | null {
  if (event.name !== 'order_completed') return null
  const { orderId } = event.properties as EventProperties<'order_completed'>
  return typeof orderId === 'string' && orderId ? orderId : null
}

/** Who and where a server-side event is attributed to (from the order the client placed). */
export interface ServerEventContext {
  /** The visitor's anonymous id from the browser, when it sent one; else a per-order id. */
  anonymousId?: string | null
  sessionId?: string | null
  touchpoint?: Touchpoint | null
  campaign?: Campaign | null
  /** ISO time; default now. */
  occurredAt?: string
}

/**
 * A catalog event made on the server (no page, no browser): the envelope the client's events
 * travel in, with `source.block` 'server'. Consent is the shop's own record of a sale, not
 * analytics: it is stored first-party only.
 */
export function createServerEvent<N extends EventName>(name: N, properties: EventProperties<N>, context: ServerEventContext = {}): JourneyEvent<N> {
  const anonymousId = context.anonymousId || `server:${randomUUID()}`
  return {
    id: randomUUID(),
    name,
    stage: EVENT_STAGES[name],
    occurredAt: context.occurredAt ?? new Date().toISOString(),
    properties,
    context: {
      anonymousId,
      sessionId: context.sessionId || anonymousId,
      locale: 'en',
      page: { url: '', path: '', title: '', referrer: '' },
      campaign: context.campaign ?? {},
      touchpoint: context.touchpoint ?? { channel: 'direct', source: 'direct' },
      consent: { analytics: false, marketing: false },
    },
    source: { block: 'server' },
  }
}

/**
 * Stores an event recorded by the server (origin 'server'). A redelivered event id, or a second
 * `order_completed` for a transaction already stored (e.g. the client's copy), changes nothing.
 *
 * @returns whether the event was stored.
 */
export async function recordServerEvent(db: Queryable, event: AnyJourneyEvent | JourneyEvent): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO journey_events (id, name, stage, occurred_at, session_id, anonymous_id, transaction_id, origin, event)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'server', $8)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      event.id,
      event.name,
      event.stage,
      event.occurredAt,
      event.context.sessionId,
      event.context.anonymousId,
      transactionIdOf(event as AnyJourneyEvent),
      JSON.stringify(event),
    ],
  )
  return rows.length > 0
}
