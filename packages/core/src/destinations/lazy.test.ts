import { afterEach, describe, expect, it, vi } from 'vitest'
import { createJourney } from '../journey'
import { fakeDestination, received, shoe } from '../journey-test-helpers'
import type { Destination, JourneyError } from '../types'
import { ga4 } from './ga4'
import { lazyDestination } from './lazy'
import { makeEvent } from './test-events'

/** A load the test settles by hand. */
function controlledLoad<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { load: vi.fn(() => promise), resolve, reject }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('lazyDestination()', () => {
  it('hands the loaded destination the consent, identity and events it missed, in that order, with onReady in between', async () => {
    const real = fakeDestination('analytics', 'ga4')
    const order: string[] = []
    real.consent.mockImplementation(() => void order.push('consent'))
    real.identify.mockImplementation(() => void order.push('identify'))
    real.send.mockImplementation(() => void order.push('send'))
    const { load, resolve } = controlledLoad<Destination>()
    const lazy = lazyDestination({ name: 'ga4', category: 'analytics', load, onReady: () => void order.push('ready') })

    expect(lazy).toMatchObject({ name: 'ga4', category: 'analytics' })
    lazy.consent?.('pending', 'default')
    lazy.identify?.('user-1', { tier: 'gold' })
    void lazy.send([makeEvent('page_viewed', {})], { unloading: false })
    lazy.consent?.({ analytics: true, marketing: false }, 'update')
    expect(real.send).not.toHaveBeenCalled()

    resolve(real)
    await expect(lazy.ready).resolves.toBe(real)
    expect(order).toEqual(['consent', 'identify', 'consent', 'ready', 'send'])
    expect(real.consent.mock.calls).toEqual([
      ['pending', 'default'],
      [{ analytics: true, marketing: false }, 'update'],
    ])
    expect(received(real)).toEqual(['page_viewed'])

    // loaded: everything goes straight through
    void lazy.send([makeEvent('cart_viewed', { items: [] })], { unloading: true })
    expect(real.send).toHaveBeenLastCalledWith([expect.objectContaining({ name: 'cart_viewed' })], { unloading: true })
    await lazy.flush?.({ unloading: true })
    expect(real.flush).toHaveBeenCalledWith({ unloading: true })
    lazy.shutdown?.()
    expect(real.shutdown).toHaveBeenCalled()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps at most bufferLimit events while loading, dropping the oldest', async () => {
    const real = fakeDestination()
    const { load, resolve } = controlledLoad<Destination>()
    const lazy = lazyDestination({ name: 'segment', category: 'analytics', load, bufferLimit: 2 })
    for (const formId of ['a', 'b', 'c']) void lazy.send([makeEvent('lead_captured', { formId })], { unloading: false })
    resolve(real)
    await lazy.ready
    expect(real.send.mock.calls[0]![0].map((event) => event.properties)).toEqual([{ formId: 'b' }, { formId: 'c' }])
  })

  it('reports a failed load on the next send and drops what it kept', async () => {
    const { load, reject } = controlledLoad<Destination>()
    const lazy = lazyDestination({ name: 'ga4', category: 'analytics', load })
    void lazy.send([makeEvent('page_viewed', {})], { unloading: false })
    reject(new Error('chunk failed to load'))
    await expect(lazy.ready).rejects.toThrow('chunk failed to load')
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(() => lazy.send([makeEvent('page_viewed', {})], { unloading: false })).toThrow('ga4 could not be loaded')
    }
  })

  it('turns a load() that throws at once into a failed load, not a throw from the constructor', async () => {
    const lazy = lazyDestination({
      name: 'ga4',
      category: 'analytics',
      load: () => {
        throw new Error('no such module')
      },
    })
    await expect(lazy.ready).rejects.toThrow('no such module')
    expect(() => lazy.send([], { unloading: false })).toThrow('ga4 could not be loaded')
  })

  it('reports, on the next send, a failure of the loaded destination to take the events it missed', async () => {
    const real = fakeDestination()
    real.send.mockRejectedValueOnce(new Error('quota exceeded'))
    const { load, resolve } = controlledLoad<Destination>()
    const lazy = lazyDestination({ name: 'segment', category: 'analytics', load })
    void lazy.send([makeEvent('page_viewed', {})], { unloading: false })
    resolve(real)
    await lazy.ready
    await vi.waitFor(() => expect(() => lazy.send([], { unloading: false })).toThrow('segment failed to take the events it missed while loading'))
    expect(() => lazy.send([], { unloading: false })).not.toThrow()
    void lazy.send([makeEvent('cart_viewed', { items: [] })], { unloading: false })
    expect(received(real)).toEqual(['page_viewed', 'cart_viewed'])
  })

  it('shuts the destination down when it loads after the journey ended', async () => {
    const real = fakeDestination()
    const { load, resolve } = controlledLoad<Destination>()
    const lazy = lazyDestination({ name: 'ga4', category: 'analytics', load })
    void lazy.send([makeEvent('page_viewed', {})], { unloading: false })
    lazy.shutdown?.()
    resolve(real)
    await lazy.ready
    expect(real.shutdown).toHaveBeenCalled()
    expect(real.send).not.toHaveBeenCalled()
  })

  it('in a journey: GA4 code loaded later still gets Consent Mode defaults first, then every event; a failure reaches onError', async () => {
    vi.useFakeTimers()
    const dataLayer: unknown[] = []
    const { load, resolve } = controlledLoad<Destination>()
    const errors: JourneyError[] = []
    const journey = createJourney({ consent: 'pending', storage: null, destinations: [lazyDestination({ name: 'ga4', category: 'analytics', load })], onError: (error) => void errors.push(error) })
    journey.track('product_viewed', { item: shoe })
    journey.setConsent('granted')
    await vi.runAllTimersAsync()
    expect(dataLayer).toEqual([])

    resolve(ga4({ dataLayer }))
    await vi.runAllTimersAsync()
    const consentCalls = dataLayer.filter((entry) => (entry as unknown[])[0] === 'consent').map((entry) => (entry as unknown[])[1])
    expect(consentCalls).toEqual(['default', 'update'])
    const firstEvent = dataLayer.findIndex((entry) => (entry as { event?: string }).event === 'view_item')
    expect(firstEvent).toBeGreaterThan(dataLayer.findIndex((entry) => (entry as unknown[])[0] === 'consent'))
    expect(errors).toEqual([])

    const failing = controlledLoad<Destination>()
    const broken = createJourney({ consent: 'granted', storage: null, destinations: [lazyDestination({ name: 'segment', category: 'analytics', load: failing.load })], onError: (error) => void errors.push(error) })
    failing.reject(new Error('offline'))
    broken.track('product_viewed', { item: shoe })
    await vi.runAllTimersAsync()
    expect(errors).toEqual([expect.objectContaining({ kind: 'destination', destination: 'segment' })])
  })
})
