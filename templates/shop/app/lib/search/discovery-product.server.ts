import { getProductsByIds, type ProductSummary } from '../catalog.server'
import type { Queryable } from '../db.server'
import type { DiscoveryProduct } from './types'

/** A catalog product as the discovery blocks show it. */
export function toDiscoveryProduct(product: ProductSummary): DiscoveryProduct {
  return {
    id: product.id,
    name: product.name,
    price: product.price,
    brand: product.brand,
    category: product.categoryName,
    href: `/p/${product.slug}`,
    ...(product.image ? { image: product.image } : {}),
    ...(product.rating
      ? {
          rating: {
            average: product.rating.value,
            count: product.rating.count,
          },
        }
      : {}),
    inStock: product.stock > 0,
  }
}

/** The products with these ids as discovery products, in the order given. */
export async function discoveryProducts(db: Queryable, ids: readonly string[]): Promise<DiscoveryProduct[]> {
  return (await getProductsByIds(db, ids)).map(toDiscoveryProduct)
}

/**
 * The shop's best sellers (units in paid or fulfilled orders), then its most reviewed products: what an
 * empty search or a shop without history shows.
 */
export async function popularProducts(db: Queryable, limit: number, { categoryId }: { categoryId?: string } = {}): Promise<DiscoveryProduct[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT p.id FROM products p
       LEFT JOIN (SELECT l.product_id, sum(l.quantity) AS units FROM order_lines l JOIN orders o ON o.id = l.order_id
                   WHERE o.status IN ('paid', 'fulfilled') GROUP BY l.product_id) sold ON sold.product_id = p.id
       LEFT JOIN (SELECT product_id, count(*) AS reviews FROM reviews WHERE status = 'published' GROUP BY product_id) r ON r.product_id = p.id
      WHERE $2::text IS NULL OR p.category_id = $2
      ORDER BY coalesce(sold.units, 0) DESC, coalesce(r.reviews, 0) DESC, p.name, p.id
      LIMIT $1`,
    [limit, categoryId ?? null],
  )
  return discoveryProducts(
    db,
    rows.map((row) => row.id),
  )
}
