import { CompareCheckbox } from '@journeykit/compare'
import type { Item } from '@journeykit/core'
import { useTrack } from '@journeykit/react'
import { Badge, Money, Rating, VisuallyHidden } from '@journeykit/ui'
import { Link } from 'react-router'
import type { ProductSummary } from '../lib/catalog.server'

/** Stock at or below this shows "Only n left" on a card. */
export const LOW_STOCK_THRESHOLD = 3

/** A product as a journey event item: `position` is 1-based in the list it is shown in. */
export function productItem(product: ProductSummary, position?: number, listId?: string): Item {
  return {
    id: product.id,
    name: product.name,
    price: product.price,
    brand: product.brand,
    category: product.categoryName,
    ...(position !== undefined ? { position } : {}),
    ...(listId ? { listId } : {}),
  }
}

export interface ProductCardProps {
  product: ProductSummary
  /** The list the card is shown in (`product_clicked.listId`, and the comparison it adds to). */
  listId: string
  /** 1-based position in the list. */
  position: number
  /** Shows a "Compare" checkbox that adds the product to the list's CompareTray. */
  compare?: boolean
  /** The name's heading level: 2 on a page whose sections have no headings of their own. Defaults to 2. */
  headingLevel?: 2 | 3
  /**
   * Loads the picture with the page (it is in the first screen). Default false: the browser loads it
   * as it nears the viewport, and it does not compete with the stylesheets for the first paint.
   */
  priority?: boolean
}

/**
 * A product in a listing: picture, brand, name, rating, price (with the former price in context),
 * stock hints and an optional "Compare" checkbox. The whole card follows the product link;
 * following it emits `product_clicked`.
 */
export function ProductCard({ product, listId, position, compare = false, headingLevel = 2, priority = false }: ProductCardProps) {
  const track = useTrack({ block: 'ProductCard' })
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const soldOut = product.stock === 0
  const lowStock = !soldOut && product.stock <= LOW_STOCK_THRESHOLD
  const savings = product.compareAtPrice ? Math.round((1 - product.price.amount / product.compareAtPrice.amount) * 100) : 0

  return (
    <article className="product-card" data-sold-out={soldOut ? '' : undefined}>
      <div className="product-card-media">
        {/* Decorative here: the link's name is the product name right below. */}
        {product.image && <img src={product.image.src} alt="" width={400} height={400} loading={priority ? 'eager' : 'lazy'} />}
        <div className="product-card-badges">
          {savings > 0 && <Badge tone="danger">−{savings}%</Badge>}
          {soldOut && <Badge tone="neutral">Sold out</Badge>}
        </div>
      </div>
      <div className="product-card-body">
        <p className="product-card-brand">{product.brand}</p>
        <Heading className="product-card-name">
          <Link
            to={`/p/${product.slug}`}
            prefetch="intent"
            onClick={() => track('product_clicked', { item: productItem(product, position, listId), listId })}
          >
            {product.name}
          </Link>
        </Heading>
        <ProductCardRating rating={product.rating} />
        <p className="product-card-price">
          <Money value={product.price} className="product-card-amount" />
          {product.compareAtPrice && (
            <>
              {' '}
              <VisuallyHidden>{'was '}</VisuallyHidden>
              <Money value={product.compareAtPrice} strikethrough className="product-card-was" />
            </>
          )}
        </p>
        {lowStock && <p className="product-card-stock">Only {product.stock} left</p>}
        {compare && (
          <CompareCheckbox
            className="product-card-compare"
            listId={listId}
            product={{ id: product.id, name: product.name, ...(product.image ? { image: product.image } : {}) }}
          />
        )}
      </div>
    </article>
  )
}

/** A card's rating line: the stars and "4.4 (20)", or that the product has no reviews yet. */
export function ProductCardRating({ rating }: { rating: { value: number; count: number } | undefined }) {
  return (
    <p className="product-card-rating">
      {rating ? (
        <>
          <Rating value={rating.value} count={rating.count} size="sm" />
          <span aria-hidden="true">
            {rating.value.toFixed(1)} ({rating.count})
          </span>
        </>
      ) : (
        <span className="product-card-muted">No reviews yet</span>
      )}
    </p>
  )
}
