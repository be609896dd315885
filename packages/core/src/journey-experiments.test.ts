import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createJourney } from './journey'
import { deterministic, fakeDestination, memoryStorage, received } from './journey-test-helpers'
import { STORAGE_KEYS } from './storage'
import type { ConsentInput, StorageLike } from './types'

function setup(consent: ConsentInput, storage: StorageLike | null = null) {
  const necessary = fakeDestination('necessary')
  const analytics = fakeDestination('analytics')
  const journey = createJourney({ destinations: [necessary, analytics], storage, consent, ...deterministic().options })
  return { journey, necessary, analytics }
}

const heroBenefit = { experiment: 'hero-copy', variant: 'benefit' }

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('experiment exposures', () => {
  it('records an exposure once per visitor and experiment, and later events carry it in context.experiments', async () => {
    const { journey, analytics } = setup('granted')
    expect(journey.track('page_viewed', {})?.context.experiments).toBeUndefined()
    expect(journey.track('experiment_viewed', heroBenefit)?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
    expect(journey.track('experiment_viewed', heroBenefit)).toBeUndefined()
    journey.track('experiment_viewed', { experiment: 'badges', variant: 'control' })
    const later = journey.track('checkout_started', { checkoutId: 'c1', items: [] })
    expect(later?.context.experiments).toEqual({ 'hero-copy': 'benefit', badges: 'control' })
    await journey.flush()
    expect(received(analytics)).toEqual(['page_viewed', 'experiment_viewed', 'experiment_viewed', 'checkout_started'])
  })

  it('remembers exposures across page loads only with analytics consent', () => {
    const storage = memoryStorage()
    setup('granted', storage).journey.track('experiment_viewed', heroBenefit)
    expect(JSON.parse(storage.data.get(STORAGE_KEYS.experiments)!)).toEqual({ 'hero-copy': 'benefit' })
    const nextPage = setup('granted', storage).journey
    expect(nextPage.track('experiment_viewed', heroBenefit)).toBeUndefined()
    expect(nextPage.track('page_viewed', {})?.context.experiments).toEqual({ 'hero-copy': 'benefit' })

    const private_ = memoryStorage()
    setup('pending', private_).journey.track('experiment_viewed', heroBenefit)
    expect(private_.data.size).toBe(0)
  })

  it('keeps an exposure on the page, even from necessary destinations, until analytics consent; then sends it', async () => {
    const { journey, necessary, analytics } = setup('pending')
    journey.track('page_viewed', {})
    journey.track('experiment_viewed', heroBenefit)
    await vi.advanceTimersByTimeAsync(5000)
    expect(received(necessary)).toEqual(['page_viewed'])
    expect(analytics.send).not.toHaveBeenCalled()

    journey.setConsent('granted')
    await journey.flush()
    expect(received(necessary)).toEqual(['page_viewed', 'experiment_viewed'])
    expect(received(analytics)).toEqual(['page_viewed', 'experiment_viewed'])
  })

  it('never sends an exposure when analytics consent is denied', async () => {
    const { journey, necessary, analytics } = setup('pending')
    journey.track('experiment_viewed', heroBenefit)
    journey.setConsent({ analytics: false, marketing: true })
    journey.track('experiment_viewed', { experiment: 'badges', variant: 'top' })
    journey.track('page_viewed', {})
    await journey.flush()
    expect(received(necessary)).toEqual(['page_viewed'])
    expect(analytics.send).not.toHaveBeenCalled()
  })

  it('forgets exposures on reset()', () => {
    const { journey } = setup('granted')
    journey.track('experiment_viewed', heroBenefit)
    journey.reset()
    expect(journey.track('experiment_viewed', heroBenefit)?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
    expect(journey.track('page_viewed', {})?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
  })
})
