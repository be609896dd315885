'use client'
import type { EventName, EventProperties, EventSource } from '@journeykit/core'
import { useCallback } from 'react'
import { useJourney } from './journey-provider/journey-context'

export type TrackFunction = <N extends EventName>(name: N, properties: EventProperties<N>) => void

/**
 * A stable `track` bound to the emitting block, so every event says which block sent it:
 * `const track = useTrack({ block: 'ComparisonTable', blockId })`.
 */
export function useTrack(source?: EventSource): TrackFunction {
  const journey = useJourney()
  const block = source?.block
  const blockId = source?.blockId
  return useCallback<TrackFunction>(
    (name, properties) => {
      journey.track(name, properties, block ? { block, ...(blockId ? { blockId } : {}) } : undefined)
    },
    [journey, block, blockId],
  )
}
