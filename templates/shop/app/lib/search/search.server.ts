import type { Queryable } from '../db.server'
import { publishedProduct } from '../published.server'
import { discoveryProducts, popularProducts } from './discovery-product.server'
import { priceRangeValue, type PriceRange, type SearchParams } from './params'
import type { SearchResultsData, SearchSort, SearchSuggestions } from './types'

export const SEARCH_PAGE_SIZE = 24
/** Fewer matches than this for what was typed and a misspelt word is corrected (see searchCatalog). */
const FEW_RESULTS = 3
const POPULAR_COUNT = 8
const SUGGESTED_PRODUCTS = 6
const SUGGESTED_CATEGORIES = 3

/** The price facet's ranges, in minor units; migration 019's search_price_bucket() numbers them 0–3. */
export const PRICE_BUCKETS: readonly PriceRange[] = [{ min: 0, max: 5000 }, { min: 5000, max: 10000 }, { min: 10000, max: 20000 }, { min: 20000 }]
const RATING_THRESHOLDS = [4, 3, 2, 1] as const

/** A query's text search for every language the catalog is indexed in (see migration 012_search), from the text at `param`. */
const tsqueryOf = (param: string) => `websearch_to_tsquery('english', ${param}) || websearch_to_tsquery('german', ${param}) || websearch_to_tsquery('simple', ${param})`

const ORDER_BY: Record<SearchSort, string> = {
  // What was typed before what it was corrected to, then text rank, then the most reviewed.
  relevance: 'typed_match DESC, rank DESC, rating_count DESC, name, id',
  'price-asc': 'price_amount, name, id',
  'price-desc': 'price_amount DESC, name, id',
  rating: 'average DESC NULLS LAST, rating_count DESC, name, id',
}

/** The index of a product's PRICE_BUCKETS range, as migration 019's search_price_bucket() (spelt out: a function call per row costs). */
const PRICE_BUCKET = `CASE ${PRICE_BUCKETS.flatMap((range, index) => (range.max === undefined ? [] : [`WHEN p.price_amount < ${range.max} THEN ${index}`])).join(' ')} ELSE ${PRICE_BUCKETS.length - 1} END`
const inRange = (range: PriceRange) => `price_amount >= ${range.min}${range.max === undefined ? '' : ` AND price_amount < ${range.max}`}`
const priceFilterOf = (prices: readonly PriceRange[]) => (prices.length ? `(${prices.map((range) => `(${inRange(range)})`).join(' OR ')})` : 'true')

/**
 * The facet counts and the page, from a `flagged` CTE of (category_id, weight, price_bucket, rating_floor, stocked,
 * in_category, in_price, in_rating, in_stock) rows: one row per product (weight 1) or per key of search_facet_counts
 * (weight its products). `page` is the ids CTE of the page. A facet's counts apply every other facet's selection.
 */
const FACETS_AND_PAGE = `counts AS (
       SELECT coalesce(sum(weight) FILTER (WHERE in_category AND in_price AND in_rating AND in_stock), 0)::int AS total,
              ARRAY[${PRICE_BUCKETS.map((_, index) => `coalesce(sum(weight) FILTER (WHERE in_category AND in_rating AND in_stock AND price_bucket = ${index}), 0)::int`).join(', ')}] AS prices,
              ARRAY[${RATING_THRESHOLDS.map((stars) => `coalesce(sum(weight) FILTER (WHERE in_category AND in_price AND in_stock AND rating_floor >= ${stars}), 0)::int`).join(', ')}] AS ratings,
              coalesce(sum(weight) FILTER (WHERE in_category AND in_price AND in_rating AND stocked), 0)::int AS in_stock
         FROM flagged
     ),
     category_counts AS (
       SELECT coalesce(json_agg(json_build_object('value', c.id, 'label', c.name, 'count', coalesce(n.count, 0)) ORDER BY coalesce(n.count, 0) DESC, c.position, c.id), '[]') AS categories
         FROM categories c
         LEFT JOIN (SELECT category_id, sum(weight)::int AS count FROM flagged WHERE in_price AND in_rating AND in_stock GROUP BY category_id) n ON n.category_id = c.id
        WHERE n.count > 0 OR c.id = ANY($1::text[])
     )
     SELECT counts.*, category_counts.*, page.*, (SELECT currency FROM products LIMIT 1) AS currency FROM counts, category_counts, page`

interface SearchRow {
  total: number
  prices: number[]
  ratings: number[]
  in_stock: number
  categories: Array<{ value: string; label: string; count: number }>
  ids: string[]
  currency: string | null
  did_you_mean?: string | null
}

/**
 * Searches the catalog: full-text matches ranked by weight (name, brand, description), narrowed by the
 * facets, sorted and paged, with each facet's counts computed in the same SQL statement. A facet's counts
 * apply every other facet's selection, so each count is what choosing that value would show. An empty `q`
 * lists the whole catalog, its counts read from search_facet_counts. When what was typed finds fewer than
 * three products, misspelt words are corrected to the closest catalog word (trigram similarity) in the same
 * statement: the products of the correction follow the typed query's, and it is offered as `didYouMean`.
 * No matches at all: `popular` holds the best sellers for the empty state.
 */
export async function searchCatalog(db: Queryable, params: SearchParams): Promise<SearchResultsData> {
  const buckets = params.prices.map((range) => PRICE_BUCKETS.findIndex((bucket) => bucket.min === range.min && bucket.max === range.max))
  const row = params.q ? await runSearch(db, params) : buckets.includes(-1) ? await runSearch(db, params) : await browseCatalog(db, params, buckets)
  const didYouMean = row.did_you_mean ?? undefined
  const currency = row.currency ?? 'EUR'
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

const pageParams = (params: SearchParams) => [SEARCH_PAGE_SIZE, (params.page - 1) * SEARCH_PAGE_SIZE]

/** The whole catalog (no query, price filters of the facet's buckets only): counts summed from search_facet_counts. */
async function browseCatalog(db: Queryable, params: SearchParams, buckets: number[]): Promise<SearchRow> {
  const order = params.sort === 'relevance' ? 'rating_count DESC, name, id' : ORDER_BY[params.sort]
  const { rows } = await db.query<SearchRow>(
    `WITH flagged AS (
       SELECT category_id, products AS weight, price_bucket, rating_floor, in_stock AS stocked,
              (cardinality($1::text[]) = 0 OR category_id = ANY($1::text[])) AS in_category,
              (cardinality($2::int[]) = 0 OR price_bucket = ANY($2::int[])) AS in_price,
              ($3::int IS NULL OR rating_floor >= $3) AS in_rating,
              (NOT $4 OR in_stock) AS in_stock
         FROM search_facet_counts WHERE products > 0
     ),
     page AS (
       SELECT coalesce(array_agg(id ORDER BY position), '{}') AS ids
         FROM (SELECT id, row_number() OVER (ORDER BY ${order}) AS position
                 FROM (SELECT p.id, p.name, p.price_amount, s.rating_average AS average, coalesce(s.rating_count, 0) AS rating_count
                         FROM products p LEFT JOIN search_product_stats s ON s.product_id = p.id
                        WHERE (cardinality($1::text[]) = 0 OR p.category_id = ANY($1::text[])) AND ${priceFilterOf(params.prices)}
                          AND ($3::int IS NULL OR s.rating_average >= $3) AND (NOT $4 OR s.stock > 0)) listed
                ORDER BY ${order} LIMIT $5 OFFSET $6) ranked
     ),
     ${FACETS_AND_PAGE}`,
    [params.categories, buckets, params.minRating ?? null, params.inStock, ...pageParams(params)],
  )
  return rows[0]!
}

async function runSearch(db: Queryable, params: SearchParams): Promise<SearchRow> {
  const relevance = params.sort === 'relevance'
  const { rows } = await db.query<SearchRow>(
    `WITH typed AS (SELECT ${tsqueryOf('$2')} AS typed),
     -- what a misspelt query is corrected to (migration 019), searched for too when what was typed finds (almost) nothing
     correction AS (SELECT typed, correct_search_words($5::text[], typed, ${FEW_RESULTS}) AS did_you_mean FROM typed),
     q AS (SELECT typed, CASE WHEN did_you_mean IS NULL THEN typed ELSE typed || ${tsqueryOf('did_you_mean')} END AS tsq, did_you_mean FROM correction),
     -- a query naming a category ("headphones") finds its products too, ranked after name matches
     named_category AS (
       SELECT c.id, (to_tsvector('english', c.name) || to_tsvector('german', c.name) || to_tsvector('simple', c.name)) @@ q.typed AS typed
         FROM categories c CROSS JOIN q
        WHERE $2 <> '' AND (to_tsvector('english', c.name) || to_tsvector('german', c.name) || to_tsvector('simple', c.name)) @@ q.tsq
     ),
     matched AS (
       SELECT p.id, p.name, p.category_id, p.price_amount, s.rating_average AS average, coalesce(s.rating_count, 0) AS rating_count,
              ${PRICE_BUCKET} AS price_bucket, coalesce(floor(s.rating_average), 0) AS rating_floor, coalesce(s.stock, 0) > 0 AS stocked,
              -- the text rank only orders by relevance: other sorts skip it
              ${relevance ? `CASE WHEN $2 = '' THEN 0 ELSE ts_rank(p.search_vector, q.tsq) + CASE WHEN nc.id IS NULL THEN 0 ELSE 0.05 END END` : '0'} AS rank,
              ${relevance ? `($2 = '' OR p.search_vector @@ q.typed OR coalesce(nc.typed, false))` : 'true'} AS typed_match,
              (cardinality($1::text[]) = 0 OR p.category_id = ANY($1::text[])) AS in_category,
              ${priceFilterOf(params.prices)} AS in_price
         FROM products p CROSS JOIN q
         LEFT JOIN search_product_stats s ON s.product_id = p.id
         LEFT JOIN named_category nc ON nc.id = p.category_id
        -- scalars (init plans), so the full-text and category indexes find the products instead of a test of each one
        WHERE (${params.q ? 'p.search_vector @@ (SELECT tsq FROM q) OR p.category_id = ANY (ARRAY(SELECT id FROM named_category))' : 'true'}) AND ${publishedProduct('p')}
     ),
     flagged AS (
       SELECT m.*, 1 AS weight, ($3::int IS NULL OR m.average >= $3) AS in_rating, (NOT $4 OR m.stocked) AS in_stock FROM matched m
     ),
     page AS (
       SELECT coalesce(array_agg(id ORDER BY position), '{}') AS ids
         FROM (SELECT id, row_number() OVER (ORDER BY ${ORDER_BY[params.sort]}) AS position
                 FROM flagged WHERE in_category AND in_price AND in_rating AND in_stock
                ORDER BY ${ORDER_BY[params.sort]} LIMIT $6 OFFSET $7) ranked
     ),
     ${FACETS_AND_PAGE.replace('AS currency FROM', 'AS currency, (SELECT did_you_mean FROM q) AS did_you_mean FROM')}`,
    [params.categories, params.q, params.minRating ?? null, params.inStock, queryWords(params.q), ...pageParams(params)],
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
  const { rows } = await db.query<{ corrected: string | null }>('SELECT correct_search_words($1::text[], NULL, 0) AS corrected', [words])
  return rows[0]?.corrected ?? undefined
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
