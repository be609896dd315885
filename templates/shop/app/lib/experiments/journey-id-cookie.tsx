import type { ConsentState } from '@journeykit/core'
import { useJourney } from '@journeykit/react'
import { useEffect } from 'react'
import { JOURNEY_ID_COOKIE, JOURNEY_ID_STORAGE_KEY } from './journey-id'

const COOKIE_MAX_AGE_S = 60 * 60 * 24 * 180

/**
 * Keeps the journey id cookie the server assigns experiments by in step with the visitor's consent:
 * written while analytics is allowed, removed when it is declined. Mounted once for every page
 * (`JourneyClient`), so a visitor who allows analytics on any page is assigned from the next page.
 */
export function JourneyIdCookie(): null {
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
  return null
}

/** The id the journey saved (it saves it only with analytics consent); null when storage is unavailable. */
function readStoredJourneyId(): string | null {
  try {
    return localStorage.getItem(JOURNEY_ID_STORAGE_KEY)
  } catch {
    return null
  }
}
