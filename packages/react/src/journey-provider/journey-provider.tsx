'use client'
import { createJourney, type Journey, type JourneyOptions, type Stage } from '@journeykit/core'
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { noopJourney } from './noop-journey'

interface JourneyContextValue {
  journey: Journey
  /** The stage rendered on the server and during hydration, so both render the same markup. */
  initialStage: Stage
}

const JourneyContext = createContext<JourneyContextValue | null>(null)

export type JourneyProviderProps = {
  children?: ReactNode
  /**
   * The stage to render on the server and while hydrating (e.g. `retention` for a signed-in
   * customer). The client switches to the inferred stage after hydration. Default `awareness`.
   */
  initialStage?: Stage
} & (
  | { /** A journey created by the app with `createJourney()`; the app owns its lifecycle. */ journey: Journey; options?: never }
  | { journey?: never; /** Options for a journey the provider creates on the client and shuts down on unmount. */ options?: JourneyOptions }
)

/**
 * Makes a journey available to every block below it. Safe to render on the server: a journey
 * created from `options` only exists in the browser, so nothing touches `window` while
 * rendering on the server.
 */
export function JourneyProvider({ journey, options, initialStage = 'awareness', children }: JourneyProviderProps) {
  const [owned] = useState(() => (journey || typeof window === 'undefined' ? null : createJourney(options)))
  const active = journey ?? owned ?? noopJourney

  const mounted = useRef(false)
  useEffect(() => {
    if (!owned) return
    mounted.current = true
    return () => {
      // StrictMode unmounts and remounts at once; only a real unmount shuts the journey down.
      mounted.current = false
      queueMicrotask(() => {
        if (!mounted.current) void owned.shutdown()
      })
    }
  }, [owned])

  return <JourneyContext.Provider value={{ journey: active, initialStage }}>{children}</JourneyContext.Provider>
}

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
