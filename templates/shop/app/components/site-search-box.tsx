import { SearchBox, type SearchSuggestions } from '@journeykit/discovery'
import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'

async function loadSuggestions(query: string, signal: AbortSignal): Promise<SearchSuggestions> {
  const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(query)}`, { signal })
  if (!response.ok) throw new Error(`Suggestions answered ${response.status}`)
  return (await response.json()) as SearchSuggestions
}

/** The header's search box once its code has loaded: suggestions as the visitor types, results at /search. */
export function SiteSearchBox({ query }: { query: string }) {
  const navigate = useNavigate()
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    // Text that reached the input while this code loaded (a paste, a quick typist) made no change event
    // React saw: hand it over as one. Reset through React's value tracker first, so it sees the difference.
    const input = form.current?.querySelector('input')
    if (!input || input.value === query) return
    const typed = input.value
    input.value = query
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, typed)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    // once, for the text that came before hydration
  }, [])
  return (
    <SearchBox
      ref={form}
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
