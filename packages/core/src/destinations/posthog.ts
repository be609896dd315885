import type { Destination, DestinationCategory } from '../types'
import { toSegment } from './segment-spec'

/** The part of the PostHog client (`posthog-js`) the destination calls. */
export interface PosthogClient {
  capture(event: string, properties?: object): unknown
  identify?(id: string, properties?: object): unknown
}

export interface PosthogOptions {
  /** Default `'analytics'`. */
  category?: DestinationCategory
}

/** PostHog, with the same event names and properties as `segment()`; page views become `$pageview`. */
export function posthog(client: PosthogClient, options: PosthogOptions = {}): Destination {
  return {
    name: 'posthog',
    category: options.category ?? 'analytics',
    send(batch) {
      for (const event of batch) {
        if (event.name === 'page_viewed') client.capture('$pageview', { $current_url: event.context.page.url })
        else {
          const call = toSegment(event)
          client.capture(call.name, call.properties)
        }
      }
    },
    identify(userId, traits) {
      client.identify?.(userId, traits)
    },
  }
}
