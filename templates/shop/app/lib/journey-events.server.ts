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
 * Events that belong to no visit: the server's record of an email it sent (the recipient is not on the site).
 * They are stored but never counted as a visit or in a visit's events.
 */
export const OUTSIDE_VISIT_EVENTS = ['email_sent'] as const satisfies readonly EventName[]

/**
 * The transaction an event stands for: the order id of `order_completed`, `email:<message id>` of
 * `email_sent`, else null. The server keeps one copy per transaction (a unique index over the server's
 * rows only), so a browser copy that arrives first cannot take the transaction id from the server's, and
 * a message marked sent twice has one event.
 */
export function transactionIdOf(event: Pick<AnyJourneyEvent, 'name' | 'properties'>): string | null {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
  if (event.name === 'order_completed') return text((event.properties as EventProperties<'order_completed'>).orderId)
  const messageId = event.name === 'email_sent' && text((event.properties as EventProperties<'email_sent'>).messageId)
  return messageId ? `email:${messageId}` : null
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
 * pre-aggregated figures in the same statement (migrations 004 and 005): per visit and day
 * (`journey_session_days`), per visit (`journey_sessions`), both without `OUTSIDE_VISIT_EVENTS`, the server's sales and refunds
 * (`journey_sales`) and NPS answers (`journey_nps_answers`); returns the ids stored. An event id seen
 * before is skipped (a resend), and so is a server `order_completed` or `email_sent` whose transaction the server
 * already stored: there is no conflict target, so both the primary key and the unique server
 * transaction id skip a row. Only new rows reach the figures, and the per-visit rows are upserts
 * (`ON CONFLICT … DO UPDATE` adds to the row another process may have just written), so processes
 * writing at once on one PostgreSQL, and events arriving late or out of order, add up the same.
 */
export async function storeJourneyEvents(db: Queryable, events: readonly AnyJourneyEvent[], origin: 'client' | 'server'): Promise<string[]> {
  if (!events.length) return []
  const values: unknown[] = [origin, SERVER_RECORDED_EVENTS, STAGES, CHECKOUT_STEPS, OUTSIDE_VISIT_EVENTS]
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
       RETURNING id, name, stage, occurred_at, session_id, origin, event),
     counted AS (
       SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, coalesce(session_id, '') AS session_id, count(*)::int AS events,
              max(array_position($3::text[], stage) - 1)::smallint AS stage, max(array_position($4::text[], name) - 1)::smallint AS checkout,
              bool_or(name = 'product_added') AS added, bool_or(name = 'order_completed') AS ordered
         FROM inserted WHERE NOT (origin = 'client' AND name = ANY($2::text[])) AND name <> ALL($5::text[])
        GROUP BY 1, 2),
     visit_days AS (
       INSERT INTO journey_session_days AS visit (day, session_id, events, stage, checkout, added, ordered)
       SELECT day, session_id, events, stage, checkout, added, ordered FROM counted ORDER BY day, session_id
       ON CONFLICT (day, session_id) DO UPDATE SET
         events = visit.events + excluded.events, stage = greatest(visit.stage, excluded.stage),
         checkout = greatest(visit.checkout, excluded.checkout), added = visit.added OR excluded.added, ordered = visit.ordered OR excluded.ordered),
     visits AS (
       INSERT INTO journey_sessions AS visit (session_id, first_day, last_day, events, stage, checkout, added, ordered)
       SELECT session_id, min(day), max(day), sum(events)::int, max(stage), max(checkout), bool_or(added), bool_or(ordered)
         FROM counted GROUP BY session_id ORDER BY session_id
       ON CONFLICT (session_id) DO UPDATE SET
         first_day = least(visit.first_day, excluded.first_day), last_day = greatest(visit.last_day, excluded.last_day),
         events = visit.events + excluded.events, stage = greatest(visit.stage, excluded.stage),
         checkout = greatest(visit.checkout, excluded.checkout), added = visit.added OR excluded.added, ordered = visit.ordered OR excluded.ordered),
     sales AS (
       INSERT INTO journey_sales (event_id, name, occurred_at, order_id, currency, amount, channel, campaign)
       SELECT id, name, occurred_at, event #>> '{properties,orderId}', event #>> '{properties,total,currency}',
              (event #>> '{properties,total,amount}')::numeric, event #>> '{context,touchpoint,channel}', event #>> '{context,campaign,name}'
         FROM inserted WHERE origin = 'server' AND name = ANY($2::text[])),
     nps_answers AS (
       INSERT INTO journey_nps_answers (event_id, occurred_at, respondent, survey_id, score)
       SELECT id, occurred_at, coalesce(event #>> '{context,userId}', event #>> '{context,anonymousId}'), event #>> '{properties,surveyId}',
              CASE WHEN jsonb_typeof(event #> '{properties,score}') = 'number' THEN (event #>> '{properties,score}')::numeric END
         FROM inserted WHERE name = 'survey_submitted' AND event #>> '{properties,kind}' = 'nps')
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
