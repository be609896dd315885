'use client'
import type { StorageLike } from '@journeykit/core'
import { useJourney } from '@journeykit/react'
import { useEffect, useMemo, type ReactNode } from 'react'
import type { Assignments } from '../assignment/types'
import { exposureTracker } from '../exposure/exposure-tracker'
import { defaultStorage } from '../exposure/stored-exposures'
import { ExperimentsContext } from './experiments-context'

export interface ExperimentsProviderProps {
  /**
   * The visitor's assignments, made where the page is rendered (`assignExperiments()` in a loader or
   * a server component) and handed to the browser as they are, so hydration renders the same variants.
   */
  assignments: Assignments
  /**
   * Where the visitor's exposures are remembered, written only with analytics consent.
   * Default: `localStorage` when available; `null` remembers them for this page only.
   */
  storage?: StorageLike | null
  children?: ReactNode
}

/**
 * Makes the visitor's experiment assignments available to `useExperiment` and `<Experiment>` below it,
 * and, in the browser, puts the exposures remembered from earlier pages in the journey's events' `context.experiments`.
 */
export function ExperimentsProvider({ assignments, storage, children }: ExperimentsProviderProps) {
  const journey = useJourney()
  const resolvedStorage = useMemo(() => (storage === undefined ? defaultStorage() : storage), [storage])
  useEffect(() => void exposureTracker(journey, resolvedStorage), [journey, resolvedStorage])
  const value = useMemo(() => ({ assignments, storage: resolvedStorage }), [assignments, resolvedStorage])
  return <ExperimentsContext.Provider value={value}>{children}</ExperimentsContext.Provider>
}
