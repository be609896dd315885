'use client'
import type { HTMLAttributes, ReactNode } from 'react'
import { useExperiment } from './use-experiment'

export interface ExperimentProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The experiment's key. */
  name: string
  /** What each variant renders, by variant key. The first entry is the control, shown when there is no assignment. */
  variants: Record<string, ReactNode>
}

/**
 * Renders the visitor's variant inside a `div` whose viewable impression records `experiment_viewed`:
 * `<Experiment name="hero-copy" variants={{ control: <Hero />, benefit: <Hero title="…" /> }} />`.
 */
export function Experiment({ name, variants, ...props }: ExperimentProps) {
  const { variant, ref } = useExperiment(name)
  const shown = variant !== undefined && Object.hasOwn(variants, variant) ? variant : Object.keys(variants)[0]
  return (
    <div data-jk-experiment={name} data-jk-variant={shown} {...props} ref={ref}>
      {shown === undefined ? null : variants[shown]}
    </div>
  )
}
