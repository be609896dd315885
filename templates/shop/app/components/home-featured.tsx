import { useImpression, useTrack } from '@journeykit/react'
import { Link } from 'react-router'
import type { ProductSummary } from '../lib/catalog.server'
import { ProductCard, productItem } from './product-card'

export interface FeaturedSection {
  category: { id: string; name: string; description: string }
  products: ProductSummary[]
}

/** A few top products per category; each section is a list that reports `product_list_viewed` once viewable. */
export function HomeFeatured({ sections }: { sections: FeaturedSection[] }) {
  if (sections.length === 0) return null
  return (
    <div className="home-featured">
      {sections.map((section) => (
        <FeaturedCategory key={section.category.id} section={section} />
      ))}
    </div>
  )
}

function FeaturedCategory({ section: { category, products } }: { section: FeaturedSection }) {
  const listId = `home-${category.id}`
  const track = useTrack({ block: 'HomeFeatured', blockId: listId })
  const ref = useImpression(
    () =>
      track('product_list_viewed', {
        listId,
        listName: `Home: ${category.name}`,
        items: products.map((product, index) => productItem(product, index + 1, listId)),
      }),
    { disabled: products.length === 0 },
  )
  const headingId = `featured-${category.id}`
  return (
    <section ref={ref} className="home-featured-section" aria-labelledby={headingId}>
      <div className="home-featured-head">
        <div>
          <h2 id={headingId}>{category.name}</h2>
          <p>{category.description}</p>
        </div>
        <Link to={`/c/${category.id}`} className="home-featured-all">
          All {category.name.toLowerCase()} <span aria-hidden="true">→</span>
        </Link>
      </div>
      <ul className="home-featured-grid">
        {products.map((product, index) => (
          <li key={product.id}>
            <ProductCard product={product} listId={listId} position={index + 1} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  )
}
