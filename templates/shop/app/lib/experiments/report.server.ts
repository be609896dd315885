import {
  compareVariants,
  sampleRatioMismatch,
  wilsonInterval,
  type Interval,
  type SampleRatioCheck,
  type VariantComparison,
  type VariantGuardrails,
  type VariantTotals,
} from '@journeykit/core/metrics'
import type { ExperimentDefinition } from '@journeykit/experiments/assignment'
import type { Queryable } from '../db.server'
import { SHOP_EXPERIMENTS } from './config'
import { decideExperiment, type ExperimentDecision } from './decision'

/** One day of an experiment, cumulative from its first exposure: what the chart draws. */
export interface ExperimentDay {
  /** UTC day, `YYYY-MM-DD`. */
  day: string
  variants: Array<{ variant: string; visitors: number; conversion: Interval }>
}

export interface ExperimentReport {
  key: string
  /** `stopped` once the definition names a `winner` (everyone gets it). */
  status: 'running' | 'stopped'
  winner: string | null
  /** Per variant, the control first: exposed visitors, conversion to purchase, revenue per visitor, AOV, P(beat control). */
  variants: VariantComparison[]
  /** Per variant: checkout abandonment and refund rate, which a winner must not worsen. */
  guardrails: VariantGuardrails[]
  /** Visitors per variant against the configured weights: a mismatch means assignment or exposure logging is broken. */
  sampleRatio: SampleRatioCheck
  /** Conversion per variant at the end of each day (cumulative), oldest first; at most the last `DAYS_SHOWN` days. */
  daily: ExperimentDay[]
  /** What the figures support today. */
  decision: ExperimentDecision
  /** Currency of the revenue figures (minor units), from the orders; null without orders. */
  currency: string | null
}

export const DAYS_SHOWN = 90

/**
 * Visitors by their first `experiment_viewed` of the experiment, and the server's own orders (a
 * browser's copy is never counted) each visitor placed from that exposure on, credited to the variant
 * they saw first. Everything is aggregated in SQL, each visitor's orders and checkouts looked up by the
 * `journey_events(anonymous_id, occurred_at)` index, so the work grows with the exposed visitors (not
 * with their square, whatever plan statistics the database has) and the report reads a few rows.
 */
const EXPOSED = `
  exposure AS (
    SELECT DISTINCT ON (anonymous_id) anonymous_id, event #>> '{properties,variant}' AS variant, occurred_at AS exposed_at
      FROM journey_events
     WHERE name = 'experiment_viewed' AND event #>> '{properties,experiment}' = $1 AND anonymous_id IS NOT NULL
     ORDER BY anonymous_id, occurred_at, id
  )`
/** The visitor's server-recorded orders from their exposure on (one `order_completed` per order: its transaction id is unique). */
const ORDERS_AFTER_EXPOSURE = `journey_events e WHERE e.anonymous_id = x.anonymous_id AND e.name = 'order_completed' AND e.origin = 'server' AND e.occurred_at >= x.exposed_at`

interface TotalsRow {
  variant: string
  visitors: number
  converters: number
  orders: number
  revenue: number
  revenue_squares: number
  order_value_squares: number
  checkout_starters: number
  checkout_abandoners: number
  refunded_orders: number
  currency: string | null
}

interface DayRow {
  variant: string
  day: string
  exposed: number
  converted: number
}

/** GROUPING(exposed_day, converted_day) of each grouping set: per variant, per variant and exposure day, per variant and first-order day. */
const PER_VARIANT = 3
const PER_EXPOSURE_DAY = 1
const PER_CONVERSION_DAY = 2

/**
 * One pass over the exposed visitors: each variant's totals, and per UTC day its new visitors and new
 * converters (by their first order after exposure), as grouping sets of the same rows.
 */
async function experimentRows(db: Queryable, key: string): Promise<{ totals: TotalsRow[]; days: DayRow[] }> {
  const { rows } = await db.query<TotalsRow & { grouping: number; exposed_day: string | null; converted_day: string | null }>(
    `WITH ${EXPOSED},
     visitor AS (
       SELECT x.variant, bought.*,
              to_char(x.exposed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS exposed_day,
              to_char(bought.converted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS converted_day,
              EXISTS (SELECT 1 FROM journey_events e WHERE e.anonymous_id = x.anonymous_id AND e.name = 'checkout_started' AND e.occurred_at >= x.exposed_at) AS started
         FROM exposure x
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS orders, coalesce(sum(amount), 0) AS revenue, coalesce(sum(amount * amount), 0) AS order_value_squares,
                 count(*) FILTER (WHERE refunded)::int AS refunded, min(currency) AS currency, min(occurred_at) AS converted_at
            FROM (SELECT (e.event #>> '{properties,total,amount}')::float8 AS amount, e.event #>> '{properties,total,currency}' AS currency, e.occurred_at,
                         EXISTS (SELECT 1 FROM journey_sales r WHERE r.name = 'order_refunded' AND r.order_id = e.event #>> '{properties,orderId}') AS refunded
                    FROM ${ORDERS_AFTER_EXPOSURE}) AS placed
        ) AS bought
     )
     SELECT variant, exposed_day, converted_day, GROUPING(exposed_day, converted_day)::int AS grouping,
            count(*)::int AS visitors,
            count(*) FILTER (WHERE orders > 0)::int AS converters,
            sum(orders)::int AS orders,
            sum(revenue)::float8 AS revenue,
            sum(revenue * revenue)::float8 AS revenue_squares,
            sum(order_value_squares)::float8 AS order_value_squares,
            count(*) FILTER (WHERE started)::int AS checkout_starters,
            count(*) FILTER (WHERE started AND orders = 0)::int AS checkout_abandoners,
            sum(refunded)::int AS refunded_orders,
            min(currency) AS currency
       FROM visitor
      GROUP BY GROUPING SETS ((variant), (variant, exposed_day), (variant, converted_day))`,
    [key],
  )
  const days = new Map<string, DayRow>()
  const dayOf = (variant: string, day: string) => {
    const id = `${day} ${variant}`
    if (!days.has(id)) days.set(id, { variant, day, exposed: 0, converted: 0 })
    return days.get(id)!
  }
  for (const row of rows) {
    if (row.grouping === PER_EXPOSURE_DAY) dayOf(row.variant, row.exposed_day!).exposed += row.visitors
    if (row.grouping === PER_CONVERSION_DAY && row.converted_day) dayOf(row.variant, row.converted_day).converted += row.visitors
  }
  return { totals: rows.filter((row) => row.grouping === PER_VARIANT), days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)) }
}

/** Cumulative conversion per variant at the end of each day that saw an exposure or a first order. */
function cumulativeDays(rows: readonly DayRow[], variants: readonly string[]): ExperimentDay[] {
  const running = new Map(variants.map((variant) => [variant, { visitors: 0, converters: 0 }]))
  const days: ExperimentDay[] = []
  for (const day of [...new Set(rows.map((row) => row.day))]) {
    for (const row of rows) {
      const totals = row.day === day ? running.get(row.variant) : undefined
      if (!totals) continue
      totals.visitors += row.exposed
      totals.converters += row.converted
    }
    days.push({
      day,
      variants: variants.map((variant) => {
        const { visitors, converters } = running.get(variant)!
        return { variant, visitors, conversion: wilsonInterval(converters, visitors) }
      }),
    })
  }
  return days.slice(-DAYS_SHOWN)
}

const totalsOf = (row: TotalsRow | undefined, variant: string): VariantTotals => ({
  variant,
  visitors: row?.visitors ?? 0,
  converters: row?.converters ?? 0,
  orders: row?.orders ?? 0,
  revenue: row?.revenue ?? 0,
  revenueSquares: row?.revenue_squares ?? 0,
  orderValueSquares: row?.order_value_squares ?? 0,
})

const guardrailsOf = (row: TotalsRow | undefined, variant: string): VariantGuardrails => ({
  variant,
  checkoutAbandonment: wilsonInterval(row?.checkout_abandoners ?? 0, row?.checkout_starters ?? 0),
  refundRate: wilsonInterval(row?.refunded_orders ?? 0, row?.orders ?? 0),
})

/** Each experiment's results from the events the shop collected (the rules are `EXPOSED`'s). */
export async function experimentReports(db: Queryable, definitions: readonly ExperimentDefinition[] = SHOP_EXPERIMENTS): Promise<ExperimentReport[]> {
  return Promise.all(
    definitions.map(async (definition) => {
      const { totals: rows, days } = await experimentRows(db, definition.key)
      const rowOf = (variant: string) => rows.find((row) => row.variant === variant)
      const variants = compareVariants(definition.variants.map((variant) => totalsOf(rowOf(variant), variant)))
      const guardrails = definition.variants.map((variant) => guardrailsOf(rowOf(variant), variant))
      const sampleRatio = sampleRatioMismatch(
        variants.map((row) => row.visitors),
        definition.weights ?? definition.variants.map(() => 1),
      )
      const status = definition.winner === undefined ? 'running' : 'stopped'
      return {
        key: definition.key,
        status,
        winner: definition.winner ?? null,
        variants,
        guardrails,
        sampleRatio,
        daily: cumulativeDays(days, definition.variants),
        decision: decideExperiment({ status, winner: definition.winner ?? null, variants, guardrails, sampleRatio }),
        currency: rows.find((row) => row.currency)?.currency ?? null,
      }
    }),
  )
}
