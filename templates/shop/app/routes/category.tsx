import { CompareTray } from '@journeykit/compare'
import { useTrack } from '@journeykit/react'
import { Button, EmptyState, useFormat } from '@journeykit/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { data, Link, useLocation, useNavigate } from 'react-router'
import { ProductCard, productItem } from '../components/product-card'
import {
  getCategory,
  getListingFacets,
  hasFilters,
  listProducts,
  parseListingQuery,
  type ProductQuery,
  type ProductSort,
} from '../lib/catalog.server'
import { catalogPageHeaders } from '../lib/cache.server'
import { catalogCache } from '../lib/catalog-cache.server'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { breadcrumbsJsonLd } from '../lib/seo/breadcrumbs'
import type { Route } from './+types/category'
import stylesheet from './category.css?url'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ params, request }: Route.LoaderArgs) {
  const db = await getDatabase()
  const catalog = await catalogCache(db)
  const category = params.category.length <= 64 ? await catalog.read(['category', params.category], () => getCategory(db, params.category), () => []) : undefined
  if (!category) throw data('Category not found', { status: 404 })
  const facets = await catalog.read(['facets', category.id], () => getListingFacets(db, category), () => [`category:${category.id}`])
  const query = parseListingQuery(new URL(request.url).searchParams, category, facets)
  const url = `${env.shopUrl}/c/${category.id}`
  const breadcrumbs = breadcrumbsJsonLd([
    { name: 'Home', url: `${env.shopUrl}/` },
    { name: category.name, url },
  ])
  const products = await catalog.read(['products', query], () => listProducts(db, query), () => [`category:${category.id}`])
  return data(
    {
      category: { id: category.id, name: category.name, description: category.description },
      facets,
      query,
      filtered: hasFilters(query),
      products,
      url,
      breadcrumbs,
    },
    { headers: catalogPageHeaders(request) },
  )
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export const meta: Route.MetaFunction = ({ data }) =>
  data
    ? [
        { title: `${data.category.name} — Northwind Outfitters` },
        { name: 'description', content: data.category.description },
        { tagName: 'link', rel: 'canonical', href: data.url },
        { 'script:ld+json': data.breadcrumbs },
      ]
    : [{ title: 'Category not found — Northwind Outfitters' }]

// Every sort the catalog knows, in menu order (the Record makes a new sort a compile error here).
const SORT_LABELS: Record<ProductSort, string> = {
  featured: 'Featured',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  rating: 'Top rated',
  newest: 'Newest',
}

const FORM_ID = 'listing-filters'
/** Where the filters sit beside the results; below it they open as a panel and apply with a button. */
const WIDE_LAYOUT = '(min-width: 56rem)'

export default function CategoryPage({ loaderData }: Route.ComponentProps) {
  const { category, facets, query, filtered, products } = loaderData
  const navigate = useNavigate()
  const location = useLocation()
  const track = useTrack({ block: 'CategoryPage' })
  const hydrated = useHydrated()
  const listId = category.id
  const formKey = useFormResetKey(location.search)

  useEffect(() => {
    track('product_list_viewed', {
      listId,
      listName: category.name,
      items: products.map((product, index) => productItem(product, index + 1, listId)),
    })
  }, [track, listId, category.name, products])

  // With JavaScript the filters apply as they change, and the URL keeps only what is set.
  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim() !== '' && !(name === 'sort' && value === 'featured')) params.append(name, value.trim())
    }
    const search = params.toString()
    formKey.applied(search ? `?${search}` : '')
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { preventScrollReset: true })
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    apply(event.currentTarget)
  }

  function changeFilter(event: FormEvent<HTMLFormElement>) {
    const target = event.target
    const isToggle = target instanceof HTMLInputElement && target.type === 'checkbox'
    if (isToggle && window.matchMedia(WIDE_LAYOUT).matches) apply(event.currentTarget)
  }

  const activeCount = countFilters(query)
  const resultLabel = `${products.length} ${products.length === 1 ? 'product' : 'products'}`

  return (
    <div className="listing-page">
      <nav aria-label="Breadcrumb" className="listing-breadcrumb">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <span aria-current="page">{category.name}</span>
          </li>
        </ol>
      </nav>
      <header className="listing-header">
        <h1>{category.name}</h1>
        <p>{category.description}</p>
      </header>

      <div className="listing">
        <section id="filters" className="listing-filters" aria-labelledby="filters-title">
          <div className="listing-filters-head">
            <h2 id="filters-title">Filters</h2>
            <a href="#results" className="listing-filters-close">
              Show {resultLabel}
            </a>
          </div>
          <form id={FORM_ID} key={formKey.key} method="get" onSubmit={submit} onChange={changeFilter}>
            {facets.brands.length > 1 && (
              <fieldset>
                <legend>Brand</legend>
                {facets.brands.map((brand) => (
                  <label key={brand} className="check">
                    <input type="checkbox" name="brand" value={brand} defaultChecked={query.brands?.includes(brand)} />
                    {brand}
                  </label>
                ))}
              </fieldset>
            )}
            <fieldset>
              <legend>Price (€)</legend>
              <div className="price-range">
                <label>
                  <span>From</span>
                  <input
                    type="number"
                    name="min"
                    min={0}
                    step={1}
                    inputMode="numeric"
                    placeholder={String(Math.floor(facets.priceRange.min / 100))}
                    defaultValue={query.priceMin !== undefined ? query.priceMin / 100 : ''}
                  />
                </label>
                <label>
                  <span>To</span>
                  <input
                    type="number"
                    name="max"
                    min={0}
                    step={1}
                    inputMode="numeric"
                    placeholder={String(Math.ceil(facets.priceRange.max / 100))}
                    defaultValue={query.priceMax !== undefined ? query.priceMax / 100 : ''}
                  />
                </label>
              </div>
            </fieldset>
            <fieldset>
              <legend>Availability</legend>
              <label className="check">
                <input type="checkbox" name="stock" value="1" defaultChecked={query.inStock} />
                In stock only
              </label>
            </fieldset>
            {facets.attributes.some((facet) => facet.kind === 'feature') && (
              <fieldset>
                <legend>Features</legend>
                {facets.attributes
                  .filter((facet) => facet.kind === 'feature')
                  .map((facet) => (
                    <label key={facet.attributeId} className="check">
                      <input
                        type="checkbox"
                        name={`f.${facet.attributeId}`}
                        value="1"
                        defaultChecked={query.attributes?.[facet.attributeId] !== undefined}
                      />
                      {facet.label}
                    </label>
                  ))}
              </fieldset>
            )}
            {facets.attributes
              .filter((facet) => facet.kind === 'options')
              .map((facet) => (
                <fieldset key={facet.attributeId}>
                  <legend>{facet.label}</legend>
                  {facet.options.map((option) => (
                    <label key={option} className="check">
                      <input
                        type="checkbox"
                        name={`f.${facet.attributeId}`}
                        value={option}
                        defaultChecked={query.attributes?.[facet.attributeId]?.includes(option)}
                      />
                      {option}
                    </label>
                  ))}
                </fieldset>
              ))}
            <div className="listing-filters-actions">
              <Button type="submit">Apply filters</Button>
              {filtered && (
                <Link to={clearFiltersHref(location.pathname, query.sort)} className="listing-text-link">
                  Clear all
                </Link>
              )}
            </div>
          </form>
        </section>

        <section id="results" className="listing-results" aria-labelledby="results-title">
          <div className="listing-toolbar">
            <h2 id="results-title" className="listing-count">
              {resultLabel}
            </h2>
            <a href="#filters" className="listing-filters-open">
              Filters{activeCount > 0 && ` (${activeCount})`}
            </a>
            <div className="listing-sort">
              <label htmlFor="sort">Sort by</label>
              <select
                id="sort"
                name="sort"
                form={FORM_ID}
                defaultValue={query.sort ?? 'featured'}
                key={formKey.key}
                onChange={(event) => event.currentTarget.form && apply(event.currentTarget.form)}
              >
                {(Object.keys(SORT_LABELS) as ProductSort[]).map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
              {/* Without JavaScript, a sort applies with this button. */}
              {!hydrated && (
                <Button type="submit" form={FORM_ID} variant="secondary" size="sm">
                  Sort
                </Button>
              )}
            </div>
          </div>

          <ActiveFilters query={query} search={location.search} facets={facets} />

          {products.length > 0 ? (
            <ul className="listing-grid" role="list">
              {products.map((product, index) => (
                <li key={product.id}>
                  <ProductCard product={product} listId={listId} position={index + 1} compare headingLevel={3} priority={index < 2} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState
              className="listing-empty"
              title="No products match these filters"
              action={
                <Link to={clearFiltersHref(location.pathname, query.sort)} className="listing-button">
                  Clear filters
                </Link>
              }
            >
              Try a wider price range or fewer features — or clear the filters to see all {category.name.toLowerCase()}.
            </EmptyState>
          )}
        </section>
      </div>

      <CompareTray
        className="listing-compare-tray"
        listId={listId}
        onCompare={(ids) => void navigate(`/compare?ids=${ids.map(encodeURIComponent).join(',')}`)}
      />
    </div>
  )
}

/** The applied filters as removable chips, each a link to the listing without it. */
function ActiveFilters({ query, search, facets }: { query: ProductQuery; search: string; facets: Route.ComponentProps['loaderData']['facets'] }) {
  const format = useFormat()
  const euros = (amount: number) => format.money({ amount, currency: 'EUR' })
  const chips: Array<{ label: string; name: string; value?: string }> = [
    ...(query.brands ?? []).map((brand) => ({ label: brand, name: 'brand', value: brand })),
    ...(query.priceMin !== undefined ? [{ label: `From ${euros(query.priceMin)}`, name: 'min' }] : []),
    ...(query.priceMax !== undefined ? [{ label: `Up to ${euros(query.priceMax)}`, name: 'max' }] : []),
    ...(query.inStock ? [{ label: 'In stock', name: 'stock' }] : []),
    ...facets.attributes.flatMap((facet) =>
      (query.attributes?.[facet.attributeId] ?? []).map((value) =>
        facet.kind === 'feature'
          ? { label: facet.label, name: `f.${facet.attributeId}` }
          : { label: `${facet.label}: ${String(value)}`, name: `f.${facet.attributeId}`, value: String(value) },
      ),
    ),
  ]
  if (chips.length === 0) return null
  return (
    <ul className="filter-chips" role="list" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={`${chip.name}=${chip.value ?? ''}`}>
          <Link to={{ search: withoutParam(search, chip.name, chip.value) }} preventScrollReset>
            {chip.label}
            <span aria-hidden="true"> ×</span>
            <span className="visually-hidden"> (remove filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** The query string without one parameter (or one of its values). */
function withoutParam(search: string, name: string, value?: string): string {
  const params = new URLSearchParams(search)
  const kept = value === undefined ? [] : params.getAll(name).filter((candidate) => candidate !== value)
  params.delete(name)
  for (const candidate of kept) params.append(name, candidate)
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}

function clearFiltersHref(pathname: string, sort: ProductSort | undefined): string {
  return sort && sort !== 'featured' ? `${pathname}?sort=${sort}` : pathname
}

function countFilters(query: ProductQuery): number {
  return (
    (query.brands?.length ?? 0) +
    (query.priceMin !== undefined ? 1 : 0) +
    (query.priceMax !== undefined ? 1 : 0) +
    (query.inStock ? 1 : 0) +
    Object.values(query.attributes ?? {}).reduce((sum, values) => sum + values.length, 0)
  )
}

/**
 * The filter controls are uncontrolled (they work without JavaScript). When the URL changes by
 * anything but the form itself — a chip removed, back/forward — a new key re-renders them from it;
 * changes the form made keep their element, and with it the keyboard focus.
 */
function useFormResetKey(search: string): { key: number; applied: (search: string) => void } {
  const [key, setKey] = useState(0)
  const expected = useRef(search)
  useEffect(() => {
    if (search !== expected.current) setKey((previous) => previous + 1)
    expected.current = search
  }, [search])
  return { key, applied: (next) => void (expected.current = next) }
}

/** False on the server and during hydration: for controls only needed without JavaScript. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
