// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createJourney } from './journey'
import { deterministic, fakeDestination, memoryStorage, MINUTE, received, shoe } from './journey-test-helpers'
import { STORAGE_KEYS } from './storage'
import type { ConsentInput, JourneyError, JourneyOptions } from './types'

const money = { amount: 12900, currency: 'EUR' }
const order = { orderId: 'o1', items: [shoe], subtotal: money, shipping: money, tax: money, discount: money, total: money }

function setReferrer(referrer: string) {
  Object.defineProperty(document, 'referrer', { value: referrer, configurable: true })
}

function navigate(path: string) {
  history.pushState(null, '', path)
}

function setup(options: JourneyOptions = {}) {
  const clock = deterministic()
  const errors: JourneyError[] = []
  const journey = createJourney({ onError: (error) => void errors.push(error), ...clock.options, ...options })
  return { journey, errors, clock }
}

beforeEach(() => {
  localStorage.clear()
  history.replaceState(null, '', '/')
  setReferrer('')
  document.title = 'Shop'
})

afterEach(() => {
  vi.useRealTimers()
})

describe('page()', () => {
  it('tracks page_viewed with the page read from location, title and referrer', () => {
    navigate('/p/sku-1?color=red')
    document.title = 'Trail shoe'
    setReferrer('https://www.google.com/')
    const { journey } = setup({ storage: null })
    const seen = vi.fn()
    journey.subscribe(seen)
    journey.page()
    expect(seen).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'page_viewed',
        properties: {},
        context: expect.objectContaining({
          page: { url: 'http://localhost:3000/p/sku-1?color=red', path: '/p/sku-1', title: 'Trail shoe', referrer: 'https://www.google.com/' },
          touchpoint: { channel: 'earned', source: 'www.google.com' },
        }),
      }),
    )
  })

  it('uses the previous page as the referrer of later single-page navigations', () => {
    setReferrer('https://www.google.com/')
    const { journey } = setup({ storage: null })
    journey.page()
    navigate('/cart')
    journey.page()
    const event = journey.track('cart_viewed', { items: [] })
    expect(event?.context.page).toMatchObject({ path: '/cart', referrer: 'http://localhost:3000/' })
  })
})

describe('page hide', () => {
  it.each([
    ['visibilitychange to hidden', () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    }],
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
  ])('hands every outbox over synchronously with unloading: true on %s', (_, hide) => {
    vi.useFakeTimers()
    const destination = fakeDestination('necessary')
    const { journey } = setup({ storage: null, destinations: [destination] })
    journey.track('page_viewed', {})
    journey.track('product_viewed', { item: shoe })
    hide()
    expect(received(destination)).toEqual(['page_viewed', 'product_viewed'])
    expect(destination.send).toHaveBeenCalledWith(expect.any(Array), { unloading: true })
    expect(destination.flush).toHaveBeenCalledWith({ unloading: true })
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
  })

  it('ignores visibilitychange to visible and stops listening after shutdown', async () => {
    vi.useFakeTimers()
    const destination = fakeDestination('necessary')
    const { journey } = setup({ storage: null, destinations: [destination] })
    journey.track('page_viewed', {})
    document.dispatchEvent(new Event('visibilitychange'))
    expect(destination.send).not.toHaveBeenCalled()
    await journey.shutdown()
    destination.flush.mockClear()
    window.dispatchEvent(new Event('pagehide'))
    expect(destination.flush).not.toHaveBeenCalled()
  })
})

describe('storage', () => {
  const stored = () => Object.keys(localStorage).filter((key) => key.startsWith('jk:')).sort()

  it('persists to localStorage by default, only once analytics consent is granted', () => {
    const { journey } = setup()
    const event = journey.track('page_viewed', {})
    expect(stored()).toEqual([])
    journey.setConsent({ analytics: false, marketing: true })
    expect(stored()).toEqual([])
    journey.setConsent({ analytics: true, marketing: false })
    expect(stored()).toEqual([STORAGE_KEYS.anonymousId, STORAGE_KEYS.session])
    expect(localStorage.getItem(STORAGE_KEYS.anonymousId)).toBe(event?.context.anonymousId)
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.session)!)).toMatchObject({ id: event?.context.sessionId, stage: 'awareness' })
  })

  it('removes every jk: key, and only those, when analytics consent is denied', () => {
    localStorage.setItem('jk:beacon-queue', '[]')
    localStorage.setItem('app:cart', '{}')
    const { journey } = setup({ consent: 'granted' })
    journey.track('order_completed', order)
    expect(stored()).toEqual(['jk:anonymousId', 'jk:beacon-queue', 'jk:returning', 'jk:session'])
    journey.setConsent('denied')
    expect(stored()).toEqual([])
    expect(localStorage.getItem('app:cart')).toBe('{}')
    journey.track('page_viewed', {})
    expect(stored()).toEqual([])
  })

  it('starts afresh when created with consent denied', () => {
    localStorage.setItem(STORAGE_KEYS.anonymousId, 'old-visitor')
    const { journey } = setup({ consent: 'denied' })
    expect(journey.track('page_viewed', {})?.context.anonymousId).not.toBe('old-visitor')
    expect(stored()).toEqual([])
  })

  it('keeps everything in memory with storage: null', () => {
    const { journey } = setup({ storage: null, consent: 'granted' })
    journey.track('order_completed', order)
    expect(stored()).toEqual([])
  })

  it.each<[string, ConsentInput]>([
    ['pending', 'pending'],
    ['granted', 'granted'],
  ])('reports a failing storage and keeps tracking (consent %s)', (_, consent) => {
    const quota = new DOMException('full', 'QuotaExceededError')
    const storage = memoryStorage({ [STORAGE_KEYS.anonymousId]: 'a-1' })
    storage.setItem = () => {
      throw quota
    }
    storage.getItem = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    const destination = fakeDestination('necessary')
    const { journey, errors } = setup({ storage, consent, destinations: [destination] })
    expect(journey.track('page_viewed', {})).toBeDefined()
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((error) => error.kind === 'storage')).toBe(true)
    if (consent === 'granted') expect(errors.some((error) => error.cause === quota)).toBe(true)
  })
})

describe('session', () => {
  it('continues the stored session within 30 minutes and starts a new one after', () => {
    const storage = memoryStorage()
    const first = setup({ storage, consent: 'granted' })
    first.journey.page()
    const firstEvent = first.journey.track('product_added', { item: shoe })
    const restarted = createJourney({ storage, consent: 'granted', now: () => new Date(Date.parse('2026-03-01T10:29:00Z')) })
    const resumed = restarted.track('page_viewed', {})
    expect(resumed?.context.sessionId).toBe(firstEvent?.context.sessionId)
    expect(resumed?.context.anonymousId).toBe(firstEvent?.context.anonymousId)
    expect(restarted.getStage()).toBe('decision')

    const later = createJourney({ storage, consent: 'granted', now: () => new Date(Date.parse('2026-03-01T11:00:00Z')) })
    const fresh = later.track('page_viewed', {})
    expect(fresh?.context.sessionId).not.toBe(firstEvent?.context.sessionId)
    expect(fresh?.context.anonymousId).toBe(firstEvent?.context.anonymousId)
    expect(later.getStage()).toBe('awareness')
  })

  it('ends after 30 minutes without events: new session, stage back to the floor, attribution re-resolved', () => {
    navigate('/?utm_source=newsletter&utm_medium=email&utm_campaign=spring')
    const { journey, clock } = setup({ storage: null })
    const landing = journey.track('product_viewed', { item: shoe })
    expect(landing?.context.campaign).toEqual({ source: 'newsletter', medium: 'email', name: 'spring' })
    expect(landing?.context.touchpoint).toEqual({ channel: 'owned', source: 'newsletter' })

    navigate('/p/sku-2')
    journey.page()
    clock.advance(29 * MINUTE)
    const sameSession = journey.track('product_added', { item: shoe })
    expect(sameSession?.context.sessionId).toBe(landing?.context.sessionId)
    expect(sameSession?.context.touchpoint.channel).toBe('owned')

    navigate('/?gclid=abc')
    clock.advance(30 * MINUTE)
    const next = journey.track('page_viewed', {})
    expect(next?.context.sessionId).not.toBe(landing?.context.sessionId)
    expect(next?.context.campaign).toEqual({})
    expect(next?.context.touchpoint).toEqual({ channel: 'paid', source: 'direct' })
    expect(journey.getStage()).toBe('awareness')
  })

  it('replaces the attribution when a new campaign lands within the session, keeps it on internal navigation', () => {
    setReferrer('https://www.google.com/')
    const { journey } = setup({ storage: null })
    journey.page()
    navigate('/sale?utm_source=meta&utm_medium=paid_social')
    journey.page()
    navigate('/p/sku-1')
    const event = journey.track('page_viewed', {})
    journey.page()
    expect(event?.context.touchpoint).toEqual({ channel: 'paid', source: 'meta' })
    expect(event?.context.campaign).toEqual({ source: 'meta', medium: 'paid_social' })
  })

  it('remembers a completed order: the next session starts at retention', () => {
    const storage = memoryStorage()
    const first = setup({ storage, consent: 'granted' })
    first.journey.track('order_completed', order)
    expect(storage.data.get(STORAGE_KEYS.returningCustomer)).toBe('1')

    const nextDay = createJourney({ storage, consent: 'granted', now: () => new Date('2026-03-02T10:00:00Z') })
    expect(nextDay.getStage()).toBe('retention')
    nextDay.track('product_viewed', { item: shoe })
    expect(nextDay.getStage()).toBe('retention')
  })

  it('remembers a completed order in memory for later sessions when storage is not allowed', () => {
    const { journey, clock } = setup({ storage: null })
    journey.track('order_completed', order)
    clock.advance(60 * MINUTE)
    journey.track('page_viewed', {})
    expect(journey.getStage()).toBe('retention')
  })

  it('reset() removes the stored visitor and forgets the returning customer', () => {
    const storage = memoryStorage({ 'jk:other': 'x' })
    const { journey } = setup({ storage, consent: 'granted' })
    const before = journey.track('order_completed', order)
    journey.reset()
    expect(journey.getStage()).toBe('awareness')
    expect(storage.data.has(STORAGE_KEYS.returningCustomer)).toBe(false)
    expect(storage.data.get(STORAGE_KEYS.anonymousId)).not.toBe(before?.context.anonymousId)
    const again = createJourney({ storage, consent: 'granted' })
    expect(again.getStage()).toBe('awareness')
  })
})
