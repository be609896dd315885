import { SearchResults, toUrlSearchParams } from '@journeykit/discovery'
import { data, useNavigate } from 'react-router'
import { catalogPageHeaders } from '../lib/cache.server'
import { getDatabase } from '../lib/db.server'
import { parseSearchParams, SearchParamsError, type SearchParams } from '../lib/search/params'
import { searchCatalog } from '../lib/search/search.server'
import type { SearchResultsData } from '../lib/search/types'
import type { Route } from './+types/search'
import stylesheet from './search.css?url'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

/** Search result pages are for visitors, not for search engines' indexes (robots.txt disallows them too). */
const NOINDEX = 'noindex, follow'

export async function loader({ request }: Route.LoaderArgs) {
  let params: SearchParams
  try {
    params = parseSearchParams(new URL(request.url).searchParams)
  } catch (error) {
    if (error instanceof SearchParamsError)
      throw data(error.message, {
        status: 400,
        headers: { 'X-Robots-Tag': NOINDEX },
      })
    throw error
  }
  const results: SearchResultsData = await searchCatalog(await getDatabase(), params)
  return data({ results }, { headers: { ...catalogPageHeaders(request), 'X-Robots-Tag': NOINDEX } })
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export const meta: Route.MetaFunction = ({ data }) => [
  {
    title: data?.results.query ? `Search: ${data.results.query} — Northwind Outfitters` : 'Search — Northwind Outfitters',
  },
  { name: 'robots', content: NOINDEX },
]

/** The results with their facets, sort and pages (@journeykit/discovery); every state is a shareable /search URL. */
export default function SearchPage({ loaderData }: Route.ComponentProps) {
  const navigate = useNavigate()
  return (
    <div className="search-page">
      <SearchResults results={loaderData.results} onChange={(params) => navigate(`/search?${toUrlSearchParams(params)}`)} />
    </div>
  )
}
