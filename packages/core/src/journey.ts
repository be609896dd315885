import { carriesCampaign, resolveAttribution } from './attribution'
import { listenForPageHide, readLocale, readPage } from './browser'
import { EVENT_STAGES, isEventName, type EventName, type EventProperties } from './catalog'
import { allows, normalizeConsent, PENDING_LIMIT } from './consent'
import { createIsoFormatter } from './clock'
import { createDelivery, type DestinationMethod } from './delivery'
import { randomId } from './id'
import { isExpired, parseSession, type Session } from './session'
import { stageFloor, stageReachedBy } from './stage-inference'
import { laterStage } from './stages'
import { createStore, defaultStorage, STORAGE_KEYS } from './storage'
import type {
  AnyJourneyEvent,
  ConsentInput,
  ConsentListener,
  Destination,
  EventContext,
  EventSource,
  Journey,
  JourneyError,
  JourneyListener,
  JourneyOptions,
} from './types'
import { validateProperties } from './validation'

/**
 * Starts the journey runtime: typed `track()`, per-destination batching, the consent gate,
 * page-hide flushing, the persisted visitor and session, attribution and stage inference.
 * Needs no DOM: on the server pass `context` (e.g. `page`, `locale`). Never throws into the page;
 * problems go to `onError`. The rules are described in docs/architecture.md ("Journey runtime").
 */
export function createJourney(options: JourneyOptions = {}): Required<Journey> {
  const destinations = options.destinations ?? []
  const overrides = { ...options.context }
  const clock = () => options.now?.().getTime() ?? Date.now()
  const newId = options.id ?? randomId
  const toIso = createIsoFormatter()
  const listeners = new Set<JourneyListener>()
  const consentListeners = new Set<ConsentListener>()

  const report = (error: JourneyError): void => {
    try {
      options.onError?.(error)
    } catch {
      // An onError that throws must not break tracking.
    }
  }
  const store = createStore(options.storage === undefined ? defaultStorage() : options.storage, report)
  const { enqueue, drain, call, settle } = createDelivery(destinations, {
    size: Math.max(1, options.batch?.size ?? 20),
    interval: options.batch?.interval ?? 1000,
    report,
  })

  let consent = normalizeConsent(options.consent ?? 'pending')
  /** Events for non-necessary destinations while consent is pending, oldest first. */
  let waitingForConsent: AnyJourneyEvent[] = []
  let identityWaitingForConsent: [userId: string, traits: Record<string, unknown>] | undefined
  let closed = false

  if (consent !== 'pending' && !consent.analytics) store.clear()
  let anonymousId = store.read(STORAGE_KEYS.anonymousId) || newId()
  let returningCustomer = options.returningCustomer === true || store.read(STORAGE_KEYS.returningCustomer) === '1'
  let userId: string | undefined
  const locale = readLocale()
  let previousPageUrl: string | undefined
  let page = currentPage()
  const startedAt = clock()
  const storedSession = parseSession(store.read(STORAGE_KEYS.session))
  let session = storedSession && !isExpired(storedSession, startedAt) ? storedSession : newSession(startedAt)
  applyNewCampaign()
  let context: EventContext
  updateContext()
  persist()

  callEach('consent', consent, 'default')
  // The hand-over and the save happen synchronously, while the page can still send.
  const stopListening = listenForPageHide(() => void handOver(true))

  function currentPage() {
    return overrides.page ?? readPage(previousPageUrl)
  }

  function newSession(nowMs: number): Session {
    return { id: newId(), lastActivity: nowMs, stage: 'awareness', ...attribution() }
  }

  /** Where the current page's visit came from; `options` carries the shop's `ownHosts`. */
  function attribution() {
    return resolveAttribution(page.url, page.referrer, options)
  }

  /** Rebuilds the context snapshot that events share. */
  function updateContext(): void {
    context = {
      anonymousId,
      sessionId: session.id,
      ...(userId !== undefined && { userId }),
      locale,
      page,
      campaign: session.campaign,
      touchpoint: session.touchpoint,
      ...overrides,
      consent,
    }
  }

  /** Saves the visitor and session, only while analytics consent is granted. */
  function persist(): void {
    if (!allows(consent, 'analytics')) return
    store.write(STORAGE_KEYS.anonymousId, anonymousId)
    store.write(STORAGE_KEYS.session, JSON.stringify(session))
    if (returningCustomer) store.write(STORAGE_KEYS.returningCustomer, '1')
  }

  /** A landing URL with UTM parameters or a click id replaces the session's attribution. */
  function applyNewCampaign(): void {
    if (carriesCampaign(page.url)) Object.assign(session, attribution())
  }

  /** A new session re-resolves attribution from where the visitor is now. */
  function startSession(nowMs: number): void {
    page = currentPage()
    session = newSession(nowMs)
    updateContext()
    persist()
  }

  function advanceStage(name: EventName): void {
    const stage = laterStage(session.stage, stageReachedBy(name))
    let changed = stage !== session.stage
    if (name === 'order_completed' && !returningCustomer) changed = returningCustomer = true
    if (changed) {
      session.stage = stage
      persist()
    }
  }

  function dispatch(event: AnyJourneyEvent): void {
    let waits = false
    for (let index = 0; index < destinations.length; index++) {
      if (allows(consent, destinations[index]!.category)) enqueue(index, event)
      else if (consent === 'pending') waits = true
    }
    if (waits && waitingForConsent.push(event) > PENDING_LIMIT) {
      report({ kind: 'queue', message: 'consent pending: queue full, dropped the oldest event', event: waitingForConsent.shift() })
    }
  }

  /** Calls the method on every destination that has it (whatever its consent: these carry no events). */
  function callEach<M extends DestinationMethod>(method: M, ...args: Parameters<NonNullable<Destination[M]>>): void {
    for (const destination of destinations) call(destination, method, ...args)
  }

  /**
   * Gives every destination its outbox now, asks it to push out its own buffers and saves the
   * visitor; resolves once those calls have settled or timed out.
   */
  async function handOver(unloading: boolean): Promise<void> {
    drain(unloading)
    callEach('flush', { unloading })
    persist()
    await settle()
  }

  /** Calls every listener; one that throws is reported (with the event it was given, if any) and does not stop the others. */
  function notify<T>(listenersOf: Set<(value: T) => void>, value: T, event?: AnyJourneyEvent): void {
    for (const listener of listenersOf) {
      try {
        listener(value)
      } catch (cause) {
        report({ kind: 'subscriber', message: 'subscriber threw', event, cause })
      }
    }
  }

  function warn(message: string, event?: AnyJourneyEvent): void {
    if (process.env.NODE_ENV !== 'production') console.warn(`[journeykit] ${message}`)
    report({ kind: 'validation', message, event })
  }

  function track<N extends EventName>(name: N, properties: EventProperties<N>, source?: EventSource): AnyJourneyEvent | undefined {
    if (closed) return undefined
    if (!isEventName(name)) {
      warn(`${String(name)}: unknown event, dropped`)
      return undefined
    }
    const nowMs = clock()
    if (isExpired(session, nowMs)) startSession(nowMs)
    session.lastActivity = nowMs
    const event = {
      id: newId(),
      name,
      stage: EVENT_STAGES[name],
      occurredAt: toIso(nowMs),
      properties,
      context,
      source,
    } as AnyJourneyEvent
    if (process.env.NODE_ENV !== 'production') {
      const problems = validateProperties(name, properties)
      if (problems.length > 0) warn(`${name}: ${problems.join('; ')}`, event)
    }
    advanceStage(name)
    notify(listeners, event, event)
    dispatch(event)
    return event
  }

  return {
    track,

    page() {
      if (closed) return
      page = currentPage()
      previousPageUrl = page.url
      applyNewCampaign()
      updateContext()
      track('page_viewed', {})
      persist()
    },

    identify(id, traits = {}) {
      if (closed) return
      userId = id
      updateContext()
      for (const destination of destinations) if (allows(consent, destination.category)) call(destination, 'identify', id, traits)
      // Kept for the destinations that consent may allow later (necessary ones already have it).
      if (consent === 'pending') identityWaitingForConsent = [id, traits]
    },

    setConsent(input: ConsentInput) {
      if (closed) return
      const state = normalizeConsent(input)
      consent = state
      updateContext()
      callEach('consent', state, 'update')
      if (state === 'pending') return
      const waiting = waitingForConsent
      waitingForConsent = []
      const identity = identityWaitingForConsent
      identityWaitingForConsent = undefined
      destinations.forEach((destination, index) => {
        // Necessary destinations already have the events and the identity.
        if (destination.category === 'necessary' || !state[destination.category]) return
        if (identity) call(destination, 'identify', ...identity)
        for (const event of waiting) enqueue(index, event)
      })
      if (state.analytics) persist()
      else store.clear()
      notify(consentListeners, state)
    },

    onConsent(listener) {
      consentListeners.add(listener)
      return () => void consentListeners.delete(listener)
    },

    setContext(fields) {
      Object.assign(overrides, fields)
      updateContext()
    },

    getConsent: () => consent,

    flush: () => handOver(false),

    getStage: () => laterStage(stageFloor(returningCustomer), session.stage),

    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },

    reset() {
      if (closed) return
      store.clear()
      anonymousId = newId()
      userId = undefined
      returningCustomer = false
      identityWaitingForConsent = undefined
      startSession(clock())
    },

    async shutdown() {
      if (closed) return
      closed = true
      stopListening()
      listeners.clear()
      // Nothing can be queued once closed, so no send timer is left after this.
      await handOver(false)
      callEach('shutdown')
    },
  }
}
