import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createJourney } from './journey'
import { deterministic, fakeDestination, MINUTE, received, shoe } from './journey-test-helpers'
import type { JourneyError, JourneyOptions, PageContext } from './types'

const serverPage: PageContext = { url: 'https://shop.example/p/sku-1', path: '/p/sku-1', title: 'Trail shoe', referrer: '' }

function setup(options: JourneyOptions = {}) {
  const clock = deterministic()
  const errors: JourneyError[] = []
  const journey = createJourney({
    consent: 'granted',
    storage: null,
    context: { locale: 'de-DE', page: serverPage },
    onError: (error) => void errors.push(error),
    ...clock.options,
    ...options,
  })
  return { journey, errors, clock }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  vi.useRealTimers()
})

describe('track', () => {
  it('returns the envelope, with catalog stage, time, context and source', () => {
    const { journey } = setup()
    const event = journey.track('product_viewed', { item: shoe }, { block: 'product-card', blockId: 'pc-1' })
    expect(event).toEqual({
      id: 'id-3',
      name: 'product_viewed',
      stage: 'consideration',
      occurredAt: '2026-03-01T10:00:00.000Z',
      properties: { item: shoe },
      context: {
        anonymousId: 'id-1',
        sessionId: 'id-2',
        locale: 'de-DE',
        page: serverPage,
        campaign: {},
        touchpoint: { channel: 'direct', source: 'direct' },
        consent: { analytics: true, marketing: true },
      },
      source: { block: 'product-card', blockId: 'pc-1' },
    })
  })

  it('gives events random UUIDs and the current time by default', () => {
    vi.setSystemTime(new Date('2026-05-04T03:02:01.009Z'))
    const journey = createJourney({ storage: null })
    const first = journey.track('page_viewed', {})
    const second = journey.track('page_viewed', {})
    expect(first?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(first?.id).not.toBe(second?.id)
    expect(first?.occurredAt).toBe('2026-05-04T03:02:01.009Z')
  })

  it('warns about invalid properties, reports them and still delivers the event', async () => {
    const destination = fakeDestination('necessary')
    const { journey, errors } = setup({ destinations: [destination] })
    const properties = { item: { ...shoe, price: { amount: 129.9, currency: 'eur' } } }
    const event = journey.track('product_added', properties)
    expect(console.warn).toHaveBeenCalledWith(
      '[journeykit] product_added: item.price.amount must be an integer amount in minor units; item.price.currency must be an ISO 4217 code (3 uppercase letters)',
    )
    expect(errors).toEqual([{ kind: 'validation', event, message: expect.stringContaining('item.price.amount') }])
    await journey.flush()
    expect(received(destination)).toEqual(['product_added'])
  })

  it('rejects wrong properties at compile time and reports them at run time', () => {
    const { journey, errors } = setup()
    // @ts-expect-error `product_viewed` takes an `item`, not a `productId`
    journey.track('product_viewed', { productId: 'sku-1' })
    // @ts-expect-error a rating is a number
    journey.track('product_reviewed', { productId: 'sku-1', rating: 'five' })
    expect(errors.map((error) => error.message)).toEqual(['product_viewed: item is required', 'product_reviewed: rating must be a number'])
  })

  it('drops an unknown event name with a warning and onError', async () => {
    const destination = fakeDestination('necessary')
    const listener = vi.fn()
    const { journey, errors } = setup({ destinations: [destination] })
    journey.subscribe(listener)
    const unknown = journey.track as (name: string, properties: object) => unknown
    expect(unknown('product_teleported', {})).toBeUndefined()
    expect(unknown('toString', {})).toBeUndefined()
    expect(console.warn).toHaveBeenCalledWith('[journeykit] product_teleported: unknown event, dropped')
    expect(errors).toMatchObject([{ kind: 'validation' }, { kind: 'validation' }])
    await journey.flush()
    expect(destination.send).not.toHaveBeenCalled()
    expect(listener).not.toHaveBeenCalled()
  })

  it('reuses the context snapshot between events and rebuilds it on identify and consent changes', () => {
    const { journey } = setup()
    const first = journey.track('page_viewed', {})
    const second = journey.track('page_viewed', {})
    expect(second?.context).toBe(first?.context)
    journey.identify('user-7')
    const third = journey.track('page_viewed', {})
    expect(third?.context).not.toBe(first?.context)
    expect(third?.context.userId).toBe('user-7')
    expect(first?.context.userId).toBeUndefined()
    journey.setConsent({ analytics: true, marketing: false })
    expect(journey.track('page_viewed', {})?.context.consent).toEqual({ analytics: true, marketing: false })
  })
})

describe('delivery', () => {
  it('never sends inside track(): full batches go on the next tick', () => {
    const destination = fakeDestination('analytics')
    const { journey } = setup({ destinations: [destination], batch: { size: 3 } })
    for (let i = 0; i < 7; i++) journey.track('page_viewed', {})
    expect(destination.send).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(destination.send.mock.calls.map(([batch, options]) => [batch.length, options])).toEqual([
      [3, { unloading: false }],
      [3, { unloading: false }],
      [1, { unloading: false }],
    ])
  })

  it('delivers many events in order, each destination its own batches', () => {
    const emptying = fakeDestination('analytics', 'emptying')
    emptying.send.mockImplementation((batch) => void batch.splice(0))
    const keeping = fakeDestination('necessary', 'keeping')
    const { journey } = setup({ destinations: [emptying, keeping], batch: { size: 50 } })
    const ids = Array.from({ length: 1234 }, () => journey.track('page_viewed', {})?.id)
    vi.advanceTimersByTime(0)
    expect(keeping.send.mock.calls.map(([batch]) => batch.length)).toEqual([...Array.from({ length: 24 }, () => 50), 34])
    expect(keeping.send.mock.calls.flatMap(([batch]) => batch.map((event) => event.id))).toEqual(ids)
    expect(emptying.send).toHaveBeenCalledTimes(25)
  })

  it('sends a partial batch after the interval', () => {
    const destination = fakeDestination('analytics')
    const { journey } = setup({ destinations: [destination], batch: { interval: 500 } })
    journey.track('page_viewed', {})
    journey.track('product_viewed', { item: shoe })
    vi.advanceTimersByTime(499)
    expect(destination.send).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(received(destination)).toEqual(['page_viewed', 'product_viewed'])
  })

  it('uses batches of 20 after 1000 ms by default', () => {
    const destination = fakeDestination('analytics')
    const { journey } = setup({ destinations: [destination] })
    for (let i = 0; i < 19; i++) journey.track('page_viewed', {})
    vi.advanceTimersByTime(999)
    expect(destination.send).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(destination.send).toHaveBeenCalledTimes(1)
    for (let i = 0; i < 45; i++) journey.track('page_viewed', {})
    vi.advanceTimersByTime(0)
    expect(destination.send.mock.calls.slice(1).map(([batch]) => batch.length)).toEqual([20, 20, 5])
  })

  it('isolates a destination that throws', async () => {
    const failing = fakeDestination('analytics', 'failing')
    const failure = new Error('boom')
    failing.send.mockImplementation(() => {
      throw failure
    })
    const healthy = fakeDestination('analytics', 'healthy')
    const { journey, errors } = setup({ destinations: [failing, healthy] })
    expect(journey.track('page_viewed', {})).toBeDefined()
    await journey.flush()
    expect(received(healthy)).toEqual(['page_viewed'])
    expect(errors).toEqual([{ kind: 'destination', destination: 'failing', message: 'failing: send threw', cause: failure }])
  })

  it('isolates a destination that rejects', async () => {
    const failing = fakeDestination('analytics', 'failing')
    failing.send.mockRejectedValue(new Error('503'))
    const healthy = fakeDestination('analytics', 'healthy')
    const { journey, errors } = setup({ destinations: [failing, healthy] })
    journey.track('page_viewed', {})
    await journey.flush()
    expect(received(healthy)).toEqual(['page_viewed'])
    expect(errors).toMatchObject([{ kind: 'destination', destination: 'failing', message: 'failing: send rejected', cause: new Error('503') }])
  })

  it('reports a destination that hangs as timed out after 10 s without holding up the others', async () => {
    const hanging = fakeDestination('analytics', 'hanging')
    hanging.send.mockReturnValue(new Promise(() => {}))
    const healthy = fakeDestination('analytics', 'healthy')
    const { journey, errors } = setup({ destinations: [hanging, healthy] })
    journey.track('page_viewed', {})
    let flushed = false
    void journey.flush().then(() => (flushed = true))
    expect(received(healthy)).toEqual(['page_viewed'])
    journey.track('product_viewed', { item: shoe })
    await vi.advanceTimersByTimeAsync(9_999)
    expect(received(healthy)).toEqual(['page_viewed', 'product_viewed'])
    expect(flushed).toBe(false)
    expect(errors).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(flushed).toBe(true)
    expect(errors).toEqual([{ kind: 'destination', destination: 'hanging', message: 'hanging: send timed out after 10 s', cause: undefined }])
  })

  it('keeps working when onError itself throws', async () => {
    const failing = fakeDestination('analytics', 'failing')
    failing.send.mockImplementation(() => {
      throw new Error('boom')
    })
    const healthy = fakeDestination('analytics', 'healthy')
    const onError = vi.fn(() => {
      throw new Error('onError broke')
    })
    const { journey } = setup({ destinations: [failing, healthy], onError })
    const unknown = journey.track as (name: string, properties: object) => unknown
    expect(() => unknown('nope', {})).not.toThrow()
    journey.track('page_viewed', {})
    await expect(journey.flush()).resolves.toBeUndefined()
    journey.track('product_viewed', { item: shoe })
    await journey.flush()
    expect(received(healthy)).toEqual(['page_viewed', 'product_viewed'])
    expect(onError).toHaveBeenCalledTimes(3)
  })

  it('flush() hands everything over now, flushes the destinations and waits for their sends', async () => {
    let resolveSend: () => void = () => {}
    const destination = fakeDestination('analytics')
    destination.send.mockReturnValue(new Promise<void>((resolve) => (resolveSend = resolve)))
    const { journey } = setup({ destinations: [destination] })
    journey.track('page_viewed', {})
    let flushed = false
    void journey.flush().then(() => (flushed = true))
    expect(received(destination)).toEqual(['page_viewed'])
    expect(destination.flush).toHaveBeenCalledWith({ unloading: false })
    await vi.advanceTimersByTimeAsync(100)
    expect(flushed).toBe(false)
    resolveSend()
    await vi.advanceTimersByTimeAsync(0)
    expect(flushed).toBe(true)
  })
})

describe('subscribe and stage', () => {
  it('calls listeners synchronously with getStage() already updated', () => {
    const { journey } = setup()
    const seen: string[] = []
    const unsubscribe = journey.subscribe((event) => seen.push(`${event.name}@${journey.getStage()}`))
    expect(journey.getStage()).toBe('awareness')
    journey.track('product_viewed', { item: shoe })
    expect(seen).toEqual(['product_viewed@consideration'])
    journey.track('product_added', { item: shoe })
    journey.track('page_viewed', {})
    unsubscribe()
    journey.track('checkout_started', { checkoutId: 'c1', items: [shoe] })
    expect(seen).toEqual(['product_viewed@consideration', 'product_added@decision', 'page_viewed@decision'])
    expect(journey.getStage()).toBe('purchase')
  })

  it('moves to retention on order_completed', () => {
    const { journey } = setup()
    const money = { amount: 0, currency: 'EUR' }
    journey.track('order_completed', { orderId: 'o1', items: [shoe], subtotal: money, shipping: money, tax: money, discount: money, total: money })
    expect(journey.getStage()).toBe('retention')
    journey.track('referral_shared', { channel: 'email', referralCode: 'R1' })
    expect(journey.getStage()).toBe('advocacy')
  })

  it('starts a returning customer at retention', () => {
    const { journey } = setup({ returningCustomer: true })
    expect(journey.getStage()).toBe('retention')
    journey.track('product_added', { item: shoe })
    expect(journey.getStage()).toBe('retention')
  })

  it('reports a throwing listener to onError as a subscriber error, without breaking tracking or the other listeners', async () => {
    const destination = fakeDestination('necessary')
    const { journey, errors } = setup({ destinations: [destination] })
    const failure = new Error('listener broke')
    journey.subscribe(() => {
      throw failure
    })
    const other = vi.fn()
    journey.subscribe(other)
    const event = journey.track('page_viewed', {})
    expect(event).toBeDefined()
    expect(other).toHaveBeenCalledWith(event)
    expect(errors).toEqual([{ kind: 'subscriber', message: 'subscriber threw', event, cause: failure }])
    journey.track('product_viewed', { item: shoe })
    expect(errors.map((error) => error.event?.name)).toEqual(['page_viewed', 'product_viewed'])
    await journey.flush()
    expect(received(destination)).toEqual(['page_viewed', 'product_viewed'])
  })

  it('keeps tracking when both a listener and onError throw', () => {
    const onError = vi.fn(() => {
      throw new Error('onError broke too')
    })
    const { journey } = setup({ onError })
    journey.subscribe(() => {
      throw new Error('listener broke')
    })
    expect(journey.track('page_viewed', {})).toBeDefined()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'subscriber' }))
    expect(journey.track('product_viewed', { item: shoe })?.name).toBe('product_viewed')
  })
})

describe('reset and shutdown', () => {
  it('reset() forgets the visitor: new ids, no user, stage back to awareness', () => {
    const { journey } = setup({ returningCustomer: true })
    journey.identify('user-7')
    const before = journey.track('survey_submitted', { surveyId: 's', kind: 'nps', score: 9 })
    expect(journey.getStage()).toBe('advocacy')
    journey.reset()
    const after = journey.track('page_viewed', {})
    expect(after?.context.anonymousId).not.toBe(before?.context.anonymousId)
    expect(after?.context.sessionId).not.toBe(before?.context.sessionId)
    expect(after?.context.userId).toBeUndefined()
    expect(journey.getStage()).toBe('awareness')
  })

  it('shutdown() flushes, shuts the destinations down, clears timers and ignores later calls', async () => {
    const destination = fakeDestination('analytics')
    const { journey } = setup({ destinations: [destination] })
    const listener = vi.fn()
    journey.subscribe(listener)
    journey.track('page_viewed', {})
    await journey.shutdown()
    expect(received(destination)).toEqual(['page_viewed'])
    expect(destination.shutdown).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)

    expect(journey.track('page_viewed', {})).toBeUndefined()
    journey.page()
    journey.identify('user-7')
    journey.setConsent('denied')
    await journey.flush()
    await journey.shutdown()
    vi.runAllTimers()
    expect(received(destination)).toEqual(['page_viewed'])
    expect(listener).toHaveBeenCalledTimes(1)
    expect(destination.identify).not.toHaveBeenCalled()
    expect(destination.consent).toHaveBeenCalledTimes(1)
    expect(destination.shutdown).toHaveBeenCalledTimes(1)
  })
})

describe('attribution', () => {
  const returnFromPayment: PageContext = {
    url: 'https://shop.example/order/o-1',
    path: '/order/o-1',
    title: 'Thank you',
    referrer: 'https://checkout.pay.example/return?session=s1',
  }

  it('counts a referrer on one of ownHosts, or a subdomain of one, as internal', () => {
    const { journey } = setup({ context: { page: returnFromPayment }, ownHosts: ['pay.example'] })
    expect(journey.track('page_viewed', {})?.context.touchpoint).toEqual({ channel: 'direct', source: 'direct' })
  })

  it('counts the same referrer as earned without ownHosts', () => {
    const { journey } = setup({ context: { page: returnFromPayment } })
    expect(journey.track('page_viewed', {})?.context.touchpoint).toEqual({ channel: 'earned', source: 'checkout.pay.example' })
  })

  it('applies ownHosts to the sessions that start later too', () => {
    const { journey, clock } = setup({ context: { page: returnFromPayment }, ownHosts: ['other.example', 'pay.example'] })
    journey.track('page_viewed', {})
    clock.advance(31 * MINUTE)
    const next = journey.track('page_viewed', {})
    expect(next?.context.sessionId).not.toBe('id-2')
    expect(next?.context.touchpoint).toEqual({ channel: 'direct', source: 'direct' })
  })
})

describe('on the server', () => {
  it('works without window or document, from options.context', async () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    const destination = fakeDestination('necessary')
    const { journey } = setup({ destinations: [destination] })
    journey.page()
    await journey.flush()
    expect(destination.send.mock.calls[0]?.[0][0]).toMatchObject({
      name: 'page_viewed',
      properties: {},
      context: { page: serverPage, locale: 'de-DE' },
    })
    await journey.shutdown()
  })

  it('falls back to an empty page and the `en` locale when no context is given', () => {
    const journey = createJourney({ storage: null })
    expect(journey.track('page_viewed', {})?.context).toMatchObject({
      locale: 'en',
      page: { url: '', path: '', title: '', referrer: '' },
      touchpoint: { channel: 'direct', source: 'direct' },
      consent: 'pending',
    })
  })
})
