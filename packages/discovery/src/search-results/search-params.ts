import type { SearchResultsData, SearchSort } from '../types'

/** The shareable state of a results page, as the `/search` URL carries it. */
export interface SearchParams {
  q: string
  /** Category slugs. */
  category: string[]
  /** Price ranges, 'min-max' in minor units ('20000-' has no upper bound). */
  price: string[]
  /** Minimum stars, e.g. '4'. */
  rating?: string
  inStock: boolean
  sort: SearchSort
  page: number
}

export type SearchFacet = 'category' | 'price' | 'rating' | 'inStock'

export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'price-asc', 'price-desc', 'rating']

/** The parameters of the page a `SearchResultsData` shows: its query, selected facet values, sort and page. */
export function searchParamsOf(results: SearchResultsData): SearchParams {
  const selected = (facet: SearchFacet) => results.facets[facet].filter((value) => value.selected).map((value) => value.value)
  return {
    q: results.query,
    category: selected('category'),
    price: selected('price'),
    rating: selected('rating')[0],
    inStock: selected('inStock').includes('true'),
    sort: results.sort,
    page: results.page,
  }
}

/** The URL query of these parameters (`q`, repeated `category` and `price`, `rating`, `inStock=true`, `sort`, `page`), leaving out defaults. */
export function toUrlSearchParams(params: SearchParams): URLSearchParams {
  const query = new URLSearchParams({ q: params.q })
  for (const category of params.category) query.append('category', category)
  for (const price of params.price) query.append('price', price)
  if (params.rating) query.set('rating', params.rating)
  if (params.inStock) query.set('inStock', 'true')
  if (params.sort !== 'relevance') query.set('sort', params.sort)
  if (params.page > 1) query.set('page', String(params.page))
  return query
}

/** Reads a `/search` URL's query; unknown sorts and invalid pages fall back to the defaults. */
export function parseSearchParams(query: URLSearchParams): SearchParams {
  const sort = query.get('sort') as SearchSort | null
  const page = Number(query.get('page'))
  return {
    q: (query.get('q') ?? '').trim(),
    category: query.getAll('category'),
    price: query.getAll('price'),
    rating: query.get('rating') ?? undefined,
    inStock: query.get('inStock') === 'true',
    sort: sort && SEARCH_SORTS.includes(sort) ? sort : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** The parameters with one facet value switched on or off, back on the first page. */
export function toggleFacet(params: SearchParams, facet: SearchFacet, value: string): SearchParams {
  const next = { ...params, page: 1 }
  if (facet === 'rating') next.rating = params.rating === value ? undefined : value
  else if (facet === 'inStock') next.inStock = !params.inStock
  else next[facet] = params[facet].includes(value) ? params[facet].filter((entry) => entry !== value) : [...params[facet], value]
  return next
}

