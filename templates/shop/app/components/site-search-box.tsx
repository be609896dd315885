import { SearchBox, type SearchSuggestions } from '@journeykit/discovery'
import { useNavigate } from 'react-router'

async function loadSuggestions(query: string, signal: AbortSignal): Promise<SearchSuggestions> {
  const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(query)}`, { signal })
  if (!response.ok) throw new Error(`Suggestions answered ${response.status}`)
  return (await response.json()) as SearchSuggestions
}

/** The header's search box once its code has loaded: suggestions as the visitor types, results at /search. */
export function SiteSearchBox({ query }: { query: string }) {
  const navigate = useNavigate()
  return (
    <SearchBox
      // a new results page starts the box over from its query
      key={query}
      aria-label="Search the shop"
      loadSuggestions={loadSuggestions}
      defaultQuery={query}
      onSubmit={(next) => navigate(`/search?q=${encodeURIComponent(next)}`)}
      onNavigate={(href) => navigate(href)}
    />
  )
}
