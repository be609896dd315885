import { STAGES, type Money } from '@journeykit/core'
import {
  CHECKOUT_STEPS,
  type CheckoutStepRow,
  type NpsResult,
  type RevenueRow,
  type StageFunnelRow,
} from '@journeykit/core/metrics'
import type { Queryable } from './db.server'

/* ---------------------------------------------------------------- date range */

/** Calendar days in UTC, both inclusive, as `YYYY-MM-DD` (what `<input type="date">` submits). */
export interface DayRange {
  from: string
  to: string
}

export type DayRangeErrors = Partial<Record<keyof DayRange, string>>

export const DEFAULT_RANGE_DAYS = 30
/** A longer range would make every dashboard query scan more than a year of events. */
export const MAX_RANGE_DAYS = 366

const DAY_MS = 24 * 60 * 60 * 1000
const DAY = /^\d{4}-\d{2}-\d{2}$/
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** Midnight UTC of a `YYYY-MM-DD` day, or NaN when it is not a real calendar day (e.g. 2026-02-30). */
function dayStart(day: string): number {
  if (!DAY.test(day)) return Number.NaN
  const time = Date.parse(`${day}T00:00:00Z`)
  return Number.isNaN(time) || toDay(time) !== day ? Number.NaN : time
}

/**
 * The dashboard's range from `?from=&to=`: the last 30 days up to today (UTC) by default; a missing
 * bound defaults on its own. `errors` names each invalid field (then `range` holds what was sent,
 * for the form to show again).
 */
export function parseDayRange(params: URLSearchParams, now = new Date()): { range: DayRange; errors: DayRangeErrors } {
  const today = toDay(now.getTime())
  // Sliced: an invalid value is shown again in the form, and need not be long to be wrong.
  const to = params.get('to')?.trim().slice(0, 20) || today
  const end = dayStart(to)
  const lastDay = Number.isNaN(end) ? dayStart(today) : end
  const from = params.get('from')?.trim().slice(0, 20) || toDay(lastDay - (DEFAULT_RANGE_DAYS - 1) * DAY_MS)
  const start = dayStart(from)
  const errors: DayRangeErrors = {}
  if (Number.isNaN(start)) errors.from = 'Enter a valid start date (YYYY-MM-DD).'
  if (Number.isNaN(end)) errors.to = 'Enter a valid end date (YYYY-MM-DD).'
  if (!errors.from && !errors.to) {
    if (start > end) errors.to = 'The end date must be on or after the start date.'
    else if ((end - start) / DAY_MS + 1 > MAX_RANGE_DAYS) errors.to = `Choose at most ${MAX_RANGE_DAYS} days.`
  }
  return { range: { from, to }, errors }
}

/** The range as instants: `from` inclusive, `to` exclusive (the day after the last day). */
export function rangeInstants(range: DayRange): { from: string; to: string } {
  return { from: new Date(dayStart(range.from)).toISOString(), to: new Date(dayStart(range.to) + DAY_MS).toISOString() }
}

/** The range of the same length that ends the day before `range` starts: what a trend compares with. */
export function previousRange(range: DayRange): DayRange {
  const start = dayStart(range.from)
  const days = (dayStart(range.to) - start) / DAY_MS + 1
  return { from: toDay(start - days * DAY_MS), to: toDay(start - DAY_MS) }
}

/* ---------------------------------------------------------------- figures */

/**
 * Everything the /journey page shows; plain data, computed in the database with the definitions of
 * @journeykit/core/metrics (stageFunnel, conversionRate, cartAbandonmentRate, checkoutStepDropOff, nps,
 * revenueByChannel, revenueByCampaign) over the range's events, so no raw event is read into the server.
 *
 * The events counted: everything the browser described, except its own copies of sales and refunds
 * (`SERVER_RECORDED_EVENTS`): revenue, orders, refunds and the purchase step of the funnels come from
 * the server's records only.
 */
export interface JourneyDashboard {
  range: DayRange
  events: number
  /** Visits (distinct sessions) with any event in the range. */
  sessions: number
  /** Distinct orders. */
  orders: number
  funnel: StageFunnelRow[]
  /** Fractions 0..1; null without sessions / without carts. */
  conversionRate: number | null
  cartAbandonmentRate: number | null
  checkout: CheckoutStepRow[]
  nps: NpsResult | null
  revenueByChannel: RevenueRow[]
  revenueByCampaign: RevenueRow[]
  /** Revenue after refunds, one entry per currency (currencies are never added together). */
  revenue: Money[]
}

// Each statement opens with a comment naming it, for the database's logs and bench/dashboard.bench.mjs.
// They read the figures storeJourneyEvents pre-aggregates as events arrive (migrations 004 and 005),
// never the events themselves: the browser's copies of sales and refunds (`SERVER_RECORDED_EVENTS`)
// were left out when the figures were stored.

/** Sessions grouped by how far they went: a few dozen rows whatever the traffic. */
interface SessionGroup {
  /** Furthest stage index reached (null: no event of the catalog). */
  stage: number | null
  /** Furthest CHECKOUT_STEPS index reached (null: never started a checkout). */
  checkout: number | null
  added: boolean
  ordered: boolean
  sessions: number
  events: string
}

/**
 * A visit with all its days in the range counts as its `journey_sessions` row; a visit that crosses
 * the range's first or last midnight (few: `journey_sessions_multi_day`) counts only its days in the
 * range, summed from `journey_session_days`. A visit spanning days is one session either way.
 */
function sessionGroups(db: Queryable, range: DayRange): Promise<{ rows: SessionGroup[] }> {
  return db.query<SessionGroup>(
    `/* dashboard: sessions */
     WITH crossing AS (
            SELECT session_id FROM journey_sessions
             WHERE first_day < last_day AND last_day >= $1::date AND first_day <= $2::date AND (first_day < $1::date OR last_day > $2::date)),
          per_session AS (
            SELECT stage, checkout, added, ordered, events FROM journey_sessions
             WHERE first_day BETWEEN $1::date AND $2::date AND last_day <= $2::date
            UNION ALL
            SELECT max(stage), max(checkout), bool_or(added), bool_or(ordered), sum(events)
              FROM journey_session_days WHERE day BETWEEN $1::date AND $2::date AND session_id IN (SELECT session_id FROM crossing)
             GROUP BY session_id)
     SELECT stage, checkout, added, ordered, count(*)::int AS sessions, sum(events)::text AS events
       FROM per_session GROUP BY stage, checkout, added, ordered`,
    [range.from, range.to],
  )
}

interface RevenueGroup {
  channel: string | null
  campaign: string | null
  currency: string
  orders: number
  revenue: string
}

/** Revenue per channel, campaign and currency: each order's earliest record, less its refunds in that currency. */
function revenueGroups(db: Queryable, params: unknown[]): Promise<{ rows: RevenueGroup[] }> {
  return db.query<RevenueGroup>(
    `/* dashboard: revenue */
     WITH orders AS (
            SELECT DISTINCT ON (order_id) order_id, currency, amount, channel, campaign
              FROM journey_sales WHERE name = 'order_completed' AND occurred_at >= $1 AND occurred_at < $2
             ORDER BY order_id, occurred_at, event_id),
          refunds AS (
            SELECT order_id, currency, sum(amount) AS amount
              FROM journey_sales WHERE name = 'order_refunded' AND occurred_at >= $1 AND occurred_at < $2
             GROUP BY 1, 2)
     SELECT channel, campaign, orders.currency, count(*)::int AS orders, sum(orders.amount - coalesce(refunds.amount, 0))::text AS revenue
       FROM orders LEFT JOIN refunds USING (order_id, currency)
      GROUP BY channel, campaign, orders.currency`,
    params,
  )
}

interface NpsCounts {
  promoters: number
  detractors: number
  responses: number
}

/** Each customer's latest NPS answer per survey (scores outside 0–10 ignored), counted. */
function npsCounts(db: Queryable, params: unknown[]): Promise<{ rows: NpsCounts[] }> {
  return db.query<NpsCounts>(
    `/* dashboard: nps */
     SELECT count(*) FILTER (WHERE score >= 9)::int AS promoters, count(*) FILTER (WHERE score <= 6)::int AS detractors, count(*)::int AS responses
       FROM (SELECT DISTINCT ON (respondent, survey_id) score
               FROM journey_nps_answers WHERE occurred_at >= $1 AND occurred_at < $2
              ORDER BY respondent, survey_id, occurred_at DESC, event_id DESC) latest
      WHERE score BETWEEN 0 AND 10`,
    params,
  )
}

const ratio = (part: number, whole: number) => (whole ? part / whole : 0)

/** Rows of a funnel where a session counts at every step up to the furthest one it reached (as in core's metrics). */
function funnelRows<S extends string>(steps: readonly S[], furthest: ReadonlyMap<number, number>) {
  const total = [...furthest.values()].reduce((sum, sessions) => sum + sessions, 0)
  let previous = total
  return steps.map((step, index) => {
    let sessions = 0
    for (const [reached, count] of furthest) if (reached >= index) sessions += count
    const row = { step, sessions, rate: ratio(sessions, total), dropOff: previous ? 1 - sessions / previous : 0 }
    previous = sessions
    return row
  })
}

/** Sessions per furthest position, for the groups that reached a position at all. */
function countByFurthest(groups: readonly SessionGroup[], positionOf: (group: SessionGroup) => number | null): Map<number, number> {
  const furthest = new Map<number, number>()
  for (const group of groups) {
    const position = positionOf(group)
    if (position !== null) furthest.set(position, (furthest.get(position) ?? 0) + group.sessions)
  }
  return furthest
}

/** One row per key and currency, sorted by key then currency (as core's revenueBy). */
function revenueRows(groups: readonly RevenueGroup[], keyOf: (group: RevenueGroup) => string | null): RevenueRow[] {
  const rows = new Map<string, RevenueRow>()
  for (const group of groups) {
    const key = keyOf(group) ?? '(none)'
    const rowKey = JSON.stringify([key, group.currency])
    let row = rows.get(rowKey)
    if (!row) rows.set(rowKey, (row = { key, currency: group.currency, revenue: { amount: 0, currency: group.currency }, orders: 0 }))
    row.revenue.amount += Number(group.revenue)
    row.orders += group.orders
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency))
}

/** Largest first, so the bar charts read top-down. */
const byRevenue = (rows: RevenueRow[]) => [...rows].sort((a, b) => b.revenue.amount - a.revenue.amount || a.key.localeCompare(b.key))

/** The dashboard for a validated range. */
export async function journeyDashboard(db: Queryable, range: DayRange): Promise<JourneyDashboard> {
  const { from, to } = rangeInstants(range)
  const params = [from, to]
  const [{ rows: sessions }, { rows: orders }, { rows: answers }] = await Promise.all([
    sessionGroups(db, range),
    revenueGroups(db, params),
    npsCounts(db, params),
  ])

  const funnel = funnelRows(STAGES, countByFurthest(sessions, (group) => group.stage)).map(({ step, ...row }) => ({ stage: step, ...row }))
  const checkout = funnelRows(CHECKOUT_STEPS, countByFurthest(sessions, (group) => group.checkout)).map(({ step, sessions, dropOff }) => ({ step, sessions, dropOff }))
  const count = (keep: (group: SessionGroup) => boolean) => sessions.filter(keep).reduce((sum, group) => sum + group.sessions, 0)
  const allSessions = count(() => true)
  const carts = count((group) => group.added)

  const byChannel = revenueRows(orders, (group) => group.channel)
  const revenue = new Map<string, number>()
  for (const row of byChannel) revenue.set(row.currency, (revenue.get(row.currency) ?? 0) + row.revenue.amount)
  const { promoters = 0, detractors = 0, responses = 0 } = answers[0] ?? {}

  return {
    range,
    events: sessions.reduce((sum, group) => sum + Number(group.events), 0),
    sessions: funnel[0]?.sessions ?? 0,
    orders: byChannel.reduce((sum, row) => sum + row.orders, 0),
    funnel,
    conversionRate: allSessions ? count((group) => group.ordered) / allSessions : null,
    cartAbandonmentRate: carts ? 1 - count((group) => group.added && group.ordered) / carts : null,
    checkout,
    nps: responses
      ? { score: (100 * (promoters - detractors)) / responses, promoters, passives: responses - promoters - detractors, detractors, responses }
      : null,
    revenueByChannel: byRevenue(byChannel),
    revenueByCampaign: byRevenue(revenueRows(orders, (group) => group.campaign)),
    revenue: [...revenue].map(([currency, amount]) => ({ amount, currency })),
  }
}
