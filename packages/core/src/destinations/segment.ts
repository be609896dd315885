import type { Destination, DestinationCategory } from '../types'
import { toSegment } from './segment-spec'

/** The part of Segment's analytics.js (or `@segment/analytics-next`) the destination calls. */
export interface SegmentAnalytics {
  track(event: string, properties?: object): unknown
  page?(...args: unknown[]): unknown
  identify?(...args: unknown[]): unknown
}

export interface SegmentOptions {
  /** Default `'analytics'`. */
  category?: DestinationCategory
}

/**
 * Segment, with E-commerce v2 event names. Page views go to `analytics.page(properties)`
 * (to `track('Page Viewed')` when the client has no `page`).
 */
export function segment(analytics: SegmentAnalytics, options: SegmentOptions = {}): Destination {
  return {
    name: 'segment',
    category: options.category ?? 'analytics',
    send(batch) {
      for (const event of batch) {
        const call = toSegment(event)
        if (call.kind === 'page' && analytics.page) analytics.page(call.properties)
        else analytics.track(call.name, call.properties)
      }
    },
    identify(userId, traits) {
      analytics.identify?.(userId, traits)
    },
  }
}
