import { beacon, createJourney, ga4, type Journey } from '@journeykit/core'
import { JourneyProvider, useJourney } from '@journeykit/react'
import { Button } from '@journeykit/ui'
import { useEffect, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import type { PublicConfig } from '../lib/env.server'

export type ConsentChoice = 'granted' | 'denied' | 'pending'

declare global {
  interface Window {
    dataLayer?: unknown[]
  }
}

/**
 * The shop's journey: the first-party collector always, GA4 when a measurement id is configured.
 * Created in the browser only; nothing leaves the page before the visitor's consent choice.
 */
export function JourneyClient({ config, consent, children }: { config: PublicConfig; consent: ConsentChoice; children: ReactNode }) {
  const [journey] = useState<Journey | undefined>(() =>
    typeof window === 'undefined'
      ? undefined
      : createJourney({
          consent,
          destinations: [
            beacon({ url: '/api/events' }),
            ...(config.ga4MeasurementId ? [ga4({ dataLayer: (window.dataLayer ??= []) })] : []),
          ],
        }),
  )
  const content = (
    <>
      <PageViews />
      {children}
      <ConsentBanner initial={consent} />
    </>
  )
  return journey ? <JourneyProvider journey={journey}>{content}</JourneyProvider> : <JourneyProvider>{content}</JourneyProvider>
}

/** One `page_viewed` per client-side navigation; the staff dashboard is not part of anyone's journey. */
function PageViews() {
  const journey = useJourney()
  const location = useLocation()
  useEffect(() => {
    if (!location.pathname.startsWith('/journey')) journey.page()
  }, [journey, location.pathname, location.search])
  return null
}

const CONSENT_COOKIE = 'jk_consent'

function ConsentBanner({ initial }: { initial: ConsentChoice }) {
  const journey = useJourney()
  const [choice, setChoice] = useState(initial)
  if (choice !== 'pending') return null
  const decide = (value: 'granted' | 'denied') => {
    document.cookie = `${CONSENT_COOKIE}=${value}; Path=/; Max-Age=${60 * 60 * 24 * 180}; SameSite=Lax`
    journey.setConsent(value)
    setChoice(value)
  }
  return (
    <section className="consent" aria-labelledby="consent-title">
      <h2 id="consent-title">Analytics on this shop</h2>
      <p>
        We measure how visitors move through the shop with our own analytics, so we can make it better. Nothing is sent until you
        choose.
      </p>
      <div className="consent-actions">
        <Button onClick={() => decide('granted')}>Allow analytics</Button>
        <Button variant="secondary" onClick={() => decide('denied')}>
          Decline
        </Button>
      </div>
    </section>
  )
}

/** Reads the consent choice from the request's cookies (server) so the banner renders without a flash. */
export function consentFromCookie(cookieHeader: string | null): ConsentChoice {
  const value = cookieHeader?.match(/(?:^|;\s*)jk_consent=(granted|denied)/)?.[1]
  return value === 'granted' || value === 'denied' ? value : 'pending'
}
