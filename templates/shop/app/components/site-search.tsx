import { useLocation } from 'react-router'
import { deferUntilInteraction } from './deferred-section'

// Until the visitor turns to the box, the server's HTML is a plain GET form to /search; a page visit
// that never searches never downloads the combobox's code.
const SiteSearchBox = deferUntilInteraction(() => import('./site-search-box').then((module) => module.SiteSearchBox), { className: 'site-search' })

/** The header's search on every page; a client-side navigation to a results page shows its query (and so loads the box). */
export function SiteSearch() {
  const location = useLocation()
  const query = location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : ''
  return <SiteSearchBox query={query} />
}
