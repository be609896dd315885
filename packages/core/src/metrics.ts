/**
 * Journey metrics: pure functions over stored events (`@journeykit/core/metrics`).
 *
 * Every function accepts events in any order and de-duplicates them by `id`; orders are also
 * de-duplicated by `orderId` (the browser and the payment webhook may both record one). A visit is
 * a `context.sessionId`; a customer is `context.userId ?? context.anonymousId`. Rates are fractions
 * in 0..1.
 */
import { EVENT_STAGES, type EventName, type Money } from './catalog'
import { STAGES, stageIndex, type Stage } from './stages'
import type { AnyJourneyEvent, JourneyEvent } from './types'
import { time, unique, uniqueOrders, type Order } from './metrics/events'

export * from './metrics/experiments'

const customerOf = (event: AnyJourneyEvent) => event.context.userId ?? event.context.anonymousId
const ratio = (part: number, whole: number) => (whole ? part / whole : 0)

/** For each session, the furthest position it reached in `steps` (by the position each event name maps to). */
function furthestBySession(events: readonly AnyJourneyEvent[], positionOf: (name: EventName) => number): Map<string, number> {
  const furthest = new Map<string, number>()
  for (const event of unique(events)) {
    const position = positionOf(event.name)
    if (position < 0) continue
    const { sessionId } = event.context
    furthest.set(sessionId, Math.max(furthest.get(sessionId) ?? -1, position))
  }
  return furthest
}

/** Rows of a funnel where a session counts at every step up to the furthest one it reached. */
function funnel<S extends string>(steps: readonly S[], furthest: Map<string, number>, total: number) {
  let previous = total
  return steps.map((step, index) => {
    let sessions = 0
    for (const reached of furthest.values()) if (reached >= index) sessions++
    const row = { step, sessions, rate: ratio(sessions, total), dropOff: previous ? 1 - sessions / previous : 0 }
    previous = sessions
    return row
  })
}

function sessionsWith(events: readonly AnyJourneyEvent[], name?: EventName): Set<string> {
  const sessions = new Set<string>()
  for (const event of events) if (!name || event.name === name) sessions.add(event.context.sessionId)
  return sessions
}

export interface StageFunnelRow {
  stage: Stage
  /** Sessions that reached this stage or a later one. */
  sessions: number
  /** sessions / all sessions. */
  rate: number
  /** 1 − sessions / sessions of the previous stage (0 for the first stage, or when the previous stage had none). */
  dropOff: number
}

/**
 * The six-stage funnel. A session reaches a stage when it has any event of that stage or a later
 * one (stages from `EVENT_STAGES`; `order_completed` is `purchase`).
 * `rate = sessions / all sessions`, `dropOff = 1 − sessions / previous stage's sessions`.
 * With no events every row is 0.
 */
export function stageFunnel(events: readonly AnyJourneyEvent[]): StageFunnelRow[] {
  const furthest = furthestBySession(events, (name) => stageIndex(EVENT_STAGES[name]))
  return funnel(STAGES, furthest, furthest.size).map(({ step, ...row }) => ({ stage: step, ...row }))
}

/** `sessions with order_completed / all sessions`; `null` when there are no sessions. */
export function conversionRate(events: readonly AnyJourneyEvent[]): number | null {
  const list = unique(events)
  const sessions = sessionsWith(list).size
  return sessions ? sessionsWith(list, 'order_completed').size / sessions : null
}

/**
 * `1 − sessions with product_added and order_completed / sessions with product_added`;
 * `null` when no session added to the cart.
 */
export function cartAbandonmentRate(events: readonly AnyJourneyEvent[]): number | null {
  const list = unique(events)
  const carts = sessionsWith(list, 'product_added')
  if (!carts.size) return null
  let completed = 0
  for (const session of sessionsWith(list, 'order_completed')) if (carts.has(session)) completed++
  return 1 - completed / carts.size
}

export const CHECKOUT_STEPS = ['checkout_started', 'shipping_info_added', 'payment_info_entered', 'order_completed'] as const

export interface CheckoutStepRow {
  step: (typeof CHECKOUT_STEPS)[number]
  /** Sessions that reached this step or a later one. */
  sessions: number
  /** 1 − sessions / sessions of the previous step (0 for the first step, or when the previous step had none). */
  dropOff: number
}

/**
 * Checkout drop-off: `checkout_started → shipping_info_added → payment_info_entered → order_completed`.
 * A session counts at a step when it reached that step or a later one (so a skipped step is no
 * drop-off); `dropOff = 1 − sessions / previous step's sessions`. Sessions that never started a
 * checkout are not counted.
 */
export function checkoutStepDropOff(events: readonly AnyJourneyEvent[]): CheckoutStepRow[] {
  const furthest = furthestBySession(events, (name) => (CHECKOUT_STEPS as readonly string[]).indexOf(name))
  return funnel(CHECKOUT_STEPS, furthest, furthest.size).map(({ step, sessions, dropOff }) => ({ step, sessions, dropOff }))
}

/** Scores of `survey_submitted` of one kind, keeping each customer's latest answer per survey. */
function latestScores(events: readonly AnyJourneyEvent[], kind: 'nps' | 'csat', min: number, max: number): number[] {
  const latest = new Map<string, JourneyEvent<'survey_submitted'>>()
  for (const event of unique(events)) {
    if (event.name !== 'survey_submitted' || event.properties.kind !== kind) continue
    const key = JSON.stringify([customerOf(event), event.properties.surveyId])
    const known = latest.get(key)
    if (!known || time(event) >= time(known)) latest.set(key, event)
  }
  return [...latest.values()].map((event) => event.properties.score).filter((score) => score >= min && score <= max)
}

export interface NpsResult {
  /** %promoters − %detractors, from −100 to 100 (not rounded). */
  score: number
  promoters: number
  passives: number
  detractors: number
  responses: number
}

/**
 * Net Promoter Score from `survey_submitted` with kind `nps` (each customer's latest answer per
 * survey; scores outside 0–10 ignored): `score = 100 × (promoters (9–10) − detractors (0–6)) / responses`.
 * `null` when there are no responses.
 */
export function nps(events: readonly AnyJourneyEvent[]): NpsResult | null {
  const scores = latestScores(events, 'nps', 0, 10)
  if (!scores.length) return null
  const promoters = scores.filter((score) => score >= 9).length
  const detractors = scores.filter((score) => score <= 6).length
  return {
    score: (100 * (promoters - detractors)) / scores.length,
    promoters,
    passives: scores.length - promoters - detractors,
    detractors,
    responses: scores.length,
  }
}

export interface CsatResult {
  /** Share of satisfied responses, 0..1. */
  score: number
  /** Responses of 4 or 5. */
  satisfied: number
  responses: number
}

/**
 * Customer satisfaction from `survey_submitted` with kind `csat` on a 1–5 scale (each customer's
 * latest answer per survey; other scores ignored): `score = responses of 4–5 / responses`.
 * `null` when there are no responses.
 */
export function csat(events: readonly AnyJourneyEvent[]): CsatResult | null {
  const scores = latestScores(events, 'csat', 1, 5)
  if (!scores.length) return null
  const satisfied = scores.filter((score) => score >= 4).length
  return { score: satisfied / scores.length, satisfied, responses: scores.length }
}

/** `customers with ≥ 2 distinct orders / customers with ≥ 1`; `null` when there are no orders. */
export function repeatPurchaseRate(events: readonly AnyJourneyEvent[]): number | null {
  const ordersByCustomer = new Map<string, number>()
  for (const order of uniqueOrders(events)) {
    const customer = customerOf(order)
    ordersByCustomer.set(customer, (ordersByCustomer.get(customer) ?? 0) + 1)
  }
  if (!ordersByCustomer.size) return null
  return [...ordersByCustomer.values()].filter((count) => count >= 2).length / ordersByCustomer.size
}

export interface RevenueRow {
  /** The channel or campaign name; `(none)` when unknown. */
  key: string
  currency: string
  /** Σ order total − refunds, in minor units. */
  revenue: Money
  /** Distinct orders. */
  orders: number
}

function revenueBy(events: readonly AnyJourneyEvent[], keyOf: (order: Order) => string | undefined): RevenueRow[] {
  const refunds = new Map<string, number>()
  for (const event of unique(events)) {
    if (event.name !== 'order_refunded') continue
    const { orderId, total } = event.properties
    const key = JSON.stringify([orderId, total.currency])
    refunds.set(key, (refunds.get(key) ?? 0) + total.amount)
  }
  const rows = new Map<string, RevenueRow>()
  for (const order of uniqueOrders(events)) {
    const { orderId, total } = order.properties
    const key = keyOf(order) ?? '(none)'
    const rowKey = JSON.stringify([key, total.currency])
    let row = rows.get(rowKey)
    if (!row) rows.set(rowKey, (row = { key, currency: total.currency, revenue: { amount: 0, currency: total.currency }, orders: 0 }))
    row.revenue.amount += total.amount - (refunds.get(JSON.stringify([orderId, total.currency])) ?? 0)
    row.orders += 1
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency))
}

/**
 * Revenue per touchpoint channel of the order (`context.touchpoint.channel`), one row per channel
 * and currency (currencies are never summed together): `revenue = Σ order total − Σ order_refunded
 * total of those orders` (refunds in the order's currency; refunds of orders not in `events` are
 * ignored). Sorted by key, then currency.
 */
export function revenueByChannel(events: readonly AnyJourneyEvent[]): RevenueRow[] {
  return revenueBy(events, (order) => order.context.touchpoint?.channel)
}

/** Like `revenueByChannel`, keyed by the order's `context.campaign.name` (`(none)` without one). */
export function revenueByCampaign(events: readonly AnyJourneyEvent[]): RevenueRow[] {
  return revenueBy(events, (order) => order.context.campaign?.name)
}

export interface DateRange {
  /** Inclusive. */
  from?: Date | string | number
  /** Exclusive. */
  to?: Date | string | number
}

/** Events with `from ≤ occurredAt < to` (either bound optional), in their original order. */
export function filterByDate<E extends AnyJourneyEvent>(events: readonly E[], { from, to }: DateRange): E[] {
  const start = from === undefined ? -Infinity : new Date(from).getTime()
  const end = to === undefined ? Infinity : new Date(to).getTime()
  return events.filter((event) => {
    const at = time(event)
    return at >= start && at < end
  })
}
