import type { Queryable } from '../db.server'
import { discoveryProducts, popularProducts } from '../search/discovery-product.server'
import type { DiscoveryProduct, RecommendationSlot } from '../search/types'

export const DEFAULT_RECOMMENDATIONS = 4

/** Orders that count as bought: paid, fulfilled. */
const BOUGHT = `('paid', 'fulfilled')`

/** Products bought in the same orders as this one, the most shared orders first. */
export async function boughtTogether(db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT other.product_id AS id
       FROM order_lines mine
       JOIN orders o ON o.id = mine.order_id AND o.status IN ${BOUGHT}
       JOIN order_lines other ON other.order_id = mine.order_id AND other.product_id <> mine.product_id
      WHERE mine.product_id = $1
      GROUP BY other.product_id
      ORDER BY count(DISTINCT mine.order_id) DESC, other.product_id
      LIMIT $2`,
    [productId, limit],
  )
  return rows.map((row) => row.id)
}

/** Products viewed in the same visits (journey sessions) as this one, the most shared visits first. */
export async function alsoViewed(db: Queryable, productId: string, limit = DEFAULT_RECOMMENDATIONS): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH sessions AS (
       SELECT DISTINCT session_id FROM journey_events
        WHERE name = 'product_viewed' AND event #>> '{properties,item,id}' = $1 AND session_id IS NOT NULL
     )
     SELECT e.event #>> '{properties,item,id}' AS id
       FROM sessions s
       JOIN journey_events e ON e.session_id = s.session_id AND e.name = 'product_viewed'
      WHERE e.event #>> '{properties,item,id}' <> $1
      GROUP BY 1
      ORDER BY count(DISTINCT e.session_id) DESC, 1
      LIMIT $2`,
    [productId, limit],
  )
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
      WHERE mine.id = $1
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
