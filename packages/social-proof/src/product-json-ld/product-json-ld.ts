// Server-safe: no React, no directive; usable from a server component or a route's head.
import { minorUnitDigits, toMajorUnits, type Money } from '@journeykit/core'
import { devWarning } from '../shared/dev-warning'
import type { RatingBreakdown, Review } from '../shared/types'

/** schema.org availability values (https://schema.org/ItemAvailability). */
export type ProductAvailability =
  | 'InStock'
  | 'OutOfStock'
  | 'LimitedAvailability'
  | 'PreOrder'
  | 'BackOrder'
  | 'SoldOut'
  | 'Discontinued'

/** What the structured data describes; reviews and rating only as the app really has them. */
export interface ProductJsonLdInput {
  name: string
  sku?: string
  /** The product page's canonical URL. */
  url?: string
  image?: string | string[]
  description?: string
  brand?: string
  /** The price in minor units; becomes `offers.price` in major units with `priceCurrency`. */
  price?: Money
  availability?: ProductAvailability
  /** The aggregate rating, left out when there are no reviews. */
  rating?: Pick<RatingBreakdown, 'average' | 'count'>
  /** Reviews to include; each needs a valid rating, an author and a date. */
  reviews?: readonly Review[]
}

type JsonLd = Record<string, unknown>

const RATING_SCALE = { bestRating: 5, worstRating: 1 }
const validRating = (value: unknown): value is number => typeof value === 'number' && value >= 1 && value <= 5

function reviewJsonLd(review: Review): JsonLd | undefined {
  const published = new Date(review.createdAt)
  const author = typeof review.author === 'string' ? review.author.trim() : ''
  if (!validRating(review.rating) || !author || Number.isNaN(published.getTime())) {
    devWarning('productJsonLd', `left out review "${review.id}": it needs a rating from 1 to 5, an author and a valid date`)
    return undefined
  }
  return {
    '@type': 'Review',
    // Google asks for a name under 100 characters.
    author: { '@type': 'Person', name: author.slice(0, 99) },
    datePublished: published.toISOString().slice(0, 10),
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, ...RATING_SCALE },
    ...(review.title ? { name: review.title } : {}),
    reviewBody: review.body,
  }
}

/**
 * schema.org `Product` structured data that follows Google's review-snippet rules: an
 * `AggregateRating` (ratingValue, reviewCount, bestRating) only when there are reviews, each
 * `Review` with a Person author, datePublished and reviewRating, and an `Offer` with the price
 * in major units, its currency and availability.
 */
export function productJsonLd(product: ProductJsonLdInput): JsonLd {
  const { price, rating, availability } = product
  const data: JsonLd = { '@context': 'https://schema.org', '@type': 'Product', name: product.name }
  if (product.sku) data.sku = product.sku
  if (product.image) data.image = product.image
  if (product.description) data.description = product.description
  if (product.url) data.url = product.url
  if (product.brand) data.brand = { '@type': 'Brand', name: product.brand }
  if (price && Number.isFinite(price.amount)) {
    data.offers = {
      '@type': 'Offer',
      price: toMajorUnits(price).toFixed(minorUnitDigits(price.currency)),
      priceCurrency: price.currency,
      ...(availability ? { availability: `https://schema.org/${availability}` } : {}),
      ...(product.url ? { url: product.url } : {}),
    }
  } else if (price) devWarning('productJsonLd', `invalid price ${JSON.stringify(price)}; offers left out`)
  if (rating && validRating(rating.average) && Number.isInteger(rating.count) && rating.count > 0) {
    data.aggregateRating = { '@type': 'AggregateRating', ratingValue: rating.average, reviewCount: rating.count, ...RATING_SCALE }
  } else if (rating && rating.count !== 0) devWarning('productJsonLd', `invalid rating ${JSON.stringify(rating)}; aggregateRating left out`)
  const reviews = (product.reviews ?? []).map(reviewJsonLd).filter((review) => review !== undefined)
  if (reviews.length > 0) data.review = reviews
  return data
}

const UNSAFE = /[<>&\u2028\u2029]/g

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript line
 * separators are written as \u escapes, so text such as `</script>` in a review cannot end the
 * script element. The result parses back to the same data.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
