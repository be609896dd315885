import { data } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { recommendProducts } from '../lib/recommendations/recommendations.server'
import type { DiscoveryProduct, RecommendationSlot } from '../lib/search/types'
import type { Route } from './+types/api.recommendations'

const SERVED_SLOTS = ['similar', 'bought-together', 'popular-in-category'] as const satisfies readonly RecommendationSlot[]
const PRODUCT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const MAX_LIMIT = 12

/**
 * GET /api/recommendations?slot=…&product=…[&limit=…] → DiscoveryProduct[] for the Recommendations block
 * ('recently-viewed' is the visitor's own, kept in the browser). The same for every visitor: cacheable.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const slot = params.get('slot') ?? ''
  const productId = params.get('product') ?? ''
  const limit = params.get('limit') ?? '4'
  if (!(SERVED_SLOTS as readonly string[]).includes(slot)) return data({ error: `slot must be one of ${SERVED_SLOTS.join(', ')}` }, { status: 400 })
  if (!PRODUCT_ID.test(productId)) return data({ error: 'product must be a product id' }, { status: 400 })
  if (!/^\d{1,2}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT) {
    return data({ error: `limit must be a whole number from 1 to ${MAX_LIMIT}` }, { status: 400 })
  }
  const products: DiscoveryProduct[] = await recommendProducts(await getDatabase(), slot as (typeof SERVED_SLOTS)[number], productId, Number(limit))
  return data(products, { headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600', 'X-Robots-Tag': 'noindex' } })
}
