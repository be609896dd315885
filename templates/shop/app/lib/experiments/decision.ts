import { sampleSizePerVariant, type SampleRatioCheck, type VariantComparison, type VariantGuardrails } from '@journeykit/core/metrics'

/** Two-sided level of the sequential test: its p-value stays valid however often the page is read. */
export const DECISION_ALPHA = 0.05
/** The relative lift the "keep running" estimate is sized for. */
export const MINIMUM_DETECTABLE_LIFT = 0.1

export type Guardrail = 'checkoutAbandonment' | 'refundRate'

export type ExperimentDecision =
  | { kind: 'stopped'; winner: string }
  /** Sample ratio mismatch: no result can be trusted until assignment or exposure logging is fixed. */
  | { kind: 'broken' }
  /** Converts better than the control (sequential p < α) and worsens no guardrail. */
  | { kind: 'ship'; variant: string }
  /** Converts better, but a guardrail is clearly worse than the control's. */
  | { kind: 'guardrail'; variant: string; guardrail: Guardrail }
  /** Converts worse than the control (sequential p < α). */
  | { kind: 'worse'; variant: string }
  /** No difference yet: about this many visitors per variant would detect a 10 % lift (null before any purchase). */
  | { kind: 'keep-running'; visitorsPerVariant: number | null }

interface DecisionInput {
  status: 'running' | 'stopped'
  winner: string | null
  variants: readonly VariantComparison[]
  guardrails: readonly VariantGuardrails[]
  sampleRatio: SampleRatioCheck
}

/** A guardrail is worse when the variant's whole interval lies above the control's (higher is worse for both). */
function worsenedGuardrail(variant: VariantGuardrails, control: VariantGuardrails): Guardrail | null {
  for (const guardrail of ['checkoutAbandonment', 'refundRate'] as const) {
    if (variant[guardrail].lower > control[guardrail].upper) return guardrail
  }
  return null
}

/**
 * What the figures support, in order: a stopped experiment is decided; a sample ratio mismatch voids
 * everything; a variant whose always-valid p-value is below α is better (ship it, unless it worsens a
 * guardrail) or worse; otherwise keep running.
 */
export function decideExperiment({ status, winner, variants, guardrails, sampleRatio }: DecisionInput): ExperimentDecision {
  if (status === 'stopped' && winner) return { kind: 'stopped', winner }
  if (sampleRatio.mismatch) return { kind: 'broken' }
  const [control, ...treatments] = variants
  const decided = treatments
    .filter((variant) => variant.versusControl && variant.versusControl.sequentialPValue < DECISION_ALPHA)
    .sort((a, b) => b.versusControl!.conversionDifference.estimate - a.versusControl!.conversionDifference.estimate)
  const best = decided[0]
  if (best && best.versusControl!.conversionDifference.estimate > 0) {
    const controlGuardrails = guardrails.find((row) => row.variant === control?.variant)
    const ownGuardrails = guardrails.find((row) => row.variant === best.variant)
    const guardrail = controlGuardrails && ownGuardrails ? worsenedGuardrail(ownGuardrails, controlGuardrails) : null
    return guardrail ? { kind: 'guardrail', variant: best.variant, guardrail } : { kind: 'ship', variant: best.variant }
  }
  if (best) return { kind: 'worse', variant: best.variant }
  const baseline = control?.conversion.estimate ?? 0
  const reachable = baseline > 0 && baseline * (1 + MINIMUM_DETECTABLE_LIFT) < 1
  return { kind: 'keep-running', visitorsPerVariant: reachable ? sampleSizePerVariant(baseline, baseline * (1 + MINIMUM_DETECTABLE_LIFT)) : null }
}
