import { describe, expect, it } from 'vitest'
import { EVENT_NAMES } from './catalog'
import { shoe } from './journey-test-helpers'
import { validateProperties } from './validation'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

describe('validateProperties', () => {
  it('accepts valid properties of the catalog', () => {
    expect(validateProperties('page_viewed', {})).toEqual([])
    expect(validateProperties('product_viewed', { item: shoe })).toEqual([])
    expect(
      validateProperties('order_completed', {
        orderId: 'o1',
        items: [shoe],
        subtotal: eur(12900),
        shipping: eur(0),
        tax: eur(2451),
        discount: eur(0),
        total: eur(12900),
      }),
    ).toEqual([])
    expect(validateProperties('survey_submitted', { surveyId: 's', kind: 'nps', score: 0 })).toEqual([])
    expect(validateProperties('survey_submitted', { surveyId: 's', kind: 'csat', score: 5 })).toEqual([])
    expect(validateProperties('email_sent', { template: 'order_confirmation', campaign: 'order_confirmation', messageId: 'em_1' })).toEqual([])
  })

  it('has a schema for every event of the catalog', () => {
    for (const name of EVENT_NAMES) expect(() => validateProperties(name, {})).not.toThrow()
  })

  it.each<[string, Parameters<typeof validateProperties>, string]>([
    ['a fractional amount', ['product_viewed', { item: { ...shoe, price: { amount: 129.9, currency: 'EUR' } } }], 'item.price.amount must be an integer amount in minor units'],
    ['a lower-case currency', ['coupon_applied', { code: 'X', discount: { amount: 500, currency: 'eur' } }], 'discount.currency must be an ISO 4217 code (3 uppercase letters)'],
    ['a missing field in an item', ['cart_viewed', { items: [shoe, { id: 'x', price: eur(1) }] }], 'items[1].name is required'],
    ['items that are not an array', ['checkout_started', { checkoutId: 'c', items: shoe }], 'items must be an array'],
    ['a rating above 5', ['product_reviewed', { productId: 'p', rating: 6 }], 'rating must be 1–5'],
    ['an NPS score of 11', ['survey_submitted', { surveyId: 's', kind: 'nps', score: 11 }], 'score must be 0–10 for nps, 1–5 for csat'],
    ['a CSAT score of 0', ['survey_submitted', { surveyId: 's', kind: 'csat', score: 0 }], 'score must be 0–10 for nps, 1–5 for csat'],
    ['a fractional quantity', ['product_added', { item: { ...shoe, quantity: 1.5 } }], 'item.quantity must be an integer'],
    ['an email_sent without its message id', ['email_sent', { template: 'nps_invitation', campaign: 'nps_invitation' }], 'messageId is required'],
    ['a wrong enum value', ['comparison_changed', { action: 'swap' }], 'action'],
    ['a string count', ['products_searched', { query: 'shoe', resultsCount: '3' }], 'resultsCount must be a number'],
    ['no properties at all', ['lead_captured', undefined], 'properties is required'],
  ])('reports %s with its field path', (_, [name, properties], problem) => {
    const problems = validateProperties(name, properties)
    expect(problems.some((line) => line.startsWith(problem))).toBe(true)
  })
})
