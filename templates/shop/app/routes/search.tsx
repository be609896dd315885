import { EmptyState } from '@journeykit/ui'
import { data, Form, Link, useLocation } from 'react-router'
import { SearchResultCard } from '../components/search-result-card'
import { catalogPageHeaders } from '../lib/cache.server'
import { getDatabase } from '../lib/db.server'
import {
  MAX_QUERY_LENGTH,
  parsePriceRange,
  parseSearchParams,
  priceRangeValue,
  SearchParamsError,
  searchHref,
  type SearchParams,
} from '../lib/search/params'
import { searchCatalog } from '../lib/search/search.server'
import type { DiscoveryProduct, SearchFacetValue, SearchResultsData } from '../lib/search/types'
import type { Route } from './+types/search'
import categoryStylesheet from './category.css?url'
import stylesheet from './search.css?url'

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: categoryStylesheet, precedence: 'page' },
  { rel: 'stylesheet', href: stylesheet, precedence: 'page' },
]

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

const SORT_LABELS: Record<SearchParams['sort'], string> = {
  relevance: 'Best match',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  rating: 'Top rated',
}

export default function SearchPage({ loaderData }: Route.ComponentProps) {
  const { results } = loaderData
  const params = parseSearchParams(new URLSearchParams(useLocation().search))
  const pages = Math.max(1, Math.ceil(results.total / results.pageSize))
  const heading = results.query ? `Results for “${results.query}”` : 'Search the shop'

  return (
    <div className="listing-page search-page">
      <header className="listing-header">
        <h1>{heading}</h1>
        <Form method="get" action="/search" role="search" className="search-form">
          <label htmlFor="search-q">Search products</label>
          <input id="search-q" type="search" name="q" defaultValue={results.query} maxLength={MAX_QUERY_LENGTH} />
          <button type="submit" className="listing-button">
            Search
          </button>
        </Form>
        {results.didYouMean && (
          <p className="search-did-you-mean">
            Did you mean <Link to={searchHref({ ...params, q: results.didYouMean, page: 1 })}>{results.didYouMean}</Link>?
          </p>
        )}
      </header>

      <div className="listing">
        <section className="listing-filters" aria-labelledby="search-filters-title">
          <h2 id="search-filters-title">Filters</h2>
          <FacetLinks
            params={params}
            title="Category"
            values={results.facets.category}
            toggle={(value) => ({
              categories: toggled(params.categories, value),
            })}
          />
          <FacetLinks params={params} title="Price" values={results.facets.price} toggle={(value) => ({ prices: toggledPrices(params, value) })} />
          <FacetLinks
            params={params}
            title="Rating"
            values={results.facets.rating}
            toggle={(value) => ({
              minRating: params.minRating === Number(value) ? undefined : Number(value),
            })}
          />
          <FacetLinks params={params} title="Availability" values={results.facets.inStock} toggle={() => ({ inStock: !params.inStock })} />
        </section>

        <section id="results" aria-labelledby="search-results-title">
          <div className="search-toolbar">
            <h2 id="search-results-title">
              {results.total} {results.total === 1 ? 'product' : 'products'}
            </h2>
            <nav aria-label="Sort" className="search-sort">
              {Object.entries(SORT_LABELS).map(([sort, label]) => (
                <Link
                  key={sort}
                  to={searchHref({
                    ...params,
                    sort: sort as SearchParams['sort'],
                    page: 1,
                  })}
                  aria-current={params.sort === sort ? 'true' : undefined}
                >
                  {label}
                </Link>
              ))}
            </nav>
          </div>
          {results.products.length > 0 ? (
            <ProductGrid products={results.products} />
          ) : (
            <EmptyState
              className="listing-empty"
              title={results.query ? `No products found for “${results.query}”` : 'No products match these filters'}
            >
              Check the spelling, use fewer words, or remove a filter.
            </EmptyState>
          )}
          {pages > 1 && (
            <nav aria-label="Pages" className="search-pages">
              {results.page > 1 && <Link to={searchHref({ ...params, page: results.page - 1 })}>Previous page</Link>}
              <span>
                Page {results.page} of {pages}
              </span>
              {results.page < pages && <Link to={searchHref({ ...params, page: results.page + 1 })}>Next page</Link>}
            </nav>
          )}
          {results.popular && results.popular.length > 0 && (
            <section aria-labelledby="search-popular-title" className="search-popular">
              <h2 id="search-popular-title">Popular right now</h2>
              <ProductGrid products={results.popular} listId="search-popular" />
            </section>
          )}
        </section>
      </div>
    </div>
  )
}

function ProductGrid({ products, listId = 'search' }: { products: DiscoveryProduct[]; listId?: string }) {
  return (
    <ul className="listing-grid" role="list">
      {products.map((product, index) => (
        <li key={product.id}>
          <SearchResultCard product={product} listId={listId} position={index + 1} />
        </li>
      ))}
    </ul>
  )
}

/** A facet as plain links: each adds or removes its value and goes back to the first page. */
interface FacetLinksProps {
  title: string
  values: SearchFacetValue[]
  params: SearchParams
  toggle: (value: string) => Partial<SearchParams>
}

function FacetLinks({ title, values, params, toggle }: FacetLinksProps) {
  if (values.length === 0) return null
  return (
    <nav aria-label={title} className="search-facet">
      <h3>{title}</h3>
      <ul role="list">
        {values.map((value) => (
          <li key={value.value}>
            {value.count === 0 && !value.selected ? (
              <span className="search-facet-empty">{value.label} (0)</span>
            ) : (
              <Link to={searchHref({ ...params, ...toggle(value.value), page: 1 })} aria-current={value.selected ? 'true' : undefined}>
                {value.selected && <span className="search-facet-check">✓ </span>}
                {value.label} ({value.count})
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

const toggled = (values: string[], value: string) => (values.includes(value) ? values.filter((item) => item !== value) : [...values, value])

function toggledPrices(params: SearchParams, value: string): SearchParams['prices'] {
  return toggled(params.prices.map(priceRangeValue), value).map(parsePriceRange)
}
