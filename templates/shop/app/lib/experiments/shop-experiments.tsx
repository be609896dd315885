import type { ConsentState } from '@journeykit/core'
import { ExperimentsProvider, type Assignments } from '@journeykit/experiments'
import { useJourney } from '@journeykit/react'
import { useEffect, type ReactNode } from 'react'
import { JOURNEY_ID_COOKIE, JOURNEY_ID_STORAGE_KEY } from './journey-id'

const COOKIE_MAX_AGE_S = 60 * 60 * 24 * 180

/**
 * The shop's experiments for a page: `assignments` come from the route's loader (`assignVisitor`), so
 * the server's HTML already shows each variant and hydration keeps it. Also keeps the journey id
 * cookie the server assigns by in step with the visitor's consent.
 */
export function ShopExperiments({ assignments, children }: { assignments: Assignments; children: ReactNode }) {
  useJourneyIdCookie()
  return <ExperimentsProvider assignments={assignments}>{children}</ExperimentsProvider>
}

/** Writes the journey's anonymous id to its cookie while analytics is allowed, and removes it when analytics is declined. */
function useJourneyIdCookie(): void {
  const journey = useJourney()
  useEffect(() => {
    const follow = (consent: ConsentState | 'pending') => {
      if (consent === 'pending') return
      const id = consent.analytics ? readStoredJourneyId() : null
      document.cookie = id
        ? `${JOURNEY_ID_COOKIE}=${id}; Path=/; Max-Age=${COOKIE_MAX_AGE_S}; SameSite=Lax`
        : `${JOURNEY_ID_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
    }
    follow(journey.getConsent())
    return journey.onConsent?.(follow)
  }, [journey])
}

/** The id the journey saved (it saves it only with analytics consent); null when storage is unavailable. */
function readStoredJourneyId(): string | null {
  try {
    return localStorage.getItem(JOURNEY_ID_STORAGE_KEY)
  } catch {
    return null
  }
}
