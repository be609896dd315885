import type { EventName, EventProperties } from './catalog'
import type { Stage } from './stages'

export type TouchpointChannel = 'paid' | 'owned' | 'earned' | 'direct'

export interface Campaign {
  source?: string
  medium?: string
  name?: string
  term?: string
  content?: string
}

export interface Touchpoint {
  channel: TouchpointChannel
  /** Where the visit came from: the UTM source, the referring host, or `direct`. */
  source: string
}

export interface PageContext {
  url: string
  path: string
  title: string
  referrer: string
}

/** The consent state per category; `necessary` destinations are always allowed. */
export interface ConsentState {
  analytics: boolean
  marketing: boolean
}

/** What the app knows about consent: `'pending'` until the visitor has chosen. */
export type ConsentInput = 'pending' | 'granted' | 'denied' | ConsentState

export interface EventContext {
  anonymousId: string
  sessionId: string
  userId?: string
  locale: string
  page: PageContext
  campaign: Campaign
  touchpoint: Touchpoint
  consent: ConsentState | 'pending'
  /** The variant of every experiment the visitor has been exposed to, by experiment key (set by @journeykit/experiments through `setContext`). */
  experiments?: Record<string, string>
}

/** Which block emitted an event. */
export interface EventSource {
  block: string
  blockId?: string
}

/** The envelope every journey event travels in. */
export interface JourneyEvent<N extends EventName = EventName> {
  id: string
  name: N
  stage: Stage
  /** ISO 8601 time. */
  occurredAt: string
  properties: EventProperties<N>
  context: EventContext
  source?: EventSource
}

/** Any event of the catalog, discriminated by `name`. */
export type AnyJourneyEvent = { [N in EventName]: JourneyEvent<N> }[EventName]

export type DestinationCategory = 'necessary' | 'analytics' | 'marketing'

export interface SendOptions {
  /** True while the page is being hidden or unloaded: use `sendBeacon` / `keepalive` transports. */
  unloading: boolean
}

/** Where journey events go. Built-ins: `ga4()`, `segment()`, `posthog()`, `beacon()`, `consoleDestination()`, `memory()`. */
export interface Destination {
  name: string
  category: DestinationCategory
  /** Receives batches off the interaction path. A throw or rejection is reported to `onError`, never to the page. */
  send(batch: AnyJourneyEvent[], options: SendOptions): void | Promise<void>
  /** Told the consent state when the journey starts (`pending` as default signals) and on every change. */
  consent?(state: ConsentState | 'pending', phase: 'default' | 'update'): void
  /** Told when the app identifies the visitor (allowed destinations only). */
  identify?(userId: string, traits: Record<string, unknown>): void
  /** Pushes out anything the destination buffers itself (page hide, shutdown). */
  flush?(options: SendOptions): void | Promise<void>
  /** Releases timers and listeners. */
  shutdown?(): void
}

/** Storage the journey persists to (ids, session, attribution, purchase history, beacon queue). */
export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface JourneyError {
  /**
   * `validation`: an unknown event name, or (in development) properties that do not match the catalog;
   * `destination`: a destination threw, rejected or timed out; `storage`: persisting failed;
   * `queue`: an event was dropped because a bound was reached; `subscriber`: a `subscribe` (or `onConsent`) listener
   * threw (`event` is the event it was given; the other listeners and delivery go on).
   */
  kind: 'validation' | 'destination' | 'storage' | 'queue' | 'subscriber'
  message: string
  event?: AnyJourneyEvent
  destination?: string
  cause?: unknown
}

export interface JourneyOptions {
  destinations?: Destination[]
  /** Default `'pending'`: nothing reaches a non-necessary destination until consent is given. */
  consent?: ConsentInput
  /** Default: `localStorage` when available. Written only while analytics consent is granted. `null` disables persistence. */
  storage?: StorageLike | null
  batch?: {
    /** Events per batch (default 20). */
    size?: number
    /** Milliseconds to wait before sending a partial batch (default 1000). */
    interval?: number
  }
  /** Called for invalid events, failing destinations, storage errors, dropped events and throwing subscribers. Never throws into the page. */
  onError?: (error: JourneyError) => void
  /** Overrides merged into every event's context (e.g. `locale`, `page` on the server). */
  context?: Partial<Omit<EventContext, 'consent'>>
  /** Clock, for tests. */
  now?: () => Date
  /** Id generator, for tests. */
  id?: () => string
  /**
   * Hosts that also count as the shop's own for attribution (e.g. a payment provider's return page or
   * the shop's other domains): a referrer on one of them, or on a subdomain, is internal, not `earned`.
   * The page's own host always is. See `resolveAttribution`.
   */
  ownHosts?: string[]
  /** Whether this visitor has purchased before (e.g. known from the server); otherwise remembered from `order_completed`. */
  returningCustomer?: boolean
}

/** A listener of every tracked event, called synchronously. */
export type JourneyListener = (event: AnyJourneyEvent) => void

/** A listener of the visitor's consent choices, called once `setConsent()` has applied one. */
export type ConsentListener = (state: ConsentState) => void

export interface Journey {
  /** Records an event of the catalog. Synchronous and cheap: destinations receive it later, in a batch. */
  track<N extends EventName>(name: N, properties: EventProperties<N>, source?: EventSource): AnyJourneyEvent | undefined
  /** Records a `page_viewed` event for the current location. */
  page(): void
  identify(userId: string, traits?: Record<string, unknown>): void
  setConsent(consent: ConsentInput): void
  getConsent(): ConsentState | 'pending'
  /**
   * Calls `listener` after every `setConsent()` of a choice (not `'pending'`) has been applied, waiting events handed on;
   * a listener that throws is reported to `onError`
   * (kind `subscriber`). Returns an unsubscribe function. Optional, so journeys implemented elsewhere (test doubles) still fit.
   */
  onConsent?(listener: ConsentListener): () => void
  /** Merges `fields` into the context of every later event (as the `context` option does at creation), e.g. a provider's `experiments`. Optional, like `onConsent`. */
  setContext?(fields: Partial<Omit<EventContext, 'consent'>>): void
  /** Sends everything queued now. Resolves when every destination has been handed its batch. */
  flush(): Promise<void>
  /** The visitor's current stage (see docs/architecture.md for the rule). */
  getStage(): Stage
  /**
   * Called for every tracked event; `getStage()` inside it already reflects the event. A listener that
   * throws is reported to `onError` (kind `subscriber`) and does not stop tracking. Returns an unsubscribe function.
   */
  subscribe(listener: JourneyListener): () => void
  /** Forgets the visitor: new anonymous id and session, stage back to the start, stored state removed. */
  reset(): void
  /** Flushes, removes listeners and timers; later `track()` calls are ignored. */
  shutdown(): Promise<void>
}
