import { describe, expect, it } from 'vitest'
import type { AnyJourneyEvent } from '../types'
import { toSegment } from './segment-spec'
import { eur, item, makeEvent, order } from './test-events'

describe('toSegment', () => {
  it('maps product events to E-commerce v2 with product fields, value and currency in major units', () => {
    const shoe = item('shoe', 4990, { quantity: 2, brand: 'Acme', category: 'Shoes', variant: 'red', position: 3, coupon: 'X' })
    expect(toSegment(makeEvent('product_added', { item: shoe, cartId: 'c1' }))).toEqual({
      name: 'Product Added',
      kind: 'track',
      properties: {
        product_id: 'shoe',
        name: 'Product shoe',
        price: 49.9,
        quantity: 2,
        brand: 'Acme',
        category: 'Shoes',
        variant: 'red',
        position: 3,
        coupon: 'X',
        currency: 'EUR',
        value: 99.8,
        cart_id: 'c1',
      },
    })
    expect(toSegment(makeEvent('product_removed', { item: item('a', 100) })).name).toBe('Product Removed')
    expect(toSegment(makeEvent('product_viewed', { item: item('a', 100) })).name).toBe('Product Viewed')
    expect(toSegment(makeEvent('product_clicked', { item: item('a', 100), listId: 'home' })).properties).toMatchObject({ name: 'Product a', list_id: 'home' })
  })

  it('maps lists, comparison and cart with products carrying product_id, name, price, quantity and currency', () => {
    const a = { product_id: 'a', name: 'Product a', price: 10, quantity: 1, currency: 'EUR' }
    expect(toSegment(makeEvent('product_list_viewed', { listId: 'home', listName: 'Boots', items: [item('a', 1000)] }))).toEqual({
      name: 'Product List Viewed',
      kind: 'track',
      properties: { list_id: 'home', category: 'Boots', products: [a] },
    })
    expect(toSegment(makeEvent('comparison_viewed', { items: [item('a', 1000)] }))).toEqual({
      name: 'Product List Viewed',
      kind: 'track',
      properties: { list_id: 'comparison', products: [a] },
    })
    expect(toSegment(makeEvent('cart_viewed', { cartId: 'c1', items: [item('a', 1000)] })).properties).toEqual({ cart_id: 'c1', products: [a] })
  })

  it('keeps at most 200 products', () => {
    const items = Array.from({ length: 201 }, (_, i) => item(`i${i}`, 100))
    expect(toSegment(makeEvent('cart_viewed', { items })).properties.products).toHaveLength(200)
  })

  it('maps the checkout steps', () => {
    const items = [item('a', 1000, { quantity: 3 })]
    expect(toSegment(makeEvent('checkout_started', { checkoutId: 'k', items, coupon: 'SAVE' }))).toMatchObject({
      name: 'Checkout Started',
      properties: { order_id: 'k', value: 30, revenue: 30, currency: 'EUR', coupon: 'SAVE' },
    })
    expect(toSegment(makeEvent('shipping_info_added', { checkoutId: 'k', items, shippingMethod: 'express' }))).toEqual({
      name: 'Checkout Step Completed',
      kind: 'track',
      properties: { checkout_id: 'k', step: 2, shipping_method: 'express' },
    })
    expect(toSegment(makeEvent('payment_info_entered', { checkoutId: 'k', items, paymentMethod: 'card' }))).toEqual({
      name: 'Payment Info Entered',
      kind: 'track',
      properties: { checkout_id: 'k', step: 3, payment_method: 'card' },
    })
  })

  it('maps Order Completed with revenue = subtotal − discount and every amount in major units', () => {
    expect(toSegment(order('o-1', [item('a', 2000, { quantity: 2 })], { discount: 500, shipping: 490, tax: 760 }))).toEqual({
      name: 'Order Completed',
      kind: 'track',
      properties: {
        order_id: 'o-1',
        total: 47.5,
        subtotal: 40,
        revenue: 35,
        shipping: 4.9,
        tax: 7.6,
        discount: 5,
        currency: 'EUR',
        products: [{ product_id: 'a', name: 'Product a', price: 20, quantity: 2, currency: 'EUR' }],
      },
    })
    expect(toSegment(makeEvent('order_refunded', { orderId: 'o-1', total: eur(1250) }))).toEqual({
      name: 'Order Refunded',
      kind: 'track',
      properties: { order_id: 'o-1', total: 12.5, currency: 'EUR' },
    })
  })

  it('maps promotions and coupons', () => {
    expect(toSegment(makeEvent('promotion_clicked', { promotionId: 'p1', name: 'Sale', creative: 'hero', slot: 'top' }))).toEqual({
      name: 'Promotion Clicked',
      kind: 'track',
      properties: { promotion_id: 'p1', name: 'Sale', creative: 'hero', position: 'top' },
    })
    expect(toSegment(makeEvent('coupon_applied', { code: 'SAVE5', discount: eur(500) })).properties).toEqual({
      coupon_id: 'SAVE5',
      coupon_name: 'SAVE5',
      discount: 5,
      currency: 'EUR',
    })
    expect(toSegment(makeEvent('coupon_denied', { code: 'OLD', reason: 'expired' }))).toEqual({
      name: 'Coupon Denied',
      kind: 'track',
      properties: { coupon: 'OLD', reason: 'expired' },
    })
  })

  it('sends other events with Title Case names and snake_case properties', () => {
    const cases: Array<[AnyJourneyEvent, string, Record<string, unknown>]> = [
      [makeEvent('products_searched', { query: 'boots', resultsCount: 3 }), 'Products Searched', { query: 'boots', results_count: 3 }],
      [makeEvent('lead_captured', { formId: 'newsletter' }), 'Lead Captured', { form_id: 'newsletter' }],
      [makeEvent('product_reviewed', { productId: 'a', reviewId: 'r1', rating: 4 }), 'Product Reviewed', { product_id: 'a', review_id: 'r1', rating: 4 }],
      [makeEvent('survey_submitted', { surveyId: 's', kind: 'csat', score: 5 }), 'Survey Submitted', { survey_id: 's', kind: 'csat', score: 5 }],
      [makeEvent('social_proof_viewed', { widget: 'live', productId: 'a' }), 'Social Proof Viewed', { widget: 'live', product_id: 'a' }],
      [makeEvent('points_earned', { points: 5, balance: 10, reason: 'order' }), 'Points Earned', { points: 5, balance: 10, reason: 'order' }],
      [makeEvent('referral_shared', { channel: 'email', referralCode: 'R' }), 'Referral Shared', { channel: 'email', referral_code: 'R' }],
      [makeEvent('reviews_interacted', { productId: 'a', action: 'sort', value: 'newest' }), 'Reviews Interacted', { product_id: 'a', action: 'sort', action_value: 'newest' }],
      [makeEvent('comparison_changed', { action: 'add', itemId: 'b' }), 'Comparison Changed', { action: 'add', item_id: 'b' }],
    ]
    for (const [event, name, properties] of cases) expect(toSegment(event), event.name).toEqual({ name, properties, kind: 'track' })
  })

  it('maps experiment_viewed to the A/B testing spec\'s Experiment Viewed', () => {
    expect(toSegment(makeEvent('experiment_viewed', { experiment: 'hero-copy', variant: 'benefit' }))).toEqual({
      name: 'Experiment Viewed',
      kind: 'track',
      properties: { experiment_id: 'hero-copy', experiment_name: 'hero-copy', variation_id: 'benefit', variation_name: 'benefit' },
    })
  })

  it('maps email_clicked to the Email spec\'s Email Link Clicked', () => {
    expect(toSegment(makeEvent('email_clicked', { campaign: 'abandoned_checkout', link: 'restore_cart' }))).toEqual({
      name: 'Email Link Clicked',
      kind: 'track',
      properties: { campaign_name: 'abandoned_checkout', link_id: 'restore_cart' },
    })
  })

  it('maps email_sent to Email Sent with the Email spec\'s property names', () => {
    expect(toSegment(makeEvent('email_sent', { template: 'review_request', campaign: 'review_request', messageId: 'em_1' }))).toEqual({
      name: 'Email Sent',
      kind: 'track',
      properties: { campaign_name: 'review_request', email_id: 'em_1', email_template: 'review_request' },
    })
  })

  it('maps page_viewed to a page call with the page properties', () => {
    expect(toSegment(makeEvent('page_viewed', {}))).toEqual({
      name: 'Page Viewed',
      kind: 'page',
      properties: { url: 'https://shop.test/p/1?utm_source=x', path: '/p/1', title: 'Product 1', referrer: 'https://google.com/' },
    })
  })
})
