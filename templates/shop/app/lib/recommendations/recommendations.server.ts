import type { CatalogTag } from '../catalog-cache.server'
import type { Queryable } from '../db.server'
import { publishedProduct } from '../published.server'
import { DISCOVERY_COLUMNS, DISCOVERY_FROM, type DiscoveryRow, POPULAR_ORDER, POPULAR_UNITS_SOLD, popularProducts, toDiscoveryProduct } from '../search/discovery-product.server'
import type { DiscoveryProduct, RecommendationSlot } from '../search/types'

export const DEFAULT_RECOMMENDATIONS = 4

/** The slots served from the shop's database ('recently-viewed' is the visitor's own, kept in the browser). */
export type ServedSlot = Exclude<RecommendationSlot, 'recently-viewed'>

type Source = 'bought-together' | 'viewed-together' | 'similar' | 'popular-in-category'

/**
 * Each source's published products for the product `$1`, best first, at most `$2`: an `ORDER BY … LIMIT`, which
 * PostgreSQL answers with a top-N sort however large the catalog. The pairs are counted as orders are paid and
 * views are collected (migration 015_discovery_recommendation_pairs_and_search_speed), the best sellers as orders
 * are bought (019), so a source reads a few rows.
 */
const SOURCES: Record<Source, string> = {
  // products bought in the same orders as this one, the most shared orders first
  'bought-together': pairedWith('recommendation_bought_together'),
  // products viewed in the same visits (journey sessions), the most shared visits first
  'viewed-together': pairedWith('recommendation_viewed_together'),
  // the same category's products sharing the most attribute values, then the closest in price: needs no history
  similar: `SELECT p.id
      FROM products mine
      JOIN products p ON p.category_id = mine.category_id AND p.id <> mine.id
      CROSS JOIN LATERAL (SELECT count(*) AS shared FROM jsonb_each(mine.attributes) a JOIN jsonb_each(p.attributes) b ON a.key = b.key AND a.value = b.value) same
     WHERE mine.id = $1 AND ${publishedProduct('p')}
     ORDER BY same.shared DESC, abs(p.price_amount - mine.price_amount), p.id
     LIMIT $2`,
  // the category's best sellers (the order of popularProducts)
  'popular-in-category': `SELECT p.id FROM products p ${POPULAR_UNITS_SOLD} LEFT JOIN search_product_stats s ON s.product_id = p.id
     WHERE p.category_id = (SELECT category_id FROM products WHERE id = $1) AND ${publishedProduct('p')}
     ORDER BY ${POPULAR_ORDER}
     LIMIT $2`,
}

function pairedWith(pairs: 'recommendation_bought_together' | 'recommendation_viewed_together'): string {
  return `SELECT p.id FROM ${pairs} pair JOIN products p ON p.id = pair.other_id
     WHERE pair.product_id = $1 AND ${publishedProduct('p')}
     ORDER BY pair.shared DESC, pair.other_id
     LIMIT $2`
}

/** Where each slot's products come from, in order; the shop's best sellers fill whatever is still short (a tiny catalog). */
const SLOT_SOURCES: Record<ServedSlot, Source[]> = {
  'bought-together': ['bought-together', 'viewed-together', 'similar'],
  similar: ['similar', 'viewed-together'],
  'popular-in-category': ['popular-in-category'],
}

async function sourceIds(db: Queryable, source: Source, productId: string, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(SOURCES[source], [productId, limit])
  return rows.map((row) => row.id)
}

export const boughtTogether = (db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS) => sourceIds(db, 'bought-together', productId, limit)
export const alsoViewed = (db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS) => sourceIds(db, 'viewed-together', productId, limit)
export const similarProducts = (db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS) => sourceIds(db, 'similar', productId, limit)

/**
 * The products each of `slots` shows beside this product (the product page, the cart's last line, an order's
 * first line): from the shop's own orders and visits where it has them, else from the catalog, so a new shop
 * shows full slots too. Never the product itself nor one of `exclude` (what the cart or order already holds),
 * never one twice, in a slot or across the slots; at most `limit` each. One query for every source of every
 * slot (each source's ids as an ordered array, numbered by `WITH ORDINALITY`, joined once to the card
 * columns); a second for the shop's best sellers only when a slot is still short.
 */
export async function recommendSlots<const Slots extends readonly ServedSlot[]>(
  db: Queryable,
  productId: string,
  slots: Slots,
  { limit = DEFAULT_RECOMMENDATIONS, exclude = [] }: { limit?: number; exclude?: readonly string[] } = {},
): Promise<{ -readonly [Index in keyof Slots]: DiscoveryProduct[] }> {
  const sources = [...new Set(slots.flatMap((slot) => SLOT_SOURCES[slot]))]
  // enough of each source for every slot after what the slots before took and what is excluded
  const depth = limit * slots.length + exclude.length + 1
  const { rows } = await db.query<DiscoveryRow & { source: Source }>(
    `SELECT ranked.source, ${DISCOVERY_COLUMNS}
       FROM (${sources.map((source) => `SELECT '${source}' AS source, id, position FROM unnest(ARRAY(${SOURCES[source]})) WITH ORDINALITY AS "${source}"(id, position)`).join(' UNION ALL ')}) ranked
       JOIN ${DISCOVERY_FROM} ON p.id = ranked.id
      ORDER BY ranked.source, ranked.position`,
    [productId, depth],
  )
  const bySource = new Map(sources.map((source) => [source, rows.filter((row) => row.source === source).map(toDiscoveryProduct)]))
  const taken = new Set([productId, ...exclude])
  const pick = (candidates: readonly DiscoveryProduct[], into: DiscoveryProduct[]) => {
    for (const product of candidates) {
      if (into.length === limit) return
      if (!taken.has(product.id)) taken.add(product.id), into.push(product)
    }
  }
  const chosen = slots.map((slot) => {
    const products: DiscoveryProduct[] = []
    for (const source of SLOT_SOURCES[slot]) pick(bySource.get(source)!, products)
    return products
  })
  if (chosen.some((products) => products.length < limit)) {
    const bestSellers = await popularProducts(db, taken.size + limit * slots.length)
    for (const products of chosen) pick(bestSellers, products)
  }
  return chosen as { -readonly [Index in keyof Slots]: DiscoveryProduct[] }
}

/** One slot's products (recommendSlots). */
export async function recommendProducts(
  db: Queryable,
  slot: ServedSlot,
  productId: string,
  limit = DEFAULT_RECOMMENDATIONS,
  { exclude = [] }: { exclude?: readonly string[] } = {},
): Promise<DiscoveryProduct[]> {
  const [products] = await recommendSlots(db, productId, [slot], { limit, exclude })
  return products
}

/**
 * What a product's cached recommendations depend on: its new orders ("bought together"), its category's
 * products ("similar"), and each product shown (price, stock, rating). Views pair up without a catalog
 * change: "others also viewed" is as fresh as the cache's lifetime (CATALOG_CACHE_TTL).
 */
export function recommendationTags(product: { id: string; categoryId: string }, shown: readonly DiscoveryProduct[]): CatalogTag[] {
  return [`purchases:${product.id}`, `category:${product.categoryId}`, ...shown.flatMap((item): CatalogTag[] => [`product:${item.id}`, `reviews:${item.id}`])]
}
