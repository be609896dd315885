'use client'
import { useImpression, useTrack, type ImpressionOptions } from '@journeykit/react'
import { useCallback, useContext } from 'react'
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
 * the experiment. The journey holds it back until analytics consent.
 */
export function useExperiment(key: string, options: Omit<ImpressionOptions, 'disabled'> = {}): ExperimentState {
  const assignments = useContext(ExperimentsContext)
  if (!assignments && process.env.NODE_ENV !== 'production' && !warnedMissingProvider) {
    warnedMissingProvider = true
    console.warn('[journeykit] useExperiment: no <ExperimentsProvider>; every experiment renders its control.')
  }
  const assignment = assignments?.[key]
  const variant = assignment?.variant
  const inExperiment = assignment?.inExperiment ?? false
  const track = useTrack({ block: 'Experiment', blockId: key })
  const onViewable = useCallback(() => {
    if (variant !== undefined) track('experiment_viewed', { experiment: key, variant })
  }, [track, key, variant])
  const ref = useImpression(onViewable, { ...options, disabled: !inExperiment })
  return { variant, inExperiment, ref }
}
