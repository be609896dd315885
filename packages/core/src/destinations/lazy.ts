import type { AnyJourneyEvent, ConsentState, Destination, DestinationCategory, SendOptions } from '../types'

export interface LazyDestinationOptions {
  /** The destination's name, known before its code is (it names it in errors). */
  name: string
  /** Its consent category, known before its code is: the journey gates on it from the first event. */
  category: DestinationCategory
  /** Loads the destination's code and creates it, e.g. `() => import('./analytics').then((m) => m.ga4Destination())`. Called once, when the lazy destination is created. */
  load: () => Promise<Destination>
  /**
   * Called once the loaded destination has been told the consent state (and identity) it missed,
   * before the events it missed reach it: the place to start a vendor script that must come
   * after Consent Mode defaults and before the first event (gtag.js's `config`).
   */
  onReady?: (destination: Destination) => void
  /** How many events to keep while loading; the oldest go first. Default 1000. */
  bufferLimit?: number
}

export interface LazyDestination extends Destination {
  /** Settles with the loaded destination, or rejects with the load's error. */
  readonly ready: Promise<Destination>
}

type Call =
  | { kind: 'consent'; state: ConsentState | 'pending'; phase: 'default' | 'update' }
  | { kind: 'identify'; userId: string; traits: Record<string, unknown> }

/**
 * A destination whose code is a separate chunk (a dynamic `import()`), loaded when the lazy
 * destination is created rather than with the page: an app that does not configure a vendor never
 * downloads its mapping, and one that does keeps it off the critical path. Until it has loaded it
 * keeps the consent calls, the identity and (up to `bufferLimit`) the events it receives, and hands
 * them over in that order. A failed load, or a failure delivering the kept events, surfaces through
 * the journey's `onError` on the next send; the kept events are dropped.
 */
export function lazyDestination(options: LazyDestinationOptions): LazyDestination {
  const { name, category, bufferLimit = 1000 } = options
  let loaded: Destination | undefined
  let loadFailure: unknown
  let deliveryFailure: unknown
  let shutDown = false
  const calls: Call[] = []
  const events: AnyJourneyEvent[] = []

  const ready = Promise.resolve().then(options.load).then(
    (destination) => {
      loaded = destination
      if (shutDown) {
        destination.shutdown?.()
        return destination
      }
      for (const call of calls.splice(0)) {
        if (call.kind === 'consent') destination.consent?.(call.state, call.phase)
        else destination.identify?.(call.userId, call.traits)
      }
      options.onReady?.(destination)
      const missed = events.splice(0)
      if (missed.length) {
        // reported with the next send, as the journey reports a destination's own failures
        Promise.resolve()
          .then(() => destination.send(missed, { unloading: false }))
          .catch((error: unknown) => (deliveryFailure = error ?? new Error(`${name}: send() rejected`)))
      }
      return destination
    },
    (error: unknown) => {
      loadFailure = error ?? new Error(`${name}: load() rejected`)
      events.length = 0
      calls.length = 0
      throw error
    },
  )
  // the rejection is reported through send(); an app that never awaits `ready` must not see it unhandled
  ready.catch(() => {})

  return {
    name,
    category,
    ready,
    send(batch: AnyJourneyEvent[], sendOptions: SendOptions) {
      if (loadFailure !== undefined) throw new Error(`${name} could not be loaded`, { cause: loadFailure })
      if (deliveryFailure !== undefined) {
        const cause = deliveryFailure
        deliveryFailure = undefined
        throw new Error(`${name} failed to take the events it missed while loading`, { cause })
      }
      if (loaded) return loaded.send(batch, sendOptions)
      events.push(...batch)
      if (events.length > bufferLimit) events.splice(0, events.length - bufferLimit)
    },
    consent(state, phase) {
      if (loaded) loaded.consent?.(state, phase)
      else if (loadFailure === undefined) calls.push({ kind: 'consent', state, phase })
    },
    identify(userId, traits) {
      if (loaded) loaded.identify?.(userId, traits)
      else if (loadFailure === undefined) calls.push({ kind: 'identify', userId, traits })
    },
    flush(sendOptions) {
      return loaded?.flush?.(sendOptions)
    },
    shutdown() {
      shutDown = true
      loaded?.shutdown?.()
    },
  }
}
