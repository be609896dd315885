import { EVENT_STAGES, STAGES, type AnyJourneyEvent, type Campaign, type EventName, type EventProperties, type JourneyEvent, type Touchpoint } from '@journeykit/core'
import { CHECKOUT_STEPS } from '@journeykit/core/metrics'
import { randomUUID } from 'node:crypto'
import type { Queryable } from './db.server'

/**
 * Events only the server may record: a sale or a refund is what the database says happened, not
 * what a browser reports. The browser's copies are stored (they describe the visit) but the
 * dashboard never counts them, so a forged or replayed copy cannot add revenue or hide an order.
 */
export const SERVER_RECORDED_EVENTS = ['order_completed', 'order_refunded'] as const satisfies readonly EventName[]

/**
 * The transaction an event stands for: the order id of `order_completed`, else null. The server
 * keeps one copy per transaction (a unique index over the server's rows only), so a browser copy
 * that arrives first cannot take the transaction id from the server's.
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
 * Stores events in `journey_events` as coming from `origin`, and adds the new ones to the dashboard's
 * per-visit figures (`journey_session_days`), in one statement; returns the ids stored. An event id
 * seen before is skipped (a resend), and so is a server `order_completed` whose transaction the
 * server already stored: there is no conflict target, so both the primary key and the unique
 * server transaction id skip a row.
 */
export async function storeJourneyEvents(db: Queryable, events: readonly AnyJourneyEvent[], origin: 'client' | 'server'): Promise<string[]> {
  if (!events.length) return []
  const values: unknown[] = [origin, SERVER_RECORDED_EVENTS, STAGES, CHECKOUT_STEPS]
  /** Adds a parameter and returns its placeholder. */
  const param = (value: unknown): string => `$${values.push(value)}`
  const rows = events.map((event) => {
    const columns = [event.id, event.name, event.stage, event.occurredAt, event.context.sessionId, event.context.anonymousId, transactionIdOf(event)]
    return `(${columns.map(param).join(', ')}, $1, ${param(JSON.stringify(event))}::jsonb)`
  })
  // Rows in key order, so two batches updating the same visits wait for each other instead of deadlocking.
  const { rows: stored } = await db.query<{ id: string }>(
    `WITH inserted AS (
       INSERT INTO journey_events (id, name, stage, occurred_at, session_id, anonymous_id, transaction_id, origin, event)
       VALUES ${rows.join(', ')}
       ON CONFLICT DO NOTHING
       RETURNING id, name, stage, occurred_at, session_id, origin),
     visits AS (
       INSERT INTO journey_session_days AS visit (day, session_id, events, stage, checkout, added, ordered)
       SELECT (occurred_at AT TIME ZONE 'UTC')::date, coalesce(session_id, ''), count(*)::int,
              max(array_position($3::text[], stage) - 1)::smallint, max(array_position($4::text[], name) - 1)::smallint,
              bool_or(name = 'product_added'), bool_or(name = 'order_completed')
         FROM inserted WHERE NOT (origin = 'client' AND name = ANY($2::text[]))
        GROUP BY 1, 2 ORDER BY 1, 2
       ON CONFLICT (day, session_id) DO UPDATE SET
         events = visit.events + excluded.events, stage = greatest(visit.stage, excluded.stage),
         checkout = greatest(visit.checkout, excluded.checkout), added = visit.added OR excluded.added, ordered = visit.ordered OR excluded.ordered)
     SELECT id FROM inserted`,
    values,
  )
  return stored.map((row) => row.id)
}

/**
 * Stores an event recorded by the server (origin 'server'); see `storeJourneyEvents`.
 *
 * @returns whether the event was stored.
 */
export async function recordServerEvent(db: Queryable, event: AnyJourneyEvent | JourneyEvent): Promise<boolean> {
  return (await storeJourneyEvents(db, [event as AnyJourneyEvent], 'server')).length > 0
}
