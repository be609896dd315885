import { describe, expect, it } from 'vitest'
import type { EventName } from './catalog'
import { inferStage, stageReachedBy } from './stage-inference'

const events = (...names: EventName[]) => names.map((name) => ({ name }))

describe('inferStage', () => {
  it.each<[EventName[], string]>([
    [[], 'awareness'],
    [['page_viewed', 'products_searched'], 'awareness'],
    [['page_viewed', 'product_viewed'], 'consideration'],
    [['product_viewed', 'product_added', 'page_viewed'], 'decision'],
    [['product_added', 'checkout_started', 'payment_failed'], 'purchase'],
    [['checkout_started', 'order_completed'], 'retention'],
    [['order_completed', 'product_reviewed'], 'advocacy'],
    [['survey_submitted', 'page_viewed'], 'advocacy'],
    [['email_sent', 'email_clicked'], 'awareness'],
    [['product_added', 'email_sent'], 'decision'],
  ])('%j → %s', (names, stage) => {
    expect(inferStage(events(...names))).toBe(stage)
  })

  it('keeps a returning customer at retention or later', () => {
    expect(inferStage([], { returningCustomer: true })).toBe('retention')
    expect(inferStage(events('product_viewed', 'product_added'), { returningCustomer: true })).toBe('retention')
    expect(inferStage(events('referral_shared'), { returningCustomer: true })).toBe('advocacy')
  })

  it('moves the visitor to retention on order_completed and to the catalog stage otherwise', () => {
    expect(stageReachedBy('order_completed')).toBe('retention')
    expect(stageReachedBy('payment_failed')).toBe('purchase')
    expect(stageReachedBy('order_refunded')).toBe('retention')
  })
})
