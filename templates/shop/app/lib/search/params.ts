import { SEARCH_SORTS, type SearchSort } from './types'

/** A price range in minor units: from `min` (inclusive) to `max` (exclusive; absent = no upper bound). */
export interface PriceRange {
  min: number
  max?: number
}

/** What a search asks for, read from the URL of /search (see parseSearchParams). */
export interface SearchParams {
  q: string
  categories: string[]
  prices: PriceRange[]
  /** Average rating at least this many stars (1–4). */
  minRating?: number
  inStock: boolean
  sort: SearchSort
  page: number
}

/** A query longer than this is refused: nobody types it, and it would only cost the database time. */
export const MAX_QUERY_LENGTH = 200
export const MAX_PAGE = 500
const MAX_REPEATS = 20
const CATEGORY_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/
const PRICE_RANGE = /^(\d{1,9})-(\d{1,9})?$/

/** A search URL the shop cannot answer; the message says which parameter and why (shown with status 400). */
export class SearchParamsError extends Error {
  override name = 'SearchParamsError'
}

/** The value of a price facet, e.g. '5000-10000' or '20000-'. */
export const priceRangeValue = ({ min, max }: PriceRange) => `${min}-${max ?? ''}`

/**
 * Reads and checks the parameters of /search: `q`, `category` (repeatable), `price` (repeatable,
 * 'min-max' in minor units), `rating` (1–4), `inStock=true`, `sort`, `page`. Anything malformed is a
 * SearchParamsError rather than silently ignored, so a broken link says what is wrong with it.
 */
export function parseSearchParams(params: URLSearchParams): SearchParams {
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim()
  if (q.length > MAX_QUERY_LENGTH) throw new SearchParamsError(`q is too long: at most ${MAX_QUERY_LENGTH} characters`)

  const categories = unique(params.getAll('category'), 'category')
  const badCategory = categories.find((slug) => !CATEGORY_SLUG.test(slug))
  if (badCategory !== undefined) throw new SearchParamsError(`category "${badCategory}" is not a category slug`)

  const prices = unique(params.getAll('price'), 'price').map(parsePriceRange)

  const rating = params.get('rating')
  if (rating !== null && !/^[1-4]$/.test(rating)) throw new SearchParamsError('rating must be a whole number of stars from 1 to 4')

  const inStock = params.get('inStock')
  if (inStock !== null && inStock !== 'true') throw new SearchParamsError('inStock must be "true" or left out')

  const sort = params.get('sort') ?? 'relevance'
  if (!(SEARCH_SORTS as readonly string[]).includes(sort)) throw new SearchParamsError(`sort must be one of ${SEARCH_SORTS.join(', ')}`)

  const page = params.get('page') ?? '1'
  if (!/^\d{1,4}$/.test(page) || Number(page) < 1 || Number(page) > MAX_PAGE) {
    throw new SearchParamsError(`page must be a whole number from 1 to ${MAX_PAGE}`)
  }

  return {
    q,
    categories,
    prices,
    ...(rating !== null ? { minRating: Number(rating) } : {}),
    inStock: inStock === 'true',
    sort: sort as SearchSort,
    page: Number(page),
  }
}

/** A price facet value, e.g. '5000-10000' or '20000-', as a range; a SearchParamsError when it is not one. */
export function parsePriceRange(value: string): PriceRange {
  const match = PRICE_RANGE.exec(value)
  const min = Number(match?.[1])
  const max = match?.[2] === undefined ? undefined : Number(match[2])
  if (!match || (max !== undefined && max <= min)) {
    throw new SearchParamsError(`price "${value}" is not a range like 5000-10000 or 20000- (minor units, min below max)`)
  }
  return max === undefined ? { min } : { min, max }
}

function unique(values: string[], name: string): string[] {
  const distinct = [...new Set(values)]
  if (distinct.length > MAX_REPEATS) throw new SearchParamsError(`${name} is repeated too often: at most ${MAX_REPEATS} values`)
  return distinct
}

/** The /search link of a search: the inverse of parseSearchParams, leaving out what is the default. */
export function searchHref(params: SearchParams): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  for (const category of params.categories) query.append('category', category)
  for (const range of params.prices) query.append('price', priceRangeValue(range))
  if (params.minRating !== undefined) query.set('rating', String(params.minRating))
  if (params.inStock) query.set('inStock', 'true')
  if (params.sort !== 'relevance') query.set('sort', params.sort)
  if (params.page !== 1) query.set('page', String(params.page))
  const search = query.toString()
  return search ? `/search?${search}` : '/search'
}
