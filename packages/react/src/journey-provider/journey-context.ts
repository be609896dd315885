'use client'
import type { Journey, Stage } from '@journeykit/core'
import { createContext, useContext } from 'react'
import { noopJourney } from './noop-journey'

// Apart from JourneyProvider, so that a block reading the journey does not bring the provider's code.

export interface JourneyContextValue {
  journey: Journey
  /** The stage rendered on the server and during hydration, so both render the same markup. */
  initialStage: Stage
}

export const JourneyContext = createContext<JourneyContextValue | null>(null)

let warnedMissingProvider = false

/** The journey of the nearest JourneyProvider. Without one, blocks still work and their events are dropped (with a development warning). */
export function useJourney(): Journey {
  return useJourneyContext().journey
}

export function useJourneyContext(): JourneyContextValue {
  const value = useContext(JourneyContext)
  if (value) return value
  if (process.env.NODE_ENV !== 'production' && !warnedMissingProvider && typeof window !== 'undefined') {
    warnedMissingProvider = true
    console.warn('[journeykit] No <JourneyProvider> found: journey events are dropped. Wrap your app in <JourneyProvider>.')
  }
  return { journey: noopJourney, initialStage: 'awareness' }
}
