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
 * they saw first. Everything is aggregated in SQL: the report reads a handful of rows per variant
 * however many events the shop has.
 */
const EXPOSED = `
  exposure AS (
    SELECT DISTINCT ON (anonymous_id) anonymous_id, event #>> '{properties,variant}' AS variant, occurred_at AS exposed_at
      FROM journey_events
     WHERE name = 'experiment_viewed' AND event #>> '{properties,experiment}' = $1 AND anonymous_id IS NOT NULL
     ORDER BY anonymous_id, occurred_at, id
  ),
  purchase AS (
    SELECT DISTINCT ON (e.event #>> '{properties,orderId}') x.anonymous_id, x.variant, e.event #>> '{properties,orderId}' AS order_id,
           (e.event #>> '{properties,total,amount}')::float8 AS amount, e.event #>> '{properties,total,currency}' AS currency, e.occurred_at
      FROM exposure x
      JOIN journey_events e ON e.anonymous_id = x.anonymous_id AND e.name = 'order_completed' AND e.origin = 'server' AND e.occurred_at >= x.exposed_at
     ORDER BY e.event #>> '{properties,orderId}', e.occurred_at
  )`

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

async function variantRows(db: Queryable, key: string): Promise<TotalsRow[]> {
  const { rows } = await db.query<TotalsRow>(
    `WITH ${EXPOSED},
     per_visitor AS (
       SELECT anonymous_id, count(*) AS orders, sum(amount) AS revenue, sum(amount * amount) AS order_value_squares
         FROM purchase GROUP BY anonymous_id
     ),
     starter AS (
       SELECT DISTINCT x.anonymous_id
         FROM exposure x
         JOIN journey_events e ON e.anonymous_id = x.anonymous_id AND e.name = 'checkout_started' AND e.occurred_at >= x.exposed_at
     ),
     refunded AS (
       SELECT DISTINCT p.order_id, p.variant
         FROM purchase p
         JOIN journey_events e ON e.name = 'order_refunded' AND e.origin = 'server' AND e.event #>> '{properties,orderId}' = p.order_id
     )
     SELECT x.variant,
            count(*)::int AS visitors,
            count(v.anonymous_id)::int AS converters,
            coalesce(sum(v.orders), 0)::int AS orders,
            coalesce(sum(v.revenue), 0)::float8 AS revenue,
            coalesce(sum(v.revenue * v.revenue), 0)::float8 AS revenue_squares,
            coalesce(sum(v.order_value_squares), 0)::float8 AS order_value_squares,
            count(s.anonymous_id)::int AS checkout_starters,
            count(s.anonymous_id) FILTER (WHERE v.anonymous_id IS NULL)::int AS checkout_abandoners,
            (SELECT count(*) FROM refunded r WHERE r.variant = x.variant)::int AS refunded_orders,
            (SELECT min(currency) FROM purchase) AS currency
       FROM exposure x
       LEFT JOIN per_visitor v ON v.anonymous_id = x.anonymous_id
       LEFT JOIN starter s ON s.anonymous_id = x.anonymous_id
      GROUP BY x.variant`,
    [key],
  )
  return rows
}

interface DayRow {
  variant: string
  day: string
  exposed: number
  converted: number
}

/** New visitors and new converters (by their first order after exposure) per variant and UTC day. */
async function dayRows(db: Queryable, key: string): Promise<DayRow[]> {
  const { rows } = await db.query<DayRow>(
    `WITH ${EXPOSED},
     first_purchase AS (SELECT variant, anonymous_id, min(occurred_at) AS at FROM purchase GROUP BY variant, anonymous_id)
     SELECT variant, day, sum(exposed)::int AS exposed, sum(converted)::int AS converted FROM (
       SELECT variant, to_char(exposed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, 1 AS exposed, 0 AS converted FROM exposure
       UNION ALL
       SELECT variant, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 0, 1 FROM first_purchase
     ) AS happened
     GROUP BY variant, day
     ORDER BY day`,
    [key],
  )
  return rows
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
      const [rows, days] = await Promise.all([variantRows(db, definition.key), dayRows(db, definition.key)])
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
