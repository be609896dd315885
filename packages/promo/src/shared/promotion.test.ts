import { describe, expect, it } from 'vitest'
import { promotionProperties } from './promotion'

describe('promotionProperties', () => {
  const promotion = { id: 'winter-sale-2026', name: 'Winter sale: 20% off outdoor jackets' }

  it('carries the id, name, creative and slot', () => {
    expect(promotionProperties(promotion, 'banner-a', 'home-top')).toEqual({
      promotionId: 'winter-sale-2026',
      name: 'Winter sale: 20% off outdoor jackets',
      creative: 'banner-a',
      slot: 'home-top',
    })
  })

  it('leaves out the optional fields that are not set', () => {
    const properties = promotionProperties(promotion, undefined, '')
    expect(Object.keys(properties)).toEqual(['promotionId', 'name'])
  })
})
