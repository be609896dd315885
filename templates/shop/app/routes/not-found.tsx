import { Recommendations } from '@journeykit/discovery'
import { data } from 'react-router'
import { NotFoundContent } from '../components/not-found'
import { catalogCache } from '../lib/catalog-cache.server'
import { getDatabase } from '../lib/db.server'
import { bestSellingCategory, categoryOfPath, popularProducts } from '../lib/search/discovery-product.server'
import type { Route } from './+types/not-found'
import searchStylesheet from './search.css?url'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: searchStylesheet, precedence: 'page' }]

const POPULAR_COUNT = 4

/**
 * Any path no other route serves: status 404, a search form and the best sellers of the category the path
 * points at (/old/headphones, /sale/aurora-5), or of the shop's best-selling category when it points at none.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  const catalog = await catalogCache(db)
  const category = (await categoryOfPath(db, new URL(request.url).pathname)) ?? (await catalog.read(['best-selling-category'], () => bestSellingCategory(db)))
  const popular = category ? await catalog.read(['popular', POPULAR_COUNT, category.id], () => popularProducts(db, POPULAR_COUNT, { categoryId: category.id })) : []
  return data({ category: category?.name ?? null, popular }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
}

export const meta: Route.MetaFunction = () => [{ title: 'Page not found — Northwind Outfitters' }, { name: 'robots', content: 'noindex' }]

export default function NotFoundPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="error-page">
      <NotFoundContent />
      {loaderData.category && loaderData.popular.length > 0 && (
        <Recommendations slot="popular-in-category" heading={`Popular in ${loaderData.category}`} products={loaderData.popular} />
      )}
    </div>
  )
}
