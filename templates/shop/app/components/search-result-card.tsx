import { useTrack } from '@journeykit/react'
import { Badge, Money } from '@journeykit/ui'
import { Link } from 'react-router'
import type { DiscoveryProduct } from '../lib/search/types'
import { ProductCardRating } from './product-card'

export interface SearchResultCardProps {
  product: DiscoveryProduct
  /** The list it is shown in (`product_clicked.listId`): 'search', or a recommendation slot. */
  listId: string
  /** 1-based position in the list. */
  position: number
}

/** A product of a search or recommendation list, with the product card's look; following it emits `product_clicked`. */
export function SearchResultCard({ product, listId, position }: SearchResultCardProps) {
  const track = useTrack({ block: 'SearchResultCard' })
  const { href, image, rating, inStock, ...item } = product
  return (
    <article className="product-card" data-sold-out={inStock === false ? '' : undefined}>
      <div className="product-card-media">
        {/* Decorative here: the link's name is the product name right below. */}
        {image && <img src={image.src} alt="" width={400} height={400} loading="lazy" />}
        {inStock === false && (
          <div className="product-card-badges">
            <Badge tone="neutral">Sold out</Badge>
          </div>
        )}
      </div>
      <div className="product-card-body">
        {product.brand && <p className="product-card-brand">{product.brand}</p>}
        <h3 className="product-card-name">
          <Link
            to={href}
            prefetch="intent"
            onClick={() =>
              track('product_clicked', {
                item: { ...item, position, listId },
                listId,
              })
            }
          >
            {product.name}
          </Link>
        </h3>
        <ProductCardRating rating={rating && { value: rating.average, count: rating.count }} />
        <p className="product-card-price">
          <Money value={product.price} className="product-card-amount" />
        </p>
      </div>
    </article>
  )
}
