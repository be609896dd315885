import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createJourney } from './journey'
import { deterministic, fakeDestination, received, shoe } from './journey-test-helpers'
import type { ConsentInput, JourneyError } from './types'

function setup(consent?: ConsentInput) {
  const necessary = fakeDestination('necessary')
  const analytics = fakeDestination('analytics')
  const marketing = fakeDestination('marketing')
  const errors: JourneyError[] = []
  const journey = createJourney({
    destinations: [necessary, analytics, marketing],
    storage: null,
    onError: (error) => void errors.push(error),
    ...deterministic().options,
    ...(consent === undefined ? {} : { consent }),
  })
  return { journey, necessary, analytics, marketing, errors }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('consent', () => {
  it('starts pending: only necessary destinations receive, every destination hears the default', async () => {
    const { journey, necessary, analytics, marketing } = setup()
    expect(journey.getConsent()).toBe('pending')
    for (const destination of [necessary, analytics, marketing]) expect(destination.consent).toHaveBeenCalledWith('pending', 'default')
    expect(journey.track('page_viewed', {})?.context.consent).toBe('pending')
    await vi.advanceTimersByTimeAsync(5000)
    expect(received(necessary)).toEqual(['page_viewed'])
    expect(analytics.send).not.toHaveBeenCalled()
    expect(marketing.send).not.toHaveBeenCalled()
  })

  it('delivers the waiting events in order once granted, and later events as they come', async () => {
    const { journey, necessary, analytics, marketing } = setup()
    journey.track('page_viewed', {})
    journey.track('product_viewed', { item: shoe })
    journey.setConsent('granted')
    const granted = { analytics: true, marketing: true }
    expect(analytics.consent).toHaveBeenLastCalledWith(granted, 'update')
    expect(necessary.consent).toHaveBeenLastCalledWith(granted, 'update')
    expect(journey.getConsent()).toEqual(granted)
    expect(journey.track('product_added', { item: shoe })?.context.consent).toEqual(granted)
    await journey.flush()
    for (const destination of [necessary, analytics, marketing]) {
      expect(received(destination)).toEqual(['page_viewed', 'product_viewed', 'product_added'])
    }
  })

  it('drops the waiting events for a denied category, for good', async () => {
    const { journey, analytics, marketing } = setup()
    journey.track('page_viewed', {})
    journey.setConsent({ analytics: true, marketing: false })
    journey.track('product_viewed', { item: shoe })
    await journey.flush()
    expect(received(analytics)).toEqual(['page_viewed', 'product_viewed'])
    expect(marketing.send).not.toHaveBeenCalled()
    journey.setConsent('granted')
    journey.track('product_added', { item: shoe })
    await journey.flush()
    expect(received(marketing)).toEqual(['product_added'])
  })

  it('stops sending to analytics and marketing when consent is withdrawn', async () => {
    const { journey, necessary, analytics, marketing } = setup('granted')
    journey.track('page_viewed', {})
    journey.setConsent('denied')
    journey.track('product_viewed', { item: shoe })
    await journey.flush()
    expect(received(necessary)).toEqual(['page_viewed', 'product_viewed'])
    expect(received(analytics)).toEqual(['page_viewed'])
    expect(received(marketing)).toEqual(['page_viewed'])
    expect(marketing.consent).toHaveBeenLastCalledWith({ analytics: false, marketing: false }, 'update')
  })

  it('keeps nothing back while denied: a later grant does not deliver earlier events', async () => {
    const { journey, analytics } = setup('denied')
    journey.track('page_viewed', {})
    journey.setConsent('granted')
    journey.track('product_viewed', { item: shoe })
    await journey.flush()
    expect(received(analytics)).toEqual(['product_viewed'])
  })

  it('waits again when consent goes back to pending', async () => {
    const { journey, analytics } = setup('granted')
    journey.setConsent('pending')
    journey.track('page_viewed', {})
    await journey.flush()
    expect(analytics.send).not.toHaveBeenCalled()
    journey.setConsent('granted')
    await journey.flush()
    expect(received(analytics)).toEqual(['page_viewed'])
  })

  it('bounds the waiting events at 1000, dropping the oldest with a queue error', async () => {
    const { journey, analytics, errors } = setup()
    const tracked = Array.from({ length: 1003 }, (_, index) => journey.track('products_searched', { query: `q${index}` }))
    expect(errors).toHaveLength(3)
    expect(errors[0]).toMatchObject({ kind: 'queue', message: 'consent pending: queue full, dropped the oldest event', event: tracked[0] })
    expect(errors[2]).toMatchObject({ kind: 'queue', event: tracked[2] })
    journey.setConsent('granted')
    await journey.flush()
    const delivered = analytics.send.mock.calls.flatMap(([batch]) => batch)
    expect(delivered).toHaveLength(1000)
    expect(delivered[0]).toBe(tracked[3])
    expect(delivered.at(-1)).toBe(tracked[1002])
  })

  it('reports a destination whose consent() throws and carries on', async () => {
    const { journey, analytics, marketing, errors } = setup()
    analytics.consent.mockImplementation(() => {
      throw new Error('gtag missing')
    })
    journey.track('page_viewed', {})
    journey.setConsent('granted')
    await journey.flush()
    expect(errors).toMatchObject([{ kind: 'destination', destination: 'analytics-dest', message: 'analytics-dest: consent threw' }])
    expect(received(marketing)).toEqual(['page_viewed'])
  })
})

describe('identify', () => {
  it('sets the user id and tells the allowed destinations at once', () => {
    const { journey, necessary, analytics, marketing } = setup({ analytics: true, marketing: false })
    journey.identify('user-7', { plan: 'gold' })
    expect(journey.track('page_viewed', {})?.context.userId).toBe('user-7')
    expect(necessary.identify).toHaveBeenCalledWith('user-7', { plan: 'gold' })
    expect(analytics.identify).toHaveBeenCalledWith('user-7', { plan: 'gold' })
    expect(marketing.identify).not.toHaveBeenCalled()
  })

  it('remembers an identify made while consent is pending and delivers it on grant', () => {
    const { journey, necessary, analytics, marketing } = setup()
    journey.identify('user-7')
    expect(necessary.identify).toHaveBeenCalledWith('user-7', {})
    expect(analytics.identify).not.toHaveBeenCalled()
    journey.setConsent({ analytics: true, marketing: false })
    expect(analytics.identify).toHaveBeenCalledWith('user-7', {})
    expect(marketing.identify).not.toHaveBeenCalled()
    expect(necessary.identify).toHaveBeenCalledTimes(1)
  })

  it('does not deliver a pending identify after a denial', () => {
    const { journey, analytics, marketing } = setup()
    journey.identify('user-7')
    journey.setConsent('denied')
    journey.setConsent('granted')
    expect(analytics.identify).not.toHaveBeenCalled()
    expect(marketing.identify).not.toHaveBeenCalled()
  })
})
