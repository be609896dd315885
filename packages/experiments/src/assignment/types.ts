import type { Stage, TouchpointChannel } from '@journeykit/core'

/** Who may enter an experiment; every listed condition must hold, an absent one always does. */
export interface Targeting {
  stages?: readonly Stage[]
  /** The touchpoint channel of the visit (`paid`, `owned`, `earned`, `direct`). */
  channels?: readonly TouchpointChannel[]
  /** Campaign names (`utm_campaign`). */
  campaigns?: readonly string[]
  /** `true`: only customers who bought before; `false`: only those who have not. */
  returning?: boolean
  /** Locales or their languages: `de` matches `de-AT`. */
  locales?: readonly string[]
}

export interface ExperimentDefinition {
  key: string
  /** Variant keys; the first is the control, which everyone outside the experiment sees. */
  variants: readonly string[]
  /** Relative weight of each variant (default: equal). */
  weights?: readonly number[]
  /** Share of the eligible visitors who enter the experiment, 0–1 (default 1). */
  traffic?: number
  /**
   * Mutually exclusive experiments share a namespace and take disjoint ranges of it:
   * `{ id: 'checkout', range: [0, 0.5] }` and `{ id: 'checkout', range: [0.5, 1] }` never share a visitor.
   */
  namespace?: { id: string; range: readonly [number, number] }
  targeting?: Targeting
  /** Set when the experiment is stopped: every visitor gets this variant and nobody is exposed any more. */
  winner?: string
}

/** What the journey knows about the visitor, for assignment and targeting. */
export interface JourneyFacts {
  /** The journey's anonymous id (`context.anonymousId`): the same id on the server and in the browser. */
  anonymousId: string
  stage?: Stage
  channel?: TouchpointChannel
  campaign?: string
  returning?: boolean
  locale?: string
}

export interface Assignment {
  variant: string
  /** Whether the visitor is part of the experiment's sample (and is exposed when the variant is seen). */
  inExperiment: boolean
}

/** Assignments by experiment key, as the server hands them to `ExperimentsProvider`. */
export type Assignments = Record<string, Assignment>
