import type { Queryable } from '../db.server'
import { publishedProduct } from '../published.server'
import { discoveryProducts, popularProducts } from './discovery-product.server'
import { priceRangeValue, type PriceRange, type SearchParams } from './params'
import type { SearchResultsData, SearchSort, SearchSuggestions } from './types'

export const SEARCH_PAGE_SIZE = 24
/** Fewer matches than this and the search also looks for a spelling correction. */
const FEW_RESULTS = 3
const POPULAR_COUNT = 8
const SUGGESTED_PRODUCTS = 6
const SUGGESTED_CATEGORIES = 3

/** The price facet's ranges, in minor units. */
export const PRICE_BUCKETS: readonly PriceRange[] = [{ min: 0, max: 5000 }, { min: 5000, max: 10000 }, { min: 10000, max: 20000 }, { min: 20000 }]
const RATING_THRESHOLDS = [4, 3, 2, 1] as const

/**
 * A query's text search for every language the catalog is indexed in (see migration 012_search): the
 * English and German stems and the unstemmed words, so "Kopfhörern" finds a German "Kopfhörer" and a
 * brand is found as it is spelt. `$1` is the query as typed, `$2` an alternative ('' for none).
 */
const QUERY_TSQUERY = `(SELECT websearch_to_tsquery('english', $1) || websearch_to_tsquery('german', $1) || websearch_to_tsquery('simple', $1)
                            || websearch_to_tsquery('english', $2) || websearch_to_tsquery('german', $2) || websearch_to_tsquery('simple', $2) AS tsq,
                               websearch_to_tsquery('english', $1) || websearch_to_tsquery('german', $1) || websearch_to_tsquery('simple', $1) AS typed)`

const ORDER_BY: Record<SearchSort, string> = {
  // What was typed before what it was corrected to, then text rank, then the most reviewed.
  relevance: 'typed_match DESC, rank DESC, rating_count DESC, name, id',
  'price-asc': 'price_amount, name, id',
  'price-desc': 'price_amount DESC, name, id',
  rating: 'average DESC NULLS LAST, rating_count DESC, name, id',
}

const inRange = (range: PriceRange) => `price_amount >= ${range.min}${range.max === undefined ? '' : ` AND price_amount < ${range.max}`}`

interface SearchRow {
  total: number
  prices: number[]
  ratings: number[]
  in_stock: number
  categories: Array<{ value: string; label: string; count: number }>
  ids: string[]
}

/**
 * Searches the catalog: full-text matches ranked by weight (name, brand, description), narrowed by the
 * facets, sorted and paged, with each facet's counts computed in the same SQL statement. A facet's counts
 * apply every other facet's selection, so each count is what choosing that value would show. An empty `q`
 * searches the whole catalog. With few matches, misspelt words are corrected to the closest catalog word
 * (trigram similarity): the products of the correction are added after the typed query's, and offered as
 * `didYouMean`. No matches at all: `popular` holds the best sellers for the empty state.
 */
export async function searchCatalog(db: Queryable, params: SearchParams): Promise<SearchResultsData> {
  let row = await runSearch(db, params, '')
  let didYouMean: string | undefined
  if (params.q && row.total < FEW_RESULTS) {
    const correction = await correctSpelling(db, params.q)
    if (correction) {
      didYouMean = correction
      row = await runSearch(db, params, correction)
    }
  }
  const currency = await catalogCurrency(db)
  const selectedPrices = new Set(params.prices.map(priceRangeValue))
  const results: SearchResultsData = {
    query: params.q,
    total: row.total,
    products: await discoveryProducts(db, row.ids),
    page: params.page,
    pageSize: SEARCH_PAGE_SIZE,
    sort: params.sort,
    facets: {
      category: row.categories.map((category) => ({
        ...category,
        selected: params.categories.includes(category.value),
      })),
      price: PRICE_BUCKETS.map((range, index) => {
        const value = priceRangeValue(range)
        return {
          value,
          label: priceLabel(range, currency),
          count: row.prices[index] ?? 0,
          selected: selectedPrices.has(value),
        }
      }),
      rating: RATING_THRESHOLDS.map((stars, index) => ({
        value: String(stars),
        label: `${stars} stars & up`,
        count: row.ratings[index] ?? 0,
        selected: params.minRating === stars,
      })),
      inStock: [
        {
          value: 'true',
          label: 'In stock',
          count: row.in_stock,
          selected: params.inStock,
        },
      ],
    },
    ...(didYouMean ? { didYouMean } : {}),
  }
  if (row.total === 0) results.popular = await popularProducts(db, POPULAR_COUNT)
  return results
}

async function runSearch(db: Queryable, params: SearchParams, alternative: string): Promise<SearchRow> {
  const priceFilter = params.prices.length ? `(${params.prices.map((range) => `(${inRange(range)})`).join(' OR ')})` : 'true'
  const { rows } = await db.query<SearchRow>(
    `WITH q AS ${QUERY_TSQUERY},
     -- a query naming a category ("headphones") finds its products too, ranked after name matches
     named_category AS (
       SELECT c.id, (to_tsvector('english', c.name) || to_tsvector('german', c.name) || to_tsvector('simple', c.name)) @@ q.typed AS typed
         FROM categories c CROSS JOIN q
        WHERE $1 <> '' AND (to_tsvector('english', c.name) || to_tsvector('german', c.name) || to_tsvector('simple', c.name)) @@ q.tsq
     ),
     matched AS (
       SELECT p.id, p.name, p.category_id, p.price_amount, s.rating_average AS average, coalesce(s.rating_count, 0) AS rating_count,
              coalesce(s.stock, 0) AS stock,
              CASE WHEN $1 = '' THEN 0 ELSE ts_rank(p.search_vector, q.tsq) + CASE WHEN nc.id IS NULL THEN 0 ELSE 0.05 END END AS rank,
              ($1 = '' OR p.search_vector @@ q.typed OR coalesce(nc.typed, false)) AS typed_match,
              (cardinality($3::text[]) = 0 OR p.category_id = ANY($3::text[])) AS in_category,
              ${priceFilter} AS in_price
         FROM products p CROSS JOIN q
         LEFT JOIN search_product_stats s ON s.product_id = p.id
         LEFT JOIN named_category nc ON nc.id = p.category_id
        -- scalars (init plans), so the full-text and category indexes find the products instead of a test of each one
        WHERE (${params.q ? 'p.search_vector @@ (SELECT tsq FROM q) OR p.category_id = ANY (ARRAY(SELECT id FROM named_category))' : 'true'}) AND ${publishedProduct('p')}
     ),
     flagged AS (
       SELECT m.*, ($4::int IS NULL OR m.average >= $4) AS in_rating, (NOT $5 OR m.stock > 0) AS in_stock FROM matched m
     ),
     counts AS (
       SELECT count(*) FILTER (WHERE in_category AND in_price AND in_rating AND in_stock)::int AS total,
              ARRAY[${PRICE_BUCKETS.map((range) => `count(*) FILTER (WHERE in_category AND in_rating AND in_stock AND ${inRange(range)})::int`).join(
                ', ',
              )}] AS prices,
              ARRAY[${RATING_THRESHOLDS.map(
                (stars) => `count(*) FILTER (WHERE in_category AND in_price AND in_stock AND average >= ${stars})::int`,
              ).join(', ')}] AS ratings,
              count(*) FILTER (WHERE in_category AND in_price AND in_rating AND stock > 0)::int AS in_stock
         FROM flagged
     ),
     category_counts AS (
       SELECT coalesce(json_agg(json_build_object('value', c.id, 'label', c.name, 'count', coalesce(n.count, 0)) ORDER BY coalesce(n.count, 0) DESC, c.position, c.id), '[]') AS categories
         FROM categories c
         LEFT JOIN (SELECT category_id, count(*)::int AS count FROM flagged WHERE in_price AND in_rating AND in_stock GROUP BY category_id) n ON n.category_id = c.id
        WHERE n.count > 0 OR c.id = ANY($3::text[])
     ),
     page AS (
       SELECT coalesce(array_agg(id ORDER BY position), '{}') AS ids
         FROM (SELECT id, row_number() OVER (ORDER BY ${ORDER_BY[params.sort]}) AS position
                 FROM flagged WHERE in_category AND in_price AND in_rating AND in_stock
                ORDER BY ${ORDER_BY[params.sort]} LIMIT $6 OFFSET $7) ranked
     )
     SELECT * FROM counts, category_counts, page`,
    [params.q, alternative, params.categories, params.minRating ?? null, params.inStock, SEARCH_PAGE_SIZE, (params.page - 1) * SEARCH_PAGE_SIZE],
  )
  return rows[0]!
}

/** The words of a query as the catalog's words are stored (search_terms): lower case, letters and digits. */
const queryWords = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/**
 * The query with each word that finds nothing (neither a catalog word nor, stemmed, any product) replaced
 * by the closest catalog word (trigram similarity above pg_trgm's threshold, 0.3); undefined when nothing
 * was replaced.
 */
export async function correctSpelling(db: Queryable, q: string): Promise<string | undefined> {
  const words = queryWords(q)
  if (words.length === 0) return undefined
  const { rows } = await db.query<{ corrected: string }>(
    `WITH words AS (
       SELECT word, n, plainto_tsquery('english', word) || plainto_tsquery('german', word) || plainto_tsquery('simple', word) AS tsq
         FROM unnest($1::text[]) WITH ORDINALITY AS w(word, n)
     ),
     unknown AS (
       SELECT word FROM words
        WHERE length(word) >= 3
          AND NOT EXISTS (SELECT 1 FROM search_terms WHERE term = words.word)
          AND NOT EXISTS (SELECT 1 FROM products WHERE search_vector @@ words.tsq)
     )
     SELECT string_agg(coalesce(closest.term, words.word), ' ' ORDER BY words.n) AS corrected
       FROM words
       LEFT JOIN LATERAL (
         SELECT term FROM search_terms WHERE words.word IN (SELECT word FROM unknown) AND term % words.word
          ORDER BY similarity(term, words.word) DESC, term LIMIT 1
       ) closest ON true`,
    [words],
  )
  const corrected = rows[0]?.corrected
  return corrected && corrected !== words.join(' ') ? corrected : undefined
}

/**
 * What the search box suggests while a visitor types: up to 6 products and 3 categories. The last word
 * counts as a prefix ("headph" finds headphones); a misspelt query falls back to its correction.
 */
export async function suggestProducts(db: Queryable, q: string): Promise<SearchSuggestions> {
  const query = q.replace(/\s+/g, ' ').trim()
  let suggestions = await runSuggest(db, query, queryWords(query))
  if (suggestions.products.length === 0) {
    const correction = await correctSpelling(db, query)
    if (correction) suggestions = await runSuggest(db, query, queryWords(correction))
  }
  return suggestions
}

async function runSuggest(db: Queryable, query: string, words: string[]): Promise<SearchSuggestions> {
  if (words.length === 0) return { query, products: [], categories: [] }
  // Letters and digits only, so the words cannot carry tsquery operators; the last one is a prefix.
  const prefixQuery = words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ')
  const { rows } = await db.query<{
    ids: string[]
    categories: SearchSuggestions['categories']
  }>(
    `WITH q AS (SELECT to_tsquery('english', $1) || to_tsquery('german', $1) || to_tsquery('simple', $1) AS tsq),
     matched AS (
       SELECT p.id, p.category_id, ts_rank(p.search_vector, q.tsq) AS rank, p.name
         FROM products p CROSS JOIN q WHERE p.search_vector @@ q.tsq AND ${publishedProduct('p')}
     ),
     top_products AS (SELECT coalesce(array_agg(id ORDER BY rank DESC, name, id), '{}') AS ids FROM (SELECT id, rank, name FROM matched ORDER BY rank DESC, name, id LIMIT $2) best),
     top_categories AS (
       SELECT coalesce(json_agg(json_build_object('name', name, 'href', '/c/' || id) ORDER BY named DESC, count DESC, position), '[]') AS categories
         FROM (SELECT c.id, c.name, c.position, to_tsvector('simple', c.name) @@ q.tsq AS named, count(m.id) AS count
                 FROM categories c CROSS JOIN q LEFT JOIN matched m ON m.category_id = c.id
                GROUP BY c.id, c.name, c.position, q.tsq
               HAVING count(m.id) > 0 OR to_tsvector('simple', c.name) @@ q.tsq
                ORDER BY named DESC, count DESC, c.position LIMIT $3) best
     )
     SELECT * FROM top_products, top_categories`,
    [prefixQuery, SUGGESTED_PRODUCTS, SUGGESTED_CATEGORIES],
  )
  const { ids, categories } = rows[0]!
  return { query, products: await discoveryProducts(db, ids), categories }
}

/** The catalog's currency (one per shop) for the price facet's labels. */
async function catalogCurrency(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ currency: string }>('SELECT currency FROM products LIMIT 1')
  return rows[0]?.currency ?? 'EUR'
}

function priceLabel({ min, max }: PriceRange, currency: string): string {
  const format = (amount: number) =>
    new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount / 100)
  if (max === undefined) return `${format(min)} and up`
  return min === 0 ? `Under ${format(max)}` : `${format(min)} – ${format(max)}`
}
