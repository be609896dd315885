/**
 * Experiment statistics (`@journeykit/core/metrics`): per variant conversion, revenue per visitor and
 * average order value with confidence intervals, the probability to beat control, an always-valid
 * sequential p-value (mSPRT) and the sample-ratio-mismatch check. The formulas are in
 * docs/architecture.md ("Experiments").
 */
import type { AnyJourneyEvent } from '../types'
import { chiSquareSurvival, normalCdf, normalQuantile } from './distributions'
import { uniqueOrders, unique } from './events'

/** What one variant collected; sums of squares let the intervals be computed from SQL aggregates too. */
export interface VariantTotals {
  variant: string
  /** Visitors exposed to the variant (`experiment_viewed`). */
  visitors: number
  /** Exposed visitors with at least one order. */
  converters: number
  orders: number
  /** Sum of the orders' totals, in minor units. */
  revenue: number
  /** Σ over visitors of (that visitor's revenue)²; visitors without orders add 0. */
  revenueSquares: number
  /** Σ over orders of (order total)². */
  orderValueSquares: number
}

/** Metrics a variant must not worsen, whatever its conversion does. */
export interface VariantGuardrails {
  variant: string
  /** Exposed visitors who started a checkout and did not complete an order / exposed visitors who started one. */
  checkoutAbandonment: Interval
  /** Refunded orders / orders (by `orderId`), each with the Wilson interval. */
  refundRate: Interval
}

export interface Interval {
  estimate: number
  lower: number
  upper: number
}

export interface VariantComparison {
  variant: string
  visitors: number
  /** Converters / visitors, with the Wilson score interval. */
  conversion: Interval
  /** Revenue / visitors (minor units), with a normal interval. */
  revenuePerVisitor: Interval
  /** Revenue / orders (minor units), with a normal interval; `null` without orders. */
  averageOrderValue: Interval | null
  /** Against the control (all `null` for the control itself). */
  versusControl: {
    /** Conversion minus the control's (absolute), with a normal interval. */
    conversionDifference: Interval
    /** P(this variant's conversion > the control's), Beta(1, 1) prior. */
    probabilityToBeatControl: number
    /** P(this variant's revenue per visitor > the control's). */
    revenueProbabilityToBeatControl: number
    /** Always-valid p-value of the conversion difference (mSPRT): valid however often it is looked at. */
    sequentialPValue: number
  } | null
}

export interface ComparisonOptions {
  /** Confidence level of the intervals (default 0.95). */
  confidence?: number
  /**
   * Mixture standard deviation τ of the mSPRT, as a share of the control's conversion (default 0.1:
   * effects around 10 % relative are detected fastest). Fix it before the experiment starts.
   */
  sequentialMixture?: number
}

/** Wilson score interval of a proportion (Newcombe 1998, method 3). */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval {
  if (trials === 0) return { estimate: 0, lower: 0, upper: 0 }
  const z = normalQuantile(1 - (1 - confidence) / 2)
  const p = successes / trials
  const z2n = (z * z) / trials
  const center = (p + z2n / 2) / (1 + z2n)
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))
  return { estimate: p, lower: Math.max(0, center - half), upper: Math.min(1, center + half) }
}

/** Mean and the variance of that mean, from a count, a sum and a sum of squares. */
function meanOf(count: number, sum: number, squares: number): { mean: number; variance: number } {
  if (count === 0) return { mean: 0, variance: 0 }
  const mean = sum / count
  const sampleVariance = count > 1 ? Math.max(0, (squares - count * mean * mean) / (count - 1)) : 0
  return { mean, variance: sampleVariance / count }
}

function normalInterval(mean: number, variance: number, z: number): Interval {
  const half = z * Math.sqrt(variance)
  return { estimate: mean, lower: mean - half, upper: mean + half }
}

/** Posterior mean and variance of a conversion rate under a Beta(1, 1) prior. */
function betaPosterior(successes: number, trials: number): { mean: number; variance: number } {
  const a = successes + 1
  const b = trials - successes + 1
  return { mean: a / (a + b), variance: (a * b) / ((a + b) ** 2 * (a + b + 1)) }
}

/** P(X > Y) for independent normal X and Y. */
function probabilityGreater(x: { mean: number; variance: number }, y: { mean: number; variance: number }): number {
  const spread = Math.sqrt(x.variance + y.variance)
  if (spread === 0) return x.mean > y.mean ? 1 : x.mean < y.mean ? 0 : 0.5
  return normalCdf((x.mean - y.mean) / spread)
}

/**
 * Always-valid p-value of the difference of two conversion rates: the mixture sequential
 * probability ratio test of Johari, Pekelis & Walsh ("Always Valid Inference", 2017) with a normal
 * mixture N(0, τ²) over the difference θ. With θ̂ the observed difference and V its variance,
 * Λ = √(V / (V + τ²)) · exp(τ² θ̂² / (2 V (V + τ²))) and p = min(1, 1 / Λ).
 * Rejecting whenever p ≤ α keeps the false-positive rate at α however often the test is looked at.
 */
export function alwaysValidPValue(control: { converters: number; visitors: number }, treatment: { converters: number; visitors: number }, mixture: number): number {
  if (control.visitors === 0 || treatment.visitors === 0) return 1
  const pc = control.converters / control.visitors
  const pt = treatment.converters / treatment.visitors
  const variance = (pc * (1 - pc)) / control.visitors + (pt * (1 - pt)) / treatment.visitors
  if (variance === 0 || mixture === 0) return 1
  const difference = pt - pc
  const likelihoodRatio = Math.sqrt(variance / (variance + mixture)) * Math.exp((mixture * difference * difference) / (2 * variance * (variance + mixture)))
  return Math.min(1, 1 / likelihoodRatio)
}

/** Compares every variant with the first one (the control). */
export function compareVariants(totals: readonly VariantTotals[], options: ComparisonOptions = {}): VariantComparison[] {
  const z = normalQuantile(1 - (1 - (options.confidence ?? 0.95)) / 2)
  const control = totals[0]
  const perVisitor = (row: VariantTotals) => meanOf(row.visitors, row.revenue, row.revenueSquares)
  return totals.map((row, index) => {
    const rpv = perVisitor(row)
    const aov = meanOf(row.orders, row.revenue, row.orderValueSquares)
    const comparison: VariantComparison = {
      variant: row.variant,
      visitors: row.visitors,
      conversion: wilsonInterval(row.converters, row.visitors, options.confidence),
      revenuePerVisitor: normalInterval(rpv.mean, rpv.variance, z),
      averageOrderValue: row.orders ? normalInterval(aov.mean, aov.variance, z) : null,
      versusControl: null,
    }
    if (index === 0 || !control) return comparison
    const rate = (t: VariantTotals) => (t.visitors ? t.converters / t.visitors : 0)
    const rateVariance = (t: VariantTotals) => (t.visitors ? (rate(t) * (1 - rate(t))) / t.visitors : 0)
    const tau = (options.sequentialMixture ?? 0.1) * rate(control)
    comparison.versusControl = {
      conversionDifference: normalInterval(rate(row) - rate(control), rateVariance(row) + rateVariance(control), z),
      probabilityToBeatControl: probabilityGreater(betaPosterior(row.converters, row.visitors), betaPosterior(control.converters, control.visitors)),
      revenueProbabilityToBeatControl: probabilityGreater(rpv, perVisitor(control)),
      sequentialPValue: alwaysValidPValue(control, row, tau * tau),
    }
    return comparison
  })
}

/**
 * Visitors each variant needs for a fixed-horizon test to detect conversion going from `baseline`
 * to `expected` with probability `power` at two-sided level `alpha` (normal approximation):
 * n = (z₁₋α/₂ + z_power)² (p₁(1 − p₁) + p₂(1 − p₂)) / (p₂ − p₁)².
 */
export function sampleSizePerVariant(baseline: number, expected: number, { alpha = 0.05, power = 0.8 } = {}): number {
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power)
  return Math.ceil((z * z * (baseline * (1 - baseline) + expected * (1 - expected))) / (expected - baseline) ** 2)
}

export interface SampleRatioCheck {
  chiSquare: number
  degreesOfFreedom: number
  pValue: number
  /** pValue below the threshold (default 0.001): assignment or exposure logging is broken; do not trust the results. */
  mismatch: boolean
}

/** Pearson's chi-square goodness-of-fit test of the visitors per variant against the configured weights. */
export function sampleRatioMismatch(visitors: readonly number[], weights: readonly number[], threshold = 0.001): SampleRatioCheck {
  const total = visitors.reduce((sum, count) => sum + count, 0)
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  let chiSquare = 0
  visitors.forEach((observed, index) => {
    const expected = (total * (weights[index] ?? 0)) / weightSum
    if (expected > 0) chiSquare += (observed - expected) ** 2 / expected
  })
  const degreesOfFreedom = Math.max(1, visitors.length - 1)
  const pValue = total === 0 ? 1 : chiSquareSurvival(chiSquare, degreesOfFreedom)
  return { chiSquare, degreesOfFreedom, pValue, mismatch: pValue < threshold }
}

/**
 * Each variant's totals from journey events: a visitor (`context.anonymousId`) counts in the variant of
 * their first `experiment_viewed` of `experiment`; orders count in the variant their
 * `context.experiments` names (de-duplicated by `orderId`). `variants` lists the control first.
 */
export function experimentTotals(events: readonly AnyJourneyEvent[], experiment: string, variants: readonly string[]): VariantTotals[] {
  const variantOf = new Map<string, string>()
  const exposures = unique(events)
    .filter((event) => event.name === 'experiment_viewed' && event.properties.experiment === experiment)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
  for (const event of exposures) {
    if (event.name === 'experiment_viewed' && !variantOf.has(event.context.anonymousId)) variantOf.set(event.context.anonymousId, event.properties.variant)
  }
  const revenueOf = new Map<string, number>()
  const rows = new Map(variants.map((variant) => [variant, { variant, visitors: 0, converters: 0, orders: 0, revenue: 0, revenueSquares: 0, orderValueSquares: 0 }]))
  for (const variant of variantOf.values()) {
    const row = rows.get(variant)
    if (row) row.visitors++
  }
  for (const order of uniqueOrders(events)) {
    const row = rows.get(order.context.experiments?.[experiment] ?? '')
    if (!row) continue
    const value = order.properties.total.amount
    row.orders++
    row.revenue += value
    row.orderValueSquares += value * value
    const visitor = `${row.variant}\u0000${order.context.anonymousId}`
    revenueOf.set(visitor, (revenueOf.get(visitor) ?? 0) + value)
  }
  for (const [visitor, revenue] of revenueOf) {
    const row = rows.get(visitor.slice(0, visitor.indexOf('\u0000')))!
    row.converters++
    row.revenueSquares += revenue * revenue
  }
  return [...rows.values()]
}

/**
 * Guardrails per variant, attributed like `experimentTotals` (by `context.experiments`): checkout
 * abandonment among the visitors who started a checkout, and the share of orders refunded.
 */
export function experimentGuardrails(events: readonly AnyJourneyEvent[], experiment: string, variants: readonly string[], confidence = 0.95): VariantGuardrails[] {
  const started = new Map(variants.map((variant) => [variant, new Set<string>()]))
  const bought = new Map(variants.map((variant) => [variant, new Set<string>()]))
  const ordered = new Map<string, string>()
  const refunded = new Set<string>()
  for (const event of unique(events)) {
    const variant = event.context.experiments?.[experiment]
    if (event.name === 'order_refunded') refunded.add(event.properties.orderId)
    if (variant === undefined) continue
    if (event.name === 'checkout_started') started.get(variant)?.add(event.context.anonymousId)
    if (event.name === 'order_completed') {
      bought.get(variant)?.add(event.context.anonymousId)
      if (!ordered.has(event.properties.orderId)) ordered.set(event.properties.orderId, variant)
    }
  }
  return variants.map((variant) => {
    const starters = [...started.get(variant)!]
    const orders = [...ordered].filter(([, orderVariant]) => orderVariant === variant)
    return {
      variant,
      checkoutAbandonment: wilsonInterval(starters.filter((visitor) => !bought.get(variant)!.has(visitor)).length, starters.length, confidence),
      refundRate: wilsonInterval(orders.filter(([orderId]) => refunded.has(orderId)).length, orders.length, confidence),
    }
  })
}
