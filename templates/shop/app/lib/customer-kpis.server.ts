import type { Money, TouchpointChannel } from '@journeykit/core'
import { FIRST_TOUCH } from './admin/orders.server'
import { rangeInstants, type DayRange } from './dashboard.server'
import type { Queryable } from './db.server'

/**
 * The customer KPIs of the journey dashboard, from the shop's own orders (each order's value is its
 * server-recorded sale minus its refunds, as in `journey_sales`) and survey answers. Formulas in
 * docs/architecture.md ("Customer KPIs").
 */
export interface CustomerKpis {
  /** Net revenue / orders placed in the range, per currency. */
  averageOrderValue: Money[]
  /** Customers who ordered in the range and have ordered at least twice by its end / customers who ordered in the range. */
  repeatPurchaseRate: number | null
  /** CSAT answers of 4–5 / CSAT answers in the range. */
  csat: { satisfied: number; responses: number } | null
  /** Per month of first order (the six up to the range's end): customers, and the share ordering again N months later. */
  cohorts: CohortRow[]
  /** Net revenue per customer within 90 and 365 days of their first order, by the first order's first-touch channel. */
  lifetimeValue: LifetimeValueRow[]
}

export interface CohortRow {
  /** `YYYY-MM` (UTC). */
  month: string
  customers: number
  /** Index N − 1: the share of the cohort with an order in month N after the first; only months that have begun by the range's end. */
  retention: number[]
}

export interface LifetimeValueRow {
  channel: TouchpointChannel | 'unknown'
  currency: string
  /** null: no customer's first order is that many days before the range's end. */
  days90: { value: number; customers: number } | null
  days365: { value: number; customers: number } | null
}

export const COHORT_MONTHS = 6

/** Paid orders with their net value (sales minus refunds recorded by the server). */
const PLACED = `
  net AS (
    SELECT order_id, min(currency) AS currency, sum(CASE WHEN name = 'order_completed' THEN amount ELSE -amount END)::float8 AS value
      FROM journey_sales WHERE order_id IS NOT NULL GROUP BY order_id
  ),
  placed AS (
    SELECT o.id, o.customer_id, o.created_at, n.currency, n.value FROM orders o JOIN net n ON n.order_id = o.id
  ),
  firsts AS (
    SELECT DISTINCT ON (customer_id) customer_id, id, created_at AS first_at, currency FROM placed ORDER BY customer_id, created_at, id
  )`

async function averageOrderValue(db: Queryable, from: string, to: string): Promise<Money[]> {
  const { rows } = await db.query<{ currency: string; orders: number; revenue: number }>(
    `/* kpis: aov */ WITH ${PLACED}
     SELECT currency, count(*)::int AS orders, sum(value)::float8 AS revenue FROM placed WHERE created_at >= $1 AND created_at < $2 GROUP BY currency ORDER BY currency`,
    [from, to],
  )
  return rows.map((row) => ({ amount: Math.round(row.revenue / row.orders), currency: row.currency }))
}

async function repeatPurchaseRate(db: Queryable, from: string, to: string): Promise<number | null> {
  const { rows } = await db.query<{ customers: number; repeaters: number }>(
    `/* kpis: repeat */ WITH ${PLACED},
     buyers AS (SELECT DISTINCT customer_id FROM placed WHERE created_at >= $1 AND created_at < $2)
     SELECT count(*)::int AS customers,
            count(*) FILTER (WHERE (SELECT count(*) FROM placed p WHERE p.customer_id = b.customer_id AND p.created_at < $2) >= 2)::int AS repeaters
       FROM buyers b`,
    [from, to],
  )
  const { customers = 0, repeaters = 0 } = rows[0] ?? {}
  return customers ? repeaters / customers : null
}

async function csat(db: Queryable, from: string, to: string): Promise<CustomerKpis['csat']> {
  const { rows } = await db.query<{ responses: number; satisfied: number }>(
    `/* kpis: csat */ SELECT count(*)::int AS responses, count(*) FILTER (WHERE score >= 4)::int AS satisfied
       FROM survey_responses WHERE kind = 'csat' AND created_at >= $1 AND created_at < $2`,
    [from, to],
  )
  const { responses = 0, satisfied = 0 } = rows[0] ?? {}
  return responses ? { satisfied: satisfied / responses, responses } : null
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`

async function cohorts(db: Queryable, to: string): Promise<CohortRow[]> {
  const lastMonth = monthIndex(new Date(Date.parse(to) - 1).toISOString().slice(0, 7))
  const firstMonth = lastMonth - (COHORT_MONTHS - 1)
  const { rows } = await db.query<{ cohort: string; month: string; customers: number }>(
    `/* kpis: cohorts */ WITH ${PLACED}
     SELECT to_char(f.first_at AT TIME ZONE 'UTC', 'YYYY-MM') AS cohort, to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
            count(DISTINCT p.customer_id)::int AS customers
       FROM firsts f JOIN placed p ON p.customer_id = f.customer_id
      WHERE f.first_at >= $1 AND p.created_at < $2
      GROUP BY 1, 2`,
    [`${monthOf(firstMonth)}-01T00:00:00Z`, to],
  )
  return Array.from({ length: COHORT_MONTHS }, (_, index) => {
    const cohort = firstMonth + index
    const month = monthOf(cohort)
    const customersIn = (offset: number) => rows.find((row) => row.cohort === month && monthIndex(row.month) === cohort + offset)?.customers ?? 0
    const customers = customersIn(0)
    return {
      month,
      customers,
      retention: customers ? Array.from({ length: lastMonth - cohort }, (_, offset) => customersIn(offset + 1) / customers) : [],
    }
  })
}

async function lifetimeValue(db: Queryable, to: string): Promise<LifetimeValueRow[]> {
  const window = (days: number) =>
    db.query<{ channel: TouchpointChannel | null; currency: string; customers: number; revenue: number }>(
      `/* kpis: clv */ WITH ${PLACED}
       SELECT first_touch.channel, f.currency, count(*)::int AS customers,
              sum((SELECT sum(p.value) FROM placed p WHERE p.customer_id = f.customer_id AND p.created_at < f.first_at + make_interval(days => $2)))::float8 AS revenue
         FROM firsts f JOIN orders o ON o.id = f.id ${FIRST_TOUCH}
        WHERE f.first_at + make_interval(days => $2) <= $1
        GROUP BY 1, 2`,
      [to, days],
    )
  const [short, long] = await Promise.all([window(90), window(365)])
  const keyOf = (row: { channel: string | null; currency: string }) => `${row.channel ?? 'unknown'} ${row.currency}`
  const keys = [...new Set([...short.rows, ...long.rows].map(keyOf))].sort()
  const valueOf = (rows: typeof short.rows, key: string) => {
    const row = rows.find((candidate) => keyOf(candidate) === key)
    return row ? { value: Math.round(row.revenue / row.customers), customers: row.customers } : null
  }
  return keys.map((key) => {
    const [channel, currency] = key.split(' ') as [TouchpointChannel | 'unknown', string]
    return { channel, currency, days90: valueOf(short.rows, key), days365: valueOf(long.rows, key) }
  })
}

export async function customerKpis(db: Queryable, range: DayRange): Promise<CustomerKpis> {
  const { from, to } = rangeInstants(range)
  const [aov, repeat, satisfaction, cohortRows, clv] = await Promise.all([
    averageOrderValue(db, from, to),
    repeatPurchaseRate(db, from, to),
    csat(db, from, to),
    cohorts(db, to),
    lifetimeValue(db, to),
  ])
  return { averageOrderValue: aov, repeatPurchaseRate: repeat, csat: satisfaction, cohorts: cohortRows, lifetimeValue: clv }
}
