import { createJourney, lazyDestination, type Destination, type Journey } from '@journeykit/core'
import { JourneyProvider, useJourney } from '@journeykit/react'
import { Button } from '@journeykit/ui'
import { useEffect, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { emailClickOf } from '../lib/email/email-click'
import type { PublicConfig } from '../lib/env.server'
import { JourneyIdCookie } from '../lib/experiments/journey-id-cookie'

export type ConsentChoice = 'granted' | 'denied' | 'pending'

/** The GA4 / Segment code (mappings and script loaders): loaded only when the environment configures one. */
let analyticsLoaders: typeof import('./analytics-loaders') | undefined
const loadAnalyticsLoaders = () => import('./analytics-loaders').then((module) => (analyticsLoaders = module))

function consentChoice(journey: Journey): ConsentChoice {
  const state = journey.getConsent()
  return state === 'pending' ? 'pending' : state.analytics ? 'granted' : 'denied'
}

/** Settles once the visitor allows analytics: at once when they already have, never when they decline. */
function analyticsAllowed(journey: Journey): Promise<void> {
  return new Promise((resolve) => {
    const allowed = () => {
      const state = journey.getConsent()
      return state !== 'pending' && state.analytics
    }
    if (allowed()) return resolve()
    const stop = journey.onConsent?.(() => allowed() && (stop?.(), resolve()))
  })
}

/**
 * The first-party collector (`beacon`) as a lazy destination whose code loads once analytics is
 * allowed: until the visitor chooses, the journey keeps the events itself (they carry the context,
 * attribution included, of the moment they happened) and hands them over on consent, so a first
 * visit that has not chosen yet never downloads the collector's code.
 */
function firstPartyCollector(journey: () => Journey): Destination {
  return lazyDestination({
    name: 'beacon',
    category: 'analytics',
    load: () => analyticsAllowed(journey()).then(() => import('./journey-collector').then((module) => module.collectorDestination())),
  })
}

/**
 * GA4 and Segment as lazy destinations. Once one has loaded and taken what it missed (GA4: the
 * Consent Mode default first), its own vendor script starts if analytics is allowed, before any event.
 */
function thirdPartyDestinations(config: PublicConfig, journey: () => Journey): Destination[] {
  const lazy = (name: 'ga4' | 'segment', create: (loaders: typeof import('./analytics-loaders')) => Destination, scripts: Pick<PublicConfig, 'ga4MeasurementId' | 'segmentWriteKey'>) =>
    lazyDestination({
      name,
      category: 'analytics',
      load: () => loadAnalyticsLoaders().then(create),
      onReady: () => analyticsLoaders?.loadAnalyticsScripts(scripts, consentChoice(journey())),
    })
  return [
    ...(config.ga4MeasurementId ? [lazy('ga4', (loaders) => loaders.ga4Destination(), { ga4MeasurementId: config.ga4MeasurementId, segmentWriteKey: null })] : []),
    ...(config.segmentWriteKey ? [lazy('segment', (loaders) => loaders.segmentDestination(), { ga4MeasurementId: null, segmentWriteKey: config.segmentWriteKey })] : []),
  ]
}

/**
 * The shop's journey: the first-party collector always, GA4 and Segment when the environment
 * configures them. Created in the browser only; nothing leaves the page, and no third-party script
 * loads, before the visitor allows analytics.
 */
export function JourneyClient({ config, consent, children }: { config: PublicConfig; consent: ConsentChoice; children: ReactNode }) {
  const [journey] = useState<Journey | undefined>(() => {
    if (typeof window === 'undefined') return undefined
    const created: Journey = createJourney({
      consent,
      destinations: [firstPartyCollector(() => created), ...thirdPartyDestinations(config, () => created)],
    })
    return created
  })
  const content = (
    <>
      <PageViews />
      <JourneyIdCookie />
      {children}
      <ConsentBanner initial={consent} config={config} />
    </>
  )
  return journey ? <JourneyProvider journey={journey}>{content}</JourneyProvider> : <JourneyProvider>{content}</JourneyProvider>
}

/**
 * One `page_viewed` per client-side navigation, and `email_clicked` when it is the landing of an email's
 * link; the staff dashboard is not part of anyone's journey.
 */
function PageViews() {
  const journey = useJourney()
  const location = useLocation()
  useEffect(() => {
    if (location.pathname.startsWith('/journey')) return
    journey.page()
    const click = emailClickOf(location.search)
    if (click) journey.track('email_clicked', click)
  }, [journey, location.pathname, location.search])
  return null
}

export const CONSENT_COOKIE = 'jk_consent'

function ConsentBanner({ initial, config }: { initial: ConsentChoice; config: PublicConfig }) {
  const journey = useJourney()
  const [choice, setChoice] = useState(initial)
  if (choice !== 'pending') return null
  const decide = (value: 'granted' | 'denied') => {
    document.cookie = `${CONSENT_COOKIE}=${value}; Path=/; Max-Age=${60 * 60 * 24 * 180}; SameSite=Lax`
    // The scripts first, so the events waiting for consent reach gtag() and Segment's queue
    // (not loaded yet: the destinations start them when they load, with this choice).
    analyticsLoaders?.loadAnalyticsScripts(config, value)
    journey.setConsent(value)
    setChoice(value)
  }
  const thirdParties = [config.ga4MeasurementId && 'Google Analytics', config.segmentWriteKey && 'Segment'].filter(Boolean).join(' and ')
  return (
    <section className="consent" aria-labelledby="consent-title">
      <h2 id="consent-title">Analytics on this shop</h2>
      <p>
        We measure how visitors move through the shop with our own analytics{thirdParties && `, shared with ${thirdParties}`}, so we
        can make it better. Nothing is sent until you choose.
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
