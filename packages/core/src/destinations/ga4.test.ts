import { describe, expect, it, vi } from 'vitest'
import type { AnyJourneyEvent } from '../types'
import { ga4, toGa4 } from './ga4'
import { eur, item, makeEvent, order } from './test-events'

const unloading = { unloading: false }
const isArguments = (value: unknown) => Object.prototype.toString.call(value) === '[object Arguments]'

describe('toGa4', () => {
  it('maps commerce events to GA4 recommended events with value = Σ price × quantity in major units', () => {
    const shoe = item('shoe', 4990, { quantity: 2, brand: 'Acme', category: 'Shoes', variant: 'red', position: 3, listId: 'home', coupon: 'X' })
    expect(toGa4(makeEvent('product_added', { item: shoe, cartId: 'c1' }))).toEqual({
      name: 'add_to_cart',
      params: {
        currency: 'EUR',
        value: 99.8,
        items: [
          {
            item_id: 'shoe',
            item_name: 'Product shoe',
            price: 49.9,
            quantity: 2,
            item_brand: 'Acme',
            item_category: 'Shoes',
            item_variant: 'red',
            index: 3,
            item_list_id: 'home',
            coupon: 'X',
          },
        ],
      },
    })
    const cart = [item('a', 1000), item('b', 250, { quantity: 4 })]
    expect(toGa4(makeEvent('cart_viewed', { items: cart }))?.params).toMatchObject({ currency: 'EUR', value: 20 })
    expect(toGa4(makeEvent('product_removed', { item: item('a', 1000) }))?.name).toBe('remove_from_cart')
    expect(toGa4(makeEvent('product_viewed', { item: item('a', 1000) }))).toEqual({
      name: 'view_item',
      params: { currency: 'EUR', value: 10, items: [{ item_id: 'a', item_name: 'Product a', price: 10, quantity: 1 }] },
    })
  })

  it('converts with the currency’s own minor units', () => {
    const yen = item('y', 1500, { price: { amount: 1500, currency: 'JPY' } })
    expect(toGa4(makeEvent('product_viewed', { item: yen }))?.params).toMatchObject({ currency: 'JPY', value: 1500, items: [{ price: 1500 }] })
  })

  it('maps the checkout steps with their step parameters', () => {
    const items = [item('a', 1000)]
    expect(toGa4(makeEvent('checkout_started', { checkoutId: 'k', items, coupon: 'SAVE' }))).toMatchObject({
      name: 'begin_checkout',
      params: { currency: 'EUR', value: 10, coupon: 'SAVE' },
    })
    expect(toGa4(makeEvent('shipping_info_added', { checkoutId: 'k', items, shippingMethod: 'express' }))).toMatchObject({
      name: 'add_shipping_info',
      params: { currency: 'EUR', value: 10, shipping_tier: 'express' },
    })
    expect(toGa4(makeEvent('payment_info_entered', { checkoutId: 'k', items, paymentMethod: 'card' }))).toMatchObject({
      name: 'add_payment_info',
      params: { currency: 'EUR', value: 10, payment_type: 'card' },
    })
  })

  it('sends purchase with value = subtotal − discount, and tax and shipping apart', () => {
    const event = order('o-1', [item('a', 2000, { quantity: 2 })], { discount: 500, shipping: 490, tax: 760 })
    expect(toGa4({ ...event, properties: { ...event.properties, coupon: 'SAVE5' } })).toEqual({
      name: 'purchase',
      params: {
        transaction_id: 'o-1',
        currency: 'EUR',
        value: 35,
        tax: 7.6,
        shipping: 4.9,
        coupon: 'SAVE5',
        items: [{ item_id: 'a', item_name: 'Product a', price: 20, quantity: 2 }],
      },
    })
  })

  it('sends refund with its transaction id and items only when given', () => {
    expect(toGa4(makeEvent('order_refunded', { orderId: 'o-1', total: eur(1250) }))).toEqual({
      name: 'refund',
      params: { transaction_id: 'o-1', currency: 'EUR', value: 12.5 },
    })
    expect(toGa4(makeEvent('order_refunded', { orderId: 'o-1', total: eur(1000), items: [item('a', 1000)] }))?.params).toHaveProperty('items.0.item_id', 'a')
  })

  it('keeps at most 200 items, each with id and name', () => {
    const items = Array.from({ length: 250 }, (_, i) => item(`i${i}`, 100))
    const call = toGa4(makeEvent('product_list_viewed', { listId: 'all', listName: 'All', items }))
    const sent = call?.params.items as Array<Record<string, unknown>>
    expect(call?.name).toBe('view_item_list')
    expect(call?.params).toMatchObject({ item_list_id: 'all', item_list_name: 'All' })
    expect(sent).toHaveLength(200)
    expect(sent.every((line) => typeof line.item_id === 'string' && typeof line.item_name === 'string')).toBe(true)
  })

  it('maps awareness, consideration, loyalty and referral events per the design table', () => {
    const cases: Array<[AnyJourneyEvent, string, Record<string, unknown>]> = [
      [makeEvent('promotion_viewed', { promotionId: 'p1', name: 'Sale', creative: 'hero', slot: 'top' }), 'view_promotion', { promotion_id: 'p1', promotion_name: 'Sale', creative_name: 'hero', creative_slot: 'top' }],
      [makeEvent('promotion_clicked', { promotionId: 'p1', name: 'Sale' }), 'select_promotion', { promotion_id: 'p1', promotion_name: 'Sale' }],
      [makeEvent('lead_captured', { formId: 'newsletter' }), 'generate_lead', { form_id: 'newsletter' }],
      [makeEvent('products_searched', { query: 'boots', resultsCount: 3 }), 'search', { search_term: 'boots' }],
      [makeEvent('product_clicked', { item: item('a', 100), listId: 'home' }), 'select_item', { item_list_id: 'home', items: [{ item_id: 'a', item_name: 'Product a', price: 1, quantity: 1 }] }],
      [makeEvent('comparison_viewed', { items: [item('a', 100)] }), 'view_item_list', { item_list_id: 'comparison', items: [{ item_id: 'a', item_name: 'Product a', price: 1, quantity: 1 }] }],
      [makeEvent('reviews_interacted', { productId: 'a', action: 'filter', value: '5' }), 'select_content', { content_type: 'review', content_id: 'a' }],
      [makeEvent('points_earned', { points: 50, balance: 150, reason: 'order' }), 'earn_virtual_currency', { virtual_currency_name: 'points', value: 50 }],
      [makeEvent('reward_redeemed', { rewardId: 'free-ship', points: 100 }), 'spend_virtual_currency', { virtual_currency_name: 'points', value: 100, item_name: 'free-ship' }],
      [makeEvent('referral_shared', { channel: 'whatsapp', referralCode: 'ANA10' }), 'share', { method: 'whatsapp', content_type: 'referral', item_id: 'ANA10' }],
      [makeEvent('page_viewed', {}), 'page_view', { page_location: 'https://shop.test/p/1?utm_source=x', page_title: 'Product 1', page_referrer: 'https://google.com/' }],
    ]
    for (const [event, name, params] of cases) expect(toGa4(event), event.name).toEqual({ name, params })
  })

  it('sends other events as custom events with flat snake_case params, money as value + currency', () => {
    expect(toGa4(makeEvent('coupon_applied', { code: 'SAVE5', discount: eur(500) }))).toEqual({
      name: 'coupon_applied',
      params: { code: 'SAVE5', value: 5, currency: 'EUR' },
    })
    expect(toGa4(makeEvent('payment_failed', { checkoutId: 'k', reason: 'declined', paymentMethod: 'card' }))).toEqual({
      name: 'payment_failed',
      params: { checkout_id: 'k', reason: 'declined', payment_method: 'card' },
    })
    expect(toGa4(makeEvent('survey_submitted', { surveyId: 'nps-1', kind: 'nps', score: 9, commentLength: 12 }))?.params).toEqual({
      survey_id: 'nps-1',
      kind: 'nps',
      score: 9,
      comment_length: 12,
    })
    expect(toGa4(makeEvent('product_reviewed', { productId: 'a', rating: 4 }))).toEqual({ name: 'product_reviewed', params: { product_id: 'a', rating: 4 } })
  })

  it('sends experiment_viewed as a custom event (its experience_impression mapping comes from @journeykit/experiments)', () => {
    expect(toGa4(makeEvent('experiment_viewed', { experiment: 'hero-copy', variant: 'benefit' }))).toEqual({
      name: 'experiment_viewed',
      params: { experiment: 'hero-copy', variant: 'benefit' },
    })
  })

  it('sends email_clicked as a custom event', () => {
    expect(toGa4(makeEvent('email_clicked', { campaign: 'abandoned_checkout', link: 'restore_cart' }))).toEqual({
      name: 'email_clicked',
      params: { campaign: 'abandoned_checkout', link: 'restore_cart' },
    })
  })

  it('sends email_sent as a custom event with snake_case parameters', () => {
    expect(toGa4(makeEvent('email_sent', { template: 'abandoned_checkout', campaign: 'abandoned_checkout', messageId: 'em_1' }))).toEqual({
      name: 'email_sent',
      params: { template: 'abandoned_checkout', campaign: 'abandoned_checkout', message_id: 'em_1' },
    })
  })

  it('never sends a non-money `value` (it would be read as revenue without a currency)', () => {
    expect(toGa4(makeEvent('comparison_changed', { action: 'differences', value: true }))).toEqual({
      name: 'comparison_changed',
      params: { action: 'differences', action_value: true },
    })
  })

  it('returns null for a name outside the catalog', () => {
    const stray = { ...makeEvent('page_viewed', {}), name: 'made_up' } as unknown as AnyJourneyEvent
    expect(toGa4(stray)).toBeNull()
  })
})

describe('ga4()', () => {
  it('calls the gtag function it is given', () => {
    const gtag = vi.fn()
    void ga4({ gtag }).send([makeEvent('products_searched', { query: 'boots' })], unloading)
    expect(gtag).toHaveBeenCalledWith('event', 'search', { search_term: 'boots' })
  })

  it('sends what the map option returns, and the table\'s mapping where it returns undefined', () => {
    const gtag = vi.fn()
    const map = (event: AnyJourneyEvent) => (event.name === 'lead_captured' ? { name: 'sign_up', params: { method: 'form' } } : undefined)
    void ga4({ gtag, map }).send([makeEvent('lead_captured', { formId: 'f' }), makeEvent('products_searched', { query: 'boots' })], unloading)
    expect(gtag.mock.calls).toEqual([
      ['event', 'sign_up', { method: 'form' }],
      ['event', 'search', { search_term: 'boots' }],
    ])
  })

  it('uses window.gtag when it exists at send time', () => {
    const destination = ga4()
    const gtag = vi.fn()
    vi.stubGlobal('window', { gtag })
    void destination.send([makeEvent('lead_captured', { formId: 'f' })], unloading)
    expect(gtag).toHaveBeenCalledWith('event', 'generate_lead', { form_id: 'f' })
  })

  it('pushes GTM e-commerce objects to the dataLayer, clearing ecommerce first', () => {
    const dataLayer: unknown[] = []
    void ga4({ dataLayer }).send([makeEvent('product_viewed', { item: item('a', 1000) }), makeEvent('lead_captured', { formId: 'f' })], unloading)
    expect(dataLayer).toEqual([
      { ecommerce: null },
      { event: 'view_item', ecommerce: { currency: 'EUR', value: 10, items: [{ item_id: 'a', item_name: 'Product a', price: 10, quantity: 1 }] } },
      { event: 'generate_lead', form_id: 'f' },
    ])
  })

  it('creates window.dataLayer when there is neither gtag nor a dataLayer option', () => {
    const win: { dataLayer?: unknown[] } = {}
    vi.stubGlobal('window', win)
    void ga4().send([makeEvent('order_refunded', { orderId: 'o', total: eur(100) })], unloading)
    expect(win.dataLayer).toEqual([{ ecommerce: null }, { event: 'refund', ecommerce: { transaction_id: 'o', currency: 'EUR', value: 1 } }])
  })

  it('does nothing on the server', () => {
    expect(typeof window).toBe('undefined')
    const destination = ga4()
    expect(() => destination.send([makeEvent('lead_captured', { formId: 'f' })], unloading)).not.toThrow()
    expect(() => destination.consent?.('pending', 'default')).not.toThrow()
  })

  it('has name ga4 and category analytics unless told otherwise', () => {
    expect(ga4()).toMatchObject({ name: 'ga4', category: 'analytics' })
    expect(ga4({ category: 'marketing' }).category).toBe('marketing')
  })

  describe('Consent Mode v2', () => {
    it('defaults everything to denied while consent is pending, with overrides', () => {
      const gtag = vi.fn()
      ga4({ gtag, consentDefaults: { analytics_storage: 'granted' } }).consent?.('pending', 'default')
      expect(gtag).toHaveBeenCalledWith('consent', 'default', {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'granted',
      })
    })

    it('updates ad signals from marketing and analytics_storage from analytics', () => {
      const gtag = vi.fn()
      const destination = ga4({ gtag, consentDefaults: { ad_storage: 'granted' } })
      destination.consent?.({ analytics: true, marketing: false }, 'update')
      destination.consent?.({ analytics: false, marketing: true }, 'update')
      destination.consent?.('pending', 'update')
      expect(gtag.mock.calls).toEqual([
        ['consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' }],
        ['consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'denied' }],
        ['consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' }],
      ])
    })

    it('pushes real Arguments objects to the dataLayer, which is all gtag.js reads', () => {
      const dataLayer: unknown[] = []
      const destination = ga4({ dataLayer })
      destination.consent?.('pending', 'default')
      destination.identify?.('u-1', {})
      expect(dataLayer).toHaveLength(2)
      expect(dataLayer.every(isArguments)).toBe(true)
      expect(Array.from(dataLayer[0] as IArguments)).toEqual([
        'consent',
        'default',
        { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' },
      ])
      expect(Array.from(dataLayer[1] as IArguments)).toEqual(['set', { user_id: 'u-1' }])
    })
  })

  it('identifies through gtag set user_id', () => {
    const gtag = vi.fn()
    ga4({ gtag }).identify?.('u-1', { plan: 'gold' })
    expect(gtag).toHaveBeenCalledWith('set', { user_id: 'u-1' })
  })
})
