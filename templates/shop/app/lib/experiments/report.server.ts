import type { AnyJourneyEvent } from '@journeykit/core'
import { compareVariants, experimentTotals, sampleRatioMismatch, type SampleRatioCheck, type VariantComparison } from '@journeykit/core/metrics'
import type { ExperimentDefinition } from '@journeykit/experiments/assignment'
import type { Queryable } from '../db.server'
import { SHOP_EXPERIMENTS } from './config'

export interface ExperimentReport {
  key: string
  /** `stopped` once the definition names a `winner` (everyone gets it). */
  status: 'running' | 'stopped'
  winner: string | null
  /** Per variant, the control first: exposed visitors, conversion to purchase, revenue per visitor, P(beat control). */
  variants: VariantComparison[]
  /** Visitors per variant against the configured weights: a mismatch means assignment or exposure logging is broken. */
  sampleRatio: SampleRatioCheck
  /** Currency of the revenue figures (minor units), from the orders; null without orders. */
  currency: string | null
}

/**
 * Each experiment's results from the events the shop collected: visitors by their first
 * `experiment_viewed`, purchases from the server's own `order_completed` rows (a browser's copy is
 * never counted), each credited to the variant the ordering visitor (its journey id) was exposed to.
 */
export async function experimentReports(db: Queryable, definitions: readonly ExperimentDefinition[] = SHOP_EXPERIMENTS): Promise<ExperimentReport[]> {
  const keys = definitions.map((definition) => definition.key)
  const { rows: exposureRows } = await db.query<{ event: AnyJourneyEvent }>(
    `SELECT event FROM journey_events WHERE name = 'experiment_viewed' AND event->'properties'->>'experiment' = ANY($1) ORDER BY occurred_at`,
    [keys],
  )
  const exposures = exposureRows.map((row) => row.event)
  const visitors = [...new Set(exposures.map((event) => event.context.anonymousId))]
  const { rows: orderRows } = await db.query<{ event: AnyJourneyEvent }>(
    `SELECT event FROM journey_events WHERE name = 'order_completed' AND origin = 'server' AND anonymous_id = ANY($1)`,
    [visitors],
  )
  const orders = orderRows.map((row) => withExposures(row.event, exposures))
  const currency = orders[0]?.name === 'order_completed' ? orders[0].properties.total.currency : null
  return definitions.map((definition) => {
    const totals = experimentTotals([...exposures, ...orders], definition.key, definition.variants)
    const weights = definition.weights ?? definition.variants.map(() => 1)
    return {
      key: definition.key,
      status: definition.winner === undefined ? 'running' : 'stopped',
      winner: definition.winner ?? null,
      variants: compareVariants(totals),
      sampleRatio: sampleRatioMismatch(
        totals.map((row) => row.visitors),
        weights,
      ),
      currency,
    }
  })
}

/** The server's order with the variants its visitor was first exposed to, as a browser's event would carry them in `context.experiments`. */
function withExposures(order: AnyJourneyEvent, exposures: readonly AnyJourneyEvent[]): AnyJourneyEvent {
  const experiments: Record<string, string> = {}
  for (const exposure of exposures) {
    if (exposure.name !== 'experiment_viewed' || exposure.context.anonymousId !== order.context.anonymousId) continue
    experiments[exposure.properties.experiment] ??= exposure.properties.variant
  }
  return { ...order, context: { ...order.context, experiments } }
}
