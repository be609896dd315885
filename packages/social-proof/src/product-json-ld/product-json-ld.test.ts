import { describe, expect, it, vi } from 'vitest'
import { PRODUCT_NAME, PRODUCT_PRICE, REVIEWS } from '../fixtures'
import { summarizeReviews } from '../shared/review-stats'
import type { Review } from '../shared/types'
import { productJsonLd, serializeJsonLd } from './product-json-ld'

const product = {
  name: PRODUCT_NAME,
  sku: 'TR-GTX-24',
  url: 'https://northpeak.example/products/trail-runner-gtx',
  image: 'https://northpeak.example/images/trail-runner-gtx.jpg',
  brand: 'Northpeak',
  price: PRODUCT_PRICE,
  availability: 'InStock' as const,
  rating: summarizeReviews(REVIEWS),
  reviews: REVIEWS.slice(0, 2),
}

describe('productJsonLd', () => {
  it('describes the product with offer, aggregate rating and reviews as Google expects', () => {
    const data = productJsonLd(product)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Trail Runner GTX',
      sku: 'TR-GTX-24',
      brand: { '@type': 'Brand', name: 'Northpeak' },
      offers: {
        '@type': 'Offer',
        price: '129.95',
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
      },
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.2, reviewCount: 40, bestRating: 5, worstRating: 1 },
    })
    expect(data.review).toEqual([
      {
        '@type': 'Review',
        author: { '@type': 'Person', name: 'Lena M.' },
        datePublished: '2026-11-18',
        reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
        name: 'Best trail shoe I have owned',
        reviewBody: REVIEWS[0]!.body,
      },
      expect.objectContaining({ author: { '@type': 'Person', name: 'Tomasz K.' }, datePublished: '2026-11-15' }),
    ])
  })

  it('converts prices with the currency’s minor units', () => {
    expect(productJsonLd({ name: 'Socks', price: { amount: 1500, currency: 'JPY' } }).offers).toMatchObject({ price: '1500', priceCurrency: 'JPY' })
    expect(productJsonLd({ name: 'Socks', price: { amount: 2000, currency: 'EUR' } }).offers).toMatchObject({ price: '20.00' })
  })

  it('leaves out a rating without reviews and reviews that break the rules', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const bad: Review[] = [
      { ...REVIEWS[0]!, id: 'nan', rating: Number.NaN },
      { ...REVIEWS[0]!, id: 'anonymous', author: ' ' },
      { ...REVIEWS[0]!, id: 'undated', createdAt: 'last week' },
    ]
    const data = productJsonLd({ name: 'Socks', rating: { average: 0, count: 0 }, reviews: bad, price: { amount: Number.NaN, currency: 'EUR' } })
    expect(data).toEqual({ '@context': 'https://schema.org', '@type': 'Product', name: 'Socks' })
    expect(warn).toHaveBeenCalledTimes(4)
  })
})

describe('serializeJsonLd', () => {
  it('escapes characters that could end the script element, and parses back to the same data', () => {
    const data = { reviewBody: '</script><script>alert(1)</script> & <!-- \u2028' }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(json).toContain('\\u0026')
    expect(JSON.parse(json)).toEqual(data)
  })
})
