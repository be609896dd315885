import type { Queryable } from '../db.server'
import { publishedProduct } from '../published.server'
import type { DiscoveryProduct } from './types'

export interface DiscoveryRow {
  id: string
  slug: string
  name: string
  brand: string
  category_name: string
  price_amount: number
  currency: string
  image: { src: string; alt: string } | null
  rating_average: number | null
  rating_count: number
  stock: number
}

/** A row of DISCOVERY_COLUMNS as a discovery product. */
export function toDiscoveryProduct(row: DiscoveryRow): DiscoveryProduct {
  return {
    id: row.id,
    name: row.name,
    price: { amount: row.price_amount, currency: row.currency },
    brand: row.brand,
    category: row.category_name,
    href: `/p/${row.slug}`,
    ...(row.image ? { image: row.image } : {}),
    ...(row.rating_count > 0 && row.rating_average !== null ? { rating: { average: row.rating_average, count: row.rating_count } } : {}),
    inStock: row.stock > 0,
  }
}

/** A discovery product's columns, from `products p`, `categories c` and `search_product_stats s` (DISCOVERY_FROM). */
export const DISCOVERY_COLUMNS = `p.id, p.slug, p.name, p.brand, c.name AS category_name, p.price_amount, p.currency, p.images -> 0 AS image,
  round(s.rating_average, 1)::float8 AS rating_average, coalesce(s.rating_count, 0) AS rating_count, coalesce(s.stock, 0) AS stock`
export const DISCOVERY_FROM = `products p JOIN categories c ON c.id = p.category_id LEFT JOIN search_product_stats s ON s.product_id = p.id`

/**
 * The shop's best sellers (units in paid or fulfilled orders, counted by migration 019's triggers), then its most
 * reviewed products, then by name: the order of `popularProducts`, over DISCOVERY_FROM and POPULAR_UNITS_SOLD.
 */
export const POPULAR_UNITS_SOLD = `LEFT JOIN product_units_sold sold ON sold.product_id = p.id`
export const POPULAR_ORDER = `coalesce(sold.units, 0) DESC, coalesce(s.rating_count, 0) DESC, p.name, p.id`

/** The products with these ids as discovery products, in the order given (unknown ids left out). */
export async function discoveryProducts(db: Queryable, ids: readonly string[]): Promise<DiscoveryProduct[]> {
  if (ids.length === 0) return []
  const { rows } = await db.query<DiscoveryRow>(`SELECT ${DISCOVERY_COLUMNS} FROM ${DISCOVERY_FROM} WHERE p.id = ANY($1::text[]) AND ${publishedProduct('p')}`, [ids])
  const byId = new Map(rows.map((row) => [row.id, toDiscoveryProduct(row)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The shop's best sellers, then its most reviewed products (POPULAR_ORDER): what an empty search or a shop without history shows. */
export async function popularProducts(db: Queryable, limit: number, { categoryId }: { categoryId?: string } = {}): Promise<DiscoveryProduct[]> {
  const { rows } = await db.query<DiscoveryRow>(
    `SELECT ${DISCOVERY_COLUMNS} FROM ${DISCOVERY_FROM} ${POPULAR_UNITS_SOLD}
      WHERE ($2::text IS NULL OR p.category_id = $2) AND ${publishedProduct('p')}
      ORDER BY ${POPULAR_ORDER}
      LIMIT $1`,
    [limit, categoryId ?? null],
  )
  return rows.map(toDiscoveryProduct)
}

/** The category a missing page's path points at: a path segment that is a category's slug, else one that is a product's slug (its category). */
export async function categoryOfPath(db: Queryable, pathname: string): Promise<{ id: string; name: string } | undefined> {
  const segments = pathname
    .toLowerCase()
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
    .filter((segment) => segment && segment.length <= 200)
    .slice(0, 10)
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT c.id, c.name FROM categories c
      WHERE c.id = ANY($1::text[]) OR c.id IN (SELECT category_id FROM products WHERE slug = ANY($1::text[]))
      ORDER BY c.id = ANY($1::text[]) DESC, c.position, c.id LIMIT 1`,
    [segments],
  )
  return rows[0]
}

/** The category of the shop's best seller (see popularProducts); undefined for a shop without products. */
export async function bestSellingCategory(db: Queryable): Promise<{ id: string; name: string } | undefined> {
  const [best] = await popularProducts(db, 1)
  if (!best) return undefined
  const { rows } = await db.query<{ id: string; name: string }>('SELECT c.id, c.name FROM categories c JOIN products p ON p.category_id = c.id WHERE p.id = $1', [best.id])
  return rows[0] ?? undefined
}
