import { data } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { clientAddress, rateLimit } from '../lib/rate-limit.server'
import { suggestProducts } from '../lib/search/search.server'
import type { SearchSuggestions } from '../lib/search/types'
import type { Route } from './+types/api.search.suggest'

/** Suggestions are for what a person types: a longer query is refused. */
export const MAX_SUGGEST_QUERY_LENGTH = 100
/** A debounced search box asks a few times a second at most while typing. */
const SUGGEST_LIMIT = { limit: 120, windowMs: 60_000 }
/** The same for every visitor and cheap to be a little stale: browsers keep an answer a minute, shared caches five. */
const SUGGEST_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600'

/** GET /api/search/suggest?q=… → SearchSuggestions (up to 6 products and 3 categories); 400 for a missing or too long `q`. */
export async function loader({ request }: Route.LoaderArgs) {
  const q = new URL(request.url).searchParams.get('q')
  if (q === null) return data({ error: 'q is required: the text typed so far' }, { status: 400 })
  if (q.length > MAX_SUGGEST_QUERY_LENGTH)
    return data(
      {
        error: `q is too long: at most ${MAX_SUGGEST_QUERY_LENGTH} characters`,
      },
      { status: 400 },
    )
  await rateLimit(await getDatabase(), `search-suggest:${clientAddress(request)}`, SUGGEST_LIMIT)
  const suggestions: SearchSuggestions = await suggestProducts(await getDatabase(), q)
  return data(suggestions, {
    headers: {
      'Cache-Control': SUGGEST_CACHE_CONTROL,
      'X-Robots-Tag': 'noindex',
    },
  })
}
