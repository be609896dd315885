'use client'
import { createJourney, type Journey, type JourneyOptions, type Stage } from '@journeykit/core'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { JourneyContext } from './journey-context'
import { noopJourney } from './noop-journey'

export { useJourney, useJourneyContext } from './journey-context'

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
