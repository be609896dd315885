'use client'
import { useImpression, useJourney, type ImpressionOptions } from '@journeykit/react'
import { useCallback, useContext } from 'react'
import { exposureTracker } from '../exposure/exposure-tracker'
import { ExperimentsContext } from './experiments-context'

export interface ExperimentState {
  /** The visitor's variant; `undefined` when the provider has no assignment for this experiment (render the control). */
  variant: string | undefined
  inExperiment: boolean
  /** Attach to the element that shows the variant: its viewable impression records `experiment_viewed`. */
  ref: (element: Element | null) => void
}

let warnedMissingProvider = false

/**
 * The visitor's variant of experiment `key`. Rendering it records nothing; the exposure
 * (`experiment_viewed` { experiment, variant }) is recorded when the element given `ref` is viewable
 * (the blocks' rule: half of it visible for one second), once per visitor, and only for visitors in
 * the experiment. It stays on the page until analytics consent, and is dropped without it.
 */
export function useExperiment(key: string, options: Omit<ImpressionOptions, 'disabled'> = {}): ExperimentState {
  const experiments = useContext(ExperimentsContext)
  if (!experiments && process.env.NODE_ENV !== 'production' && !warnedMissingProvider) {
    warnedMissingProvider = true
    console.warn('[journeykit] useExperiment: no <ExperimentsProvider>; every experiment renders its control.')
  }
  const assignment = experiments?.assignments[key]
  const variant = assignment?.variant
  const inExperiment = assignment?.inExperiment ?? false
  const journey = useJourney()
  const storage = experiments?.storage ?? null
  const onViewable = useCallback(() => {
    if (variant !== undefined) exposureTracker(journey, storage).expose({ experiment: key, variant, source: { block: 'Experiment', blockId: key } })
  }, [journey, storage, key, variant])
  const ref = useImpression(onViewable, { ...options, disabled: !inExperiment })
  return { variant, inExperiment, ref }
}
