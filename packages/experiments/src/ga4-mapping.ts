import type { AnyJourneyEvent, Ga4Call } from '@journeykit/core'

/**
 * GA4's mapping of exposures, for `ga4({ map: toGa4Experiment })`: `experiment_viewed` becomes
 * `experience_impression`, GA4's event for testing tools, whose `exp_variant_string` is
 * "<tool>-<experiment>-<variant>"; every other event is left to the destination's own table.
 * It lives here, not in core's table, so apps without experiments do not ship it.
 */
export function toGa4Experiment(event: AnyJourneyEvent): Ga4Call | undefined {
  if (event.name !== 'experiment_viewed') return undefined
  const { experiment, variant } = event.properties
  return { name: 'experience_impression', params: { exp_variant_string: `JK-${experiment}-${variant}` } }
}
