import type { Campaign, Touchpoint } from '@journeykit/core'
import { useJourney } from '@journeykit/react'
import { useLayoutEffect, useRef } from 'react'

/** Where the visitor's journey came from, sent with the order so the server's `order_completed` joins it. */
export interface JourneyAttribution extends Touchpoint {
  campaign: Campaign
  /** Left out when the visitor declined analytics. */
  anonymousId?: string
  sessionId?: string
}

/**
 * The attribution of the journey's latest event (the checkout's own `checkout_started` is the
 * first one it sees: a layout effect subscribes before the blocks' effects track). Read it when
 * placing the order; undefined until an event was tracked.
 */
export function useJourneyAttribution(): { readonly current: JourneyAttribution | undefined } {
  const journey = useJourney()
  const latest = useRef<JourneyAttribution | undefined>(undefined)
  useLayoutEffect(
    () =>
      journey.subscribe(({ context }) => {
        const declined = context.consent !== 'pending' && !context.consent.analytics
        latest.current = {
          ...context.touchpoint,
          campaign: context.campaign,
          ...(declined ? {} : { anonymousId: context.anonymousId, sessionId: context.sessionId }),
        }
      }),
    [journey],
  )
  return latest
}
