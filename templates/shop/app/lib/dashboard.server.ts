import type { AnyJourneyEvent, Money } from '@journeykit/core'
import {
  cartAbandonmentRate,
  checkoutStepDropOff,
  conversionRate,
  filterByDate,
  nps,
  revenueByCampaign,
  revenueByChannel,
  stageFunnel,
  type CheckoutStepRow,
  type NpsResult,
  type RevenueRow,
  type StageFunnelRow,
} from '@journeykit/core/metrics'
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Queryable } from './db.server'
import { SERVER_RECORDED_EVENTS } from './journey-events.server'

/* ---------------------------------------------------------------- date range */

/** Calendar days in UTC, both inclusive, as `YYYY-MM-DD` (what `<input type="date">` submits). */
export interface DayRange {
  from: string
  to: string
}

export type DayRangeErrors = Partial<Record<keyof DayRange, string>>

export const DEFAULT_RANGE_DAYS = 30
/** A longer range would load too many events into one request. */
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

/* ---------------------------------------------------------------- reading events */

/** The dashboard reads at most this many events per range; beyond, it says the figures are partial. */
export const MAX_DASHBOARD_EVENTS = 100_000

/**
 * Stored journey events that occurred in the range, oldest first: everything the browser described,
 * except its own copies of sales and refunds (`SERVER_RECORDED_EVENTS`): revenue, orders, refunds and
 * the purchase step of the funnels come from the server's records only.
 */
export async function loadJourneyEvents(
  db: Queryable,
  range: DayRange,
  limit = MAX_DASHBOARD_EVENTS,
): Promise<{ events: AnyJourneyEvent[]; truncated: boolean }> {
  const { from, to } = rangeInstants(range)
  const { rows } = await db.query<{ event: AnyJourneyEvent }>(
    `SELECT event FROM journey_events
      WHERE occurred_at >= $1 AND occurred_at < $2 AND NOT (origin = 'client' AND name = ANY($4))
      ORDER BY occurred_at, id LIMIT $3`,
    [from, to, limit + 1, SERVER_RECORDED_EVENTS],
  )
  const events = rows.slice(0, limit).map((row) => row.event)
  // occurred_at is the envelope's occurredAt; the metrics' own filter keeps the two definitions the same.
  return { events: filterByDate(events, { from, to }), truncated: rows.length > limit }
}

/* ---------------------------------------------------------------- figures */

/** Everything the /journey page shows; plain data, computed with @journeykit/core/metrics. */
export interface JourneyDashboard {
  range: DayRange
  events: number
  /** Visits (distinct sessions) with any event in the range. */
  sessions: number
  /** Distinct orders. */
  orders: number
  /** True when the range held more than MAX_DASHBOARD_EVENTS events (figures cover the oldest ones). */
  truncated: boolean
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

export function summarizeJourney(events: readonly AnyJourneyEvent[], range: DayRange, truncated = false): JourneyDashboard {
  const funnel = stageFunnel(events)
  const byChannel = revenueByChannel(events)
  const revenue = new Map<string, number>()
  for (const row of byChannel) revenue.set(row.currency, (revenue.get(row.currency) ?? 0) + row.revenue.amount)
  return {
    range,
    events: events.length,
    sessions: funnel[0]?.sessions ?? 0,
    orders: byChannel.reduce((sum, row) => sum + row.orders, 0),
    truncated,
    funnel,
    conversionRate: conversionRate(events),
    cartAbandonmentRate: cartAbandonmentRate(events),
    checkout: checkoutStepDropOff(events),
    nps: nps(events),
    revenueByChannel: byRevenue(byChannel),
    revenueByCampaign: byRevenue(revenueByCampaign(events)),
    revenue: [...revenue].map(([currency, amount]) => ({ amount, currency })),
  }
}

/** Largest first, so the bar charts read top-down. */
const byRevenue = (rows: RevenueRow[]) => [...rows].sort((a, b) => b.revenue.amount - a.revenue.amount || a.key.localeCompare(b.key))

/** The dashboard for a validated range. */
export async function journeyDashboard(db: Queryable, range: DayRange): Promise<JourneyDashboard> {
  const { events, truncated } = await loadJourneyEvents(db, range)
  return summarizeJourney(events, range, truncated)
}

/* ---------------------------------------------------------------- access */

export const DASHBOARD_COOKIE = 'jk_dashboard'

/** The cookie holds a keyed hash of the token, never the token itself; a new token signs everyone out. */
function tokenProof(token: string, secret: string): string {
  return createHmac('sha256', secret).update(`journey-dashboard:${token}`).digest('base64url')
}

/** Compares without leaking, through timing, how much of a guess was right. */
export function tokenMatches(candidate: string, token: string): boolean {
  const hash = (value: string) => createHmac('sha256', 'compare').update(value).digest()
  return timingSafeEqual(hash(candidate), hash(token))
}

/** Whether the request carries the dashboard cookie for the current token. */
export function hasDashboardAccess(cookieHeader: string | null, token: string, secret: string): boolean {
  const value = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${DASHBOARD_COOKIE}=([^;]+)`))?.[1]
  return value !== undefined && tokenMatches(value, tokenProof(token, secret))
}

/**
 * `Set-Cookie` that lets this browser in for 30 days, set by the sign-in form: HttpOnly, SameSite=Strict
 * (no other site can make the browser send it), Secure in production. Path is `/`, not `/journey`:
 * the page's data requests go to `/journey.data`, which a `/journey` cookie path does not match.
 */
export function dashboardCookie(token: string, secret: string, secure: boolean): string {
  return `${DASHBOARD_COOKIE}=${tokenProof(token, secret)}; Path=/; Max-Age=${30 * 24 * 60 * 60}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`
}

/** `Set-Cookie` that signs this browser out. */
export function clearDashboardCookie(secure: boolean): string {
  return `${DASHBOARD_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`
}
