import { describe, expect, it, vi } from 'vitest'
import { createJourney } from './journey'
import { deterministic, fakeDestination } from './journey-test-helpers'

describe('setContext', () => {
  it('adds fields to the context of later events only, keeping the earlier ones', () => {
    const journey = createJourney({ storage: null, consent: 'granted', context: { locale: 'de-DE' }, ...deterministic().options })
    const before = journey.track('page_viewed', {})
    journey.setContext({ experiments: { 'hero-copy': 'benefit' } })
    journey.setContext({ userId: 'u1' })
    const after = journey.track('page_viewed', {})
    expect(before?.context.experiments).toBeUndefined()
    expect(after?.context).toMatchObject({ locale: 'de-DE', userId: 'u1', experiments: { 'hero-copy': 'benefit' }, consent: { analytics: true, marketing: true } })
  })
})

describe('onConsent', () => {
  it('tells listeners every consent choice (not pending) once it is applied, until they unsubscribe', async () => {
    const analytics = fakeDestination('analytics')
    const journey = createJourney({ destinations: [analytics], storage: null, ...deterministic().options })
    const seen: unknown[] = []
    const unsubscribe = journey.onConsent((state) => {
      seen.push(state)
      // the state is applied: an event tracked here reaches the now-allowed destination
      journey.track('page_viewed', {})
    })
    journey.setConsent('pending')
    journey.setConsent('granted')
    unsubscribe()
    journey.setConsent('denied')
    await journey.flush()
    expect(seen).toEqual([{ analytics: true, marketing: true }])
    expect(analytics.send).toHaveBeenCalledTimes(1)
  })

  it('reports a listener that throws and still tells the others', () => {
    const onError = vi.fn()
    const journey = createJourney({ storage: null, onError })
    const later = vi.fn()
    journey.onConsent(() => {
      throw new Error('boom')
    })
    journey.onConsent(later)
    expect(() => journey.setConsent('granted')).not.toThrow()
    expect(later).toHaveBeenCalled()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'subscriber' }))
  })
})
