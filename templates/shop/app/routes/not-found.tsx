import { Recommendations } from '@journeykit/discovery'
import { data } from 'react-router'
import { NotFoundContent } from '../components/not-found'
import { catalogCache } from '../lib/catalog-cache.server'
import { getDatabase } from '../lib/db.server'
import { popularProducts } from '../lib/search/discovery-product.server'
import type { Route } from './+types/not-found'
import searchStylesheet from './search.css?url'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: searchStylesheet, precedence: 'page' }]

const POPULAR_COUNT = 4

/** Any path no other route serves: status 404, a search form and the shop's popular products. */
export async function loader() {
  const db = await getDatabase()
  const catalog = await catalogCache(db)
  const popular = await catalog.read(['popular', POPULAR_COUNT], () => popularProducts(db, POPULAR_COUNT))
  return data({ popular }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
}

export const meta: Route.MetaFunction = () => [{ title: 'Page not found — Northwind Outfitters' }, { name: 'robots', content: 'noindex' }]

export default function NotFoundPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="error-page">
      <NotFoundContent />
      <Recommendations slot="popular-in-category" heading="Popular right now" products={loaderData.popular} />
    </div>
  )
}
