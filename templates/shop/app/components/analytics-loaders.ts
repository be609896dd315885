import { ga4, segment, type SegmentAnalytics } from '@journeykit/core'
import { toGa4Experiment } from '@journeykit/experiments'
import type { PublicConfig } from '../lib/env.server'
import type { ConsentChoice } from './journey-client'

/** Segment's pre-load queue: calls are buffered as `[method, ...args]` until analytics.js replays them. */
type SegmentQueue = unknown[] & Required<SegmentAnalytics> & { load(writeKey: string): void }

declare global {
  interface Window {
    dataLayer?: unknown[]
    gtag?: (...args: unknown[]) => void
    /** Segment's queue before analytics.js loads, the real client after (it replaces the queue). */
    analytics?: Required<SegmentAnalytics>
  }
}

/**
 * Loads the third-party analytics the environment configures (gtag.js for GA4, Segment's analytics.js),
 * once per page, and only in the browser after the visitor granted analytics consent. The scripts are
 * appended to `<head>` from here rather than rendered inline, so a Content-Security-Policy needs no
 * `unsafe-inline`: only the two script hosts.
 */
export function loadAnalyticsScripts(config: Pick<PublicConfig, 'ga4MeasurementId' | 'segmentWriteKey'>, consent: ConsentChoice): void {
  if (typeof document === 'undefined' || consent !== 'granted') return
  if (config.ga4MeasurementId) loadGtag(config.ga4MeasurementId)
  if (config.segmentWriteKey) loadSegment(config.segmentWriteKey)
}

/**
 * Google's gtag.js bootstrap. Run after the journey is created, so the `ga4()` destination's Consent
 * Mode default is already in the data layer before `config`. The page views come from the journey.
 */
function loadGtag(measurementId: string) {
  if (window.gtag) return
  const dataLayer = (window.dataLayer ??= [])
  // gtag.js only reads real `arguments` objects as commands (a rest-parameter array is ignored).
  window.gtag = function gtag() {
    dataLayer.push(arguments)
  }
  window.gtag('js', new Date())
  window.gtag('config', measurementId, { send_page_view: false })
  appendScript(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(measurementId)}`)
}

/** Segment's analytics.js with a queue for the methods the `segment()` destination calls. */
function loadSegment(writeKey: string) {
  if (window.analytics) return
  const queue = [] as unknown as SegmentQueue
  const buffer =
    (method: string) =>
    (...args: unknown[]) => {
      queue.push([method, ...args])
      return queue
    }
  queue.track = buffer('track')
  queue.page = buffer('page')
  queue.identify = buffer('identify')
  queue.load = (key) => appendScript(`https://cdn.segment.com/analytics.js/v1/${encodeURIComponent(key)}/analytics.min.js`)
  window.analytics = queue
  queue.load(writeKey)
}

/** GA4 on the page's data layer (gtag() once gtag.js is bootstrapped); exposures become GA4's `experience_impression`. */
export const ga4Destination = () => ga4({ dataLayer: (window.dataLayer ??= []), map: toGa4Experiment })

/** Segment through whatever `window.analytics` is at send time. */
export const segmentDestination = () => segment(segmentOnWindow)

/**
 * The `segment()` destination's client: it calls whatever `window.analytics` is at send time, because
 * analytics.js replaces the queue with the real client when it loads. Nothing happens before the queue exists.
 */
export const segmentOnWindow: SegmentAnalytics = {
  track: (event, properties) => window.analytics?.track(event, properties),
  page: (...args) => window.analytics?.page(...args),
  identify: (...args) => window.analytics?.identify(...args),
}

function appendScript(src: string) {
  const script = document.createElement('script')
  script.async = true
  script.src = src
  document.head.appendChild(script)
}
