import { Badge, Money, Rating } from '@journeykit/ui'
import type { ProductSummary } from '../lib/catalog.server'

/** The product's brand, name, rating and price: what the first screen states, with nothing to operate. */
export function ProductHeadline({ brand, name, rating, price, compareAtPrice }: Pick<ProductSummary, 'brand' | 'name' | 'rating' | 'price' | 'compareAtPrice'>) {
  const savings = compareAtPrice ? Math.round((1 - price.amount / compareAtPrice.amount) * 100) : 0
  return (
    <>
      <p className="pdp-brand">{brand}</p>
      <h1 className="pdp-name">{name}</h1>
      {rating && (
        <a href="#reviews" className="pdp-rating-link">
          <Rating value={rating.value} count={rating.count} size="sm" />
          <span aria-hidden="true">
            {rating.value.toFixed(1)} · {rating.count} {rating.count === 1 ? 'review' : 'reviews'}
          </span>
          <span className="visually-hidden">, read the reviews</span>
        </a>
      )}

      <div className="pdp-price">
        {compareAtPrice ? (
          <>
            <span className="pdp-price-now">
              <span className="visually-hidden">Now </span>
              <Money value={price} />
            </span>
            <span className="pdp-price-was">
              Was <Money value={compareAtPrice} strikethrough />
            </span>
            <Badge tone="danger">Save {savings}%</Badge>
          </>
        ) : (
          <span className="pdp-price-now">
            <Money value={price} />
          </span>
        )}
      </div>
      <p className="pdp-price-note">VAT included. Free standard shipping from €75.</p>
    </>
  )
}
