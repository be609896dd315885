import { createJourney, type ConsentInput, type Destination, type DestinationCategory, type StorageLike } from '@journeykit/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exposureTracker } from './exposure-tracker'
import { EXPOSURES_KEY, readExposures } from './stored-exposures'

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) }
}

function destination(category: DestinationCategory) {
  const batches: Parameters<Destination['send']>[0][] = []
  const sent: Destination = { name: category, category, send: (batch) => void batches.push(batch) }
  return { sent, received: () => batches.flat().map((event) => event.name), events: () => batches.flat() }
}

function page(consent: ConsentInput, storage: StorageLike | null = null) {
  const necessary = destination('necessary')
  const analytics = destination('analytics')
  const journey = createJourney({ destinations: [necessary.sent, analytics.sent], storage, consent })
  return { journey, necessary, analytics, tracker: exposureTracker(journey, storage) }
}

const heroBenefit = { experiment: 'hero-copy', variant: 'benefit' }

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('exposureTracker', () => {
  it('tracks an exposure once per visitor and experiment, and later events carry every exposure in context.experiments', async () => {
    const { journey, tracker, analytics } = page('granted')
    expect(journey.track('page_viewed', {})?.context.experiments).toBeUndefined()
    tracker.expose(heroBenefit)
    tracker.expose(heroBenefit)
    tracker.expose({ experiment: 'badges', variant: 'control' })
    const later = journey.track('checkout_started', { checkoutId: 'c1', items: [] })
    expect(later?.context.experiments).toEqual({ 'hero-copy': 'benefit', badges: 'control' })
    await journey.flush()
    expect(analytics.received()).toEqual(['page_viewed', 'experiment_viewed', 'experiment_viewed', 'checkout_started'])
    const [exposure] = analytics.events().filter((event) => event.name === 'experiment_viewed')
    expect(exposure?.properties).toEqual(heroBenefit)
    expect(exposure?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
  })

  it('is shared by everything on one journey', () => {
    const { journey, analytics } = page('granted')
    exposureTracker(journey, null).expose(heroBenefit)
    exposureTracker(journey, null).expose(heroBenefit)
    void journey.flush()
    expect(analytics.received()).toEqual(['experiment_viewed'])
  })

  it('remembers exposures across page loads, only with analytics consent', async () => {
    const storage = memoryStorage()
    page('granted', storage).tracker.expose(heroBenefit)
    expect(JSON.parse(storage.data.get(EXPOSURES_KEY)!)).toEqual({ 'hero-copy': 'benefit' })

    const nextPage = page('granted', storage)
    nextPage.tracker.expose(heroBenefit)
    expect(nextPage.journey.track('page_viewed', {})?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
    await nextPage.journey.flush()
    expect(nextPage.analytics.received()).toEqual(['page_viewed'])

    const undecided = memoryStorage()
    page('pending', undecided).tracker.expose(heroBenefit)
    const declined = memoryStorage()
    page('denied', declined).tracker.expose(heroBenefit)
    expect([undecided.data.size, declined.data.size]).toEqual([0, 0])
  })

  it('keeps an exposure on the page, even from necessary destinations, until analytics consent; then tracks it', async () => {
    const storage = memoryStorage()
    const { journey, tracker, necessary, analytics } = page('pending', storage)
    journey.track('page_viewed', {})
    tracker.expose(heroBenefit)
    tracker.expose(heroBenefit)
    await vi.advanceTimersByTimeAsync(5000)
    expect(necessary.received()).toEqual(['page_viewed'])
    expect(necessary.events()[0]?.context.experiments).toBeUndefined()
    expect(analytics.received()).toEqual([])

    journey.setConsent('granted')
    await journey.flush()
    expect(necessary.received()).toEqual(['page_viewed', 'experiment_viewed'])
    expect(analytics.received()).toEqual(['page_viewed', 'experiment_viewed'])
    expect(readExposures(storage)).toEqual({ 'hero-copy': 'benefit' })
    expect(journey.track('page_viewed', {})?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
  })

  it('drops exposures, held or later, when analytics consent is denied, and forgets the remembered ones when it is withdrawn', async () => {
    const { journey, tracker, necessary, analytics } = page('pending')
    tracker.expose(heroBenefit)
    journey.setConsent({ analytics: false, marketing: true })
    tracker.expose({ experiment: 'badges', variant: 'top' })
    journey.track('page_viewed', {})
    await journey.flush()
    expect(necessary.received()).toEqual(['page_viewed'])
    expect(analytics.received()).toEqual([])

    const storage = memoryStorage()
    const granted = page('granted', storage)
    granted.tracker.expose(heroBenefit)
    granted.journey.setConsent('denied')
    expect(granted.journey.track('page_viewed', {})?.context.experiments).toBeUndefined()
    expect(readExposures(storage)).toEqual({})
  })

  it.each([
    ['not JSON', '{'],
    ['an array', '["benefit"]'],
    ['an object with a non-string variant', '{"hero-copy":"benefit","badges":1}'],
    ['null', 'null'],
  ])('counts stored exposures that are %s as none', (_, stored) => {
    const { journey, tracker, analytics } = page('granted', memoryStorage({ [EXPOSURES_KEY]: stored }))
    expect(journey.track('page_viewed', {})?.context.experiments).toBeUndefined()
    tracker.expose(heroBenefit)
    void journey.flush()
    expect(analytics.received()).toEqual(['page_viewed', 'experiment_viewed'])
  })

  it('tracks exposures when the storage throws', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    const { journey, tracker, analytics } = page('granted', broken)
    tracker.expose(heroBenefit)
    void journey.flush()
    expect(analytics.received()).toEqual(['experiment_viewed'])
  })
})
