import type { CatalogTag } from '../catalog-cache.server'
import type { Queryable } from '../db.server'
import { publishedProduct } from '../published.server'
import { discoveryProducts, popularProducts } from '../search/discovery-product.server'
import type { DiscoveryProduct, RecommendationSlot } from '../search/types'

export const DEFAULT_RECOMMENDATIONS = 4

/** Products bought in the same orders as this one, the most shared orders first. */
export const boughtTogether = (db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS) => pairedWith(db, 'recommendation_bought_together', productId, limit)

/** Products viewed in the same visits (journey sessions) as this one, the most shared visits first. */
export const alsoViewed = (db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS) => pairedWith(db, 'recommendation_viewed_together', productId, limit)

/**
 * The products paired with this one, most shared first: pairs counted as orders are paid and views are
 * collected (migration 015_discovery_recommendation_pairs_and_search_speed), so a request reads a few rows.
 */
async function pairedWith(db: Queryable, pairs: 'recommendation_bought_together' | 'recommendation_viewed_together', productId: string, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(`SELECT other_id AS id FROM ${pairs} WHERE product_id = $1 ORDER BY shared DESC, other_id LIMIT $2`, [productId, limit])
  return rows.map((row) => row.id)
}

/**
 * Products of the same category, the ones sharing the most attribute values first, then the closest in price.
 * Needs no history: a new shop's recommendations.
 */
export async function similarProducts(db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT other.id
       FROM products mine
       JOIN products other ON other.category_id = mine.category_id AND other.id <> mine.id
       CROSS JOIN LATERAL (SELECT count(*) AS shared FROM jsonb_each(mine.attributes) a JOIN jsonb_each(other.attributes) b ON a.key = b.key AND a.value = b.value) same
      WHERE mine.id = $1 AND ${publishedProduct('other')}
      ORDER BY same.shared DESC, abs(other.price_amount - mine.price_amount), other.id
      LIMIT $2`,
    [productId, limit],
  )
  return rows.map((row) => row.id)
}

/**
 * The products a slot shows beside this product (the product page, the cart's last line, an order's first
 * line): from the shop's own orders and visits where it has them, else from the catalog, so a new shop shows
 * a full slot too. Never the product itself nor one of `exclude` (what the cart or order already holds), never
 * one twice; at most `limit`.
 */
export async function recommendProducts(
  db: Queryable,
  slot: Exclude<RecommendationSlot, 'recently-viewed'>,
  productId: string,
  limit = DEFAULT_RECOMMENDATIONS,
  { exclude = [] }: { exclude?: readonly string[] } = {},
): Promise<DiscoveryProduct[]> {
  const shown = (id: string) => id !== productId && !exclude.includes(id)
  const sources: Array<() => Promise<string[]>> = {
    'bought-together': [() => boughtTogether(db, productId, limit), () => alsoViewed(db, productId, limit), () => similarProducts(db, productId, limit)],
    similar: [() => similarProducts(db, productId, limit), () => alsoViewed(db, productId, limit)],
    'popular-in-category': [async () => (await popularProducts(db, limit + 1, { categoryId: await categoryOf(db, productId) })).map((product) => product.id)],
  }[slot]
  const chosen = new Set<string>()
  for (const source of sources) {
    if (chosen.size >= limit) break
    for (const id of await source()) if (shown(id) && chosen.size < limit) chosen.add(id)
  }
  const products = await discoveryProducts(db, [...chosen])
  if (products.length >= limit) return products
  // Still short (a tiny catalog): the shop's best sellers fill the slot.
  const fill = (await popularProducts(db, limit + products.length + exclude.length + 1)).filter((product) => shown(product.id) && !chosen.has(product.id))
  return [...products, ...fill].slice(0, limit)
}

async function categoryOf(db: Queryable, productId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ category_id: string }>('SELECT category_id FROM products WHERE id = $1', [productId])
  return rows[0]?.category_id
}

/**
 * What a product's cached recommendations depend on: its new orders ("bought together"), its category's
 * products ("similar"), and each product shown (price, stock, rating). Views pair up without a catalog
 * change: "others also viewed" is as fresh as the cache's lifetime (CATALOG_CACHE_TTL).
 */
export function recommendationTags(product: { id: string; categoryId: string }, shown: readonly DiscoveryProduct[]): CatalogTag[] {
  return [`purchases:${product.id}`, `category:${product.categoryId}`, ...shown.flatMap((item): CatalogTag[] => [`product:${item.id}`, `reviews:${item.id}`])]
}
