import { SearchBox, type SearchSuggestions } from '@journeykit/discovery'
import { useLocation, useNavigate } from 'react-router'

async function loadSuggestions(query: string, signal: AbortSignal): Promise<SearchSuggestions> {
  const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(query)}`, { signal })
  if (!response.ok) throw new Error(`Suggestions answered ${response.status}`)
  return (await response.json()) as SearchSuggestions
}

/** The header's search on every page: suggestions as the visitor types, results at /search (a plain GET before hydration). */
export function SiteSearch() {
  const navigate = useNavigate()
  const location = useLocation()
  const current = location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : ''
  return (
    <SearchBox
      // a new results page starts the box over from its query
      key={current}
      className="site-search"
      aria-label="Search the shop"
      loadSuggestions={loadSuggestions}
      defaultQuery={current}
      onSubmit={(query) => navigate(`/search?q=${encodeURIComponent(query)}`)}
      onNavigate={(href) => navigate(href)}
    />
  )
}
