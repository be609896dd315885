'use client'
import type { Stage } from '@journeykit/core'
import { useCallback, useSyncExternalStore } from 'react'
import { useJourneyContext } from './journey-provider/journey-context'

/**
 * The visitor's current journey stage; re-renders when it changes. On the server and during
 * hydration it returns the provider's `initialStage`, so server and client markup agree.
 */
export function useStage(): Stage {
  const { journey, initialStage } = useJourneyContext()
  const subscribe = useCallback((onChange: () => void) => journey.subscribe(onChange), [journey])
  const getStage = useCallback(() => journey.getStage(), [journey])
  return useSyncExternalStore(subscribe, getStage, () => initialStage)
}
