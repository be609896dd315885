import { bucketOf, namespacePositionOf } from './hash'
import type { Assignment, Assignments, ExperimentDefinition, JourneyFacts, Targeting } from './types'

export interface AssignOptions {
  /** Variants forced by experiment key (see `forcedVariants`); such a visitor is not part of the sample. */
  forced?: Readonly<Record<string, string>>
}

/**
 * The variant of one experiment for one visitor. Pure and deterministic: the same definition and
 * anonymous id give the same variant on the server and in the browser. Outside the experiment (a
 * stopped experiment, targeting, namespace or traffic excluding the visitor, a forced variant) the
 * visitor sees the control (or the winner) with `inExperiment: false`.
 */
export function assignExperiment(definition: ExperimentDefinition, facts: JourneyFacts, options: AssignOptions = {}): Assignment {
  const { key, variants, winner } = definition
  const control = variants[0] ?? ''
  if (winner !== undefined) return { variant: winner, inExperiment: false }
  const forced = options.forced?.[key]
  if (forced !== undefined && variants.includes(forced)) return { variant: forced, inExperiment: false }
  const outside = { variant: control, inExperiment: false }
  if (!matchesTargeting(definition.targeting, facts) || !inNamespace(definition, facts.anonymousId)) return outside
  const index = variantAt(bucketOf(key, facts.anonymousId), bucketRanges(definition))
  return index < 0 ? outside : { variant: variants[index]!, inExperiment: true }
}

/** The assignment of every experiment, by key: what a server loader passes to `ExperimentsProvider`. */
export function assignExperiments(definitions: readonly ExperimentDefinition[], facts: JourneyFacts, options: AssignOptions = {}): Assignments {
  return Object.fromEntries(definitions.map((definition) => [definition.key, assignExperiment(definition, facts, options)]))
}

/** `[start, end)` of each variant on [0, 1): the weights laid end to end, each cut to `traffic` of its length. */
export function bucketRanges({ variants, weights, traffic = 1 }: Pick<ExperimentDefinition, 'variants' | 'weights' | 'traffic'>): Array<[number, number]> {
  const coverage = Math.min(1, Math.max(0, traffic))
  const shares = normalizedWeights(variants.length, weights)
  let cumulative = 0
  return shares.map((share) => {
    const start = cumulative
    cumulative += share
    return [start, start + coverage * share]
  })
}

function normalizedWeights(count: number, weights: readonly number[] | undefined): number[] {
  const total = weights?.reduce((sum, weight) => sum + weight, 0) ?? 0
  const valid = weights?.length === count && total > 0 && weights.every((weight) => weight >= 0)
  if (weights && !valid && process.env.NODE_ENV !== 'production') {
    console.warn(`[journeykit] experiment weights ${JSON.stringify(weights)} do not fit ${count} variants; using equal weights`)
  }
  return valid ? weights.map((weight) => weight / total) : Array.from({ length: count }, () => 1 / count)
}

function variantAt(bucket: number, ranges: ReadonlyArray<readonly [number, number]>): number {
  return ranges.findIndex(([start, end]) => bucket >= start && bucket < end)
}

function inNamespace({ namespace }: ExperimentDefinition, anonymousId: string): boolean {
  if (!namespace) return true
  const position = namespacePositionOf(namespace.id, anonymousId)
  return position >= namespace.range[0] && position < namespace.range[1]
}

function matchesTargeting(targeting: Targeting | undefined, facts: JourneyFacts): boolean {
  if (!targeting) return true
  const { stages, channels, campaigns, returning, locales } = targeting
  const listed = <T>(list: readonly T[] | undefined, value: T | undefined) => !list || (value !== undefined && list.includes(value))
  return (
    listed(stages, facts.stage) &&
    listed(channels, facts.channel) &&
    listed(campaigns, facts.campaign) &&
    (returning === undefined || returning === (facts.returning ?? false)) &&
    (!locales || (facts.locale !== undefined && locales.some((locale) => sameLocaleOrLanguage(locale, facts.locale!))))
  )
}

function sameLocaleOrLanguage(wanted: string, actual: string): boolean {
  const [want, have] = [wanted.toLowerCase(), actual.toLowerCase()]
  return want === have || have.startsWith(`${want}-`)
}
