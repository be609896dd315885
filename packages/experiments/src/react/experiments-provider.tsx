'use client'
import type { ReactNode } from 'react'
import type { Assignments } from '../assignment/types'
import { ExperimentsContext } from './experiments-context'

export interface ExperimentsProviderProps {
  /**
   * The visitor's assignments, made where the page is rendered (`assignExperiments()` in a loader or
   * a server component) and handed to the browser as they are, so hydration renders the same variants.
   */
  assignments: Assignments
  children?: ReactNode
}

/** Makes the visitor's experiment assignments available to `useExperiment` and `<Experiment>` below it. */
export function ExperimentsProvider({ assignments, children }: ExperimentsProviderProps) {
  return <ExperimentsContext.Provider value={assignments}>{children}</ExperimentsContext.Provider>
}
