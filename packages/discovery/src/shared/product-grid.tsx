'use client'
import { useImpression, useTrack } from '@journeykit/react'
import { Money, Rating, useMessages } from '@journeykit/ui'
import type { ComponentPropsWithoutRef } from 'react'
import type { DiscoveryProduct } from '../types'
import { journeyItem } from './journey-item'
import { productCardMessages } from './messages'

export interface ProductGridProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'children'> {
  products: DiscoveryProduct[]
  /** The list the events name, e.g. a recommendation slot or 'search'. */
  listId: string
  /** The emitting block's component name. */
  block: string
  blockId?: string
  /** Added to each product's 1-based position, e.g. the products on earlier result pages. */
  positionOffset?: number
}

/**
 * Product cards as a list of links. Reports one `product_list_viewed` (every product with its
 * position) once the list has been viewable, and `product_clicked` when a card is followed.
 */
export function ProductGrid({ products, listId, block, blockId, positionOffset = 0, ...props }: ProductGridProps) {
  const t = useMessages(productCardMessages)
  const track = useTrack({ block, blockId })
  const items = products.map((product, index) => journeyItem(product, positionOffset + index + 1, listId))
  const impressionRef = useImpression(() => track('product_list_viewed', { listId, items }), { disabled: !products.length })

  return (
    <ul data-part="products" {...props} ref={impressionRef}>
      {products.map((product, index) => (
        <li key={product.id} data-part="product">
          <a href={product.href} data-part="card" onClick={() => track('product_clicked', { item: items[index]!, listId })}>
            {/* Decorative: the name in the same link says which product it is. */}
            {product.image && <img data-part="image" src={product.image.src} alt="" width={160} height={160} loading="lazy" />}
            <span data-part="name">{product.name}</span>
          </a>
          <Money data-part="price" value={product.price} />
          {product.rating && product.rating.count > 0 && <Rating data-part="rating" size="sm" value={product.rating.average} count={product.rating.count} />}
          {product.inStock === false && <span data-part="stock">{t('discovery.productCard.outOfStock')}</span>}
        </li>
      ))}
    </ul>
  )
}
