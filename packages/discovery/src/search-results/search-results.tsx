'use client'
import { useTrack } from '@journeykit/react'
import { EmptyState, VisuallyHidden, useMessages, useNumberFormat } from '@journeykit/ui'
import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef, type MouseEvent } from 'react'
import { navigateTo } from '../shared/navigate'
import { ProductGrid } from '../shared/product-grid'
import type { SearchResultsData, SearchSort } from '../types'
import { searchResultsMessages } from './messages'
import { SEARCH_SORTS, searchParamsOf, toUrlSearchParams, toggleFacet, type SearchFacet, type SearchParams } from './search-params'

export interface SearchResultsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onChange' | 'results'> {
  results: SearchResultsData
  /** The URL of a results page; every filter, sort and page is a plain link to it. Defaults to `/search?…`. */
  hrefFor?: (params: SearchParams) => string
  /** When given, following a filter or page link, or changing the sort, calls it instead of loading the page (client-side routing). */
  onChange?: (params: SearchParams) => void
  /** Loads the page of a changed sort when there is no `onChange`. Defaults to a full page load. */
  onNavigate?: (href: string) => void
  /** The level of the result count heading. Defaults to 1 (the results page's main heading). */
  headingLevel?: 1 | 2
}

const SEARCH_LIST = 'search'
const POPULAR_LIST = 'search-popular'
const FACETS: readonly SearchFacet[] = ['category', 'price', 'rating', 'inStock']

const defaultHref = (params: SearchParams) => `/search?${toUrlSearchParams(params)}`
const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * A page of search results: the count, facets (category, price, rating, in stock) as links that
 * switch one filter each, a sort select, pages, and for no results a spelling suggestion and
 * popular products. Every state is a shareable URL and works as a plain link (and a GET form for
 * the sort) without JavaScript.
 *
 * Events: `products_searched` { query, resultsCount: total } once per new query (zero-result
 * searches included); `product_list_viewed` and `product_clicked` with `listId: 'search'`, positions
 * counting from the first page (the popular products of the empty state use 'search-popular').
 */
export const SearchResults = forwardRef<HTMLElement, SearchResultsProps>(function SearchResults(
  { results, hrefFor = defaultHref, onChange, onNavigate = navigateTo, headingLevel = 1, ...props },
  ref,
) {
  const t = useMessages(searchResultsMessages)
  const format = useNumberFormat()
  const track = useTrack({ block: 'SearchResults', blockId: props.id })
  const headingId = useId()
  const sortId = useId()
  const params = searchParamsOf(results)
  const pages = Math.max(1, Math.ceil(results.total / results.pageSize))
  const filtered = FACETS.some((facet) => results.facets[facet].some((value) => value.selected))
  const Heading = `h${headingLevel}` as const
  const SubHeading = `h${headingLevel + 1}` as 'h2' | 'h3'

  const searched = useRef<string>(undefined)
  useEffect(() => {
    if (searched.current === results.query) return
    searched.current = results.query
    track('products_searched', { query: results.query, resultsCount: results.total })
  }, [results.query, results.total, track])

  // The sort form's Apply button is for visitors without JavaScript; with it, the select applies at once.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])

  function linkProps(next: SearchParams) {
    return {
      href: hrefFor(next),
      onClick: (event: MouseEvent) => {
        if (!onChange || !isPlainClick(event)) return
        event.preventDefault()
        onChange(next)
      },
    }
  }

  function changeSort(sort: SearchSort) {
    const next = { ...params, sort, page: 1 }
    if (onChange) onChange(next)
    else onNavigate(hrefFor(next))
  }

  const sortForm = new URL(hrefFor({ ...params, page: 1 }), 'http://localhost')
  const clearFilters = { ...params, category: [], price: [], rating: undefined, inStock: false, page: 1 }

  return (
    <section aria-labelledby={headingId} {...props} ref={ref} data-jk-search-results="" data-stage="awareness" data-state={results.total ? 'results' : 'empty'}>
      <Heading id={headingId} data-part="heading">
        {results.total ? t('discovery.searchResults.heading', { count: results.total, query: results.query }) : t('discovery.searchResults.empty', { query: results.query })}
      </Heading>

      {results.total === 0 && (
        <div data-part="empty">
          <EmptyState title={t('discovery.searchResults.emptyHint')}>
            {results.didYouMean && (
              <p data-part="did-you-mean">
                {t('discovery.searchResults.didYouMean')} <a {...linkProps({ ...clearFilters, q: results.didYouMean })}>{results.didYouMean}</a>
              </p>
            )}
          </EmptyState>
          {filtered && (
            <a data-part="clear-filters" {...linkProps(clearFilters)}>
              {t('discovery.searchResults.clearFilters')}
            </a>
          )}
          {results.popular && results.popular.length > 0 && (
            <>
              <SubHeading data-part="subheading">{t('discovery.searchResults.popular')}</SubHeading>
              <ProductGrid products={results.popular} listId={POPULAR_LIST} block="SearchResults" blockId={props.id} />
            </>
          )}
        </div>
      )}

      {results.total > 0 && (
        <div data-part="layout">
          <nav aria-label={t('discovery.searchResults.filters')} data-part="facets">
            {FACETS.map((facet) => {
              const values = results.facets[facet]
              if (!values.length) return null
              const groupId = `${headingId}-${facet}`
              return (
                <div key={facet} data-part="facet" data-facet={facet}>
                  <SubHeading id={groupId} data-part="facet-heading">
                    {t(`discovery.searchResults.${facet}`)}
                  </SubHeading>
                  <ul aria-labelledby={groupId}>
                    {values.map((value) => (
                      <li key={value.value}>
                        <a data-part="facet-value" data-selected={value.selected || undefined} {...linkProps(toggleFacet(params, facet, value.value))}>
                          <span data-part="check" aria-hidden="true" />
                          <span data-part="facet-label">{value.label}</span>{' '}
                          <span data-part="count">{format.number(value.count)}</span>
                          {value.selected && <> <VisuallyHidden>{t('discovery.searchResults.selected')}</VisuallyHidden></>}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )
            })}
            {filtered && (
              <a data-part="clear-filters" {...linkProps(clearFilters)}>
                {t('discovery.searchResults.clearFilters')}
              </a>
            )}
          </nav>

          <div data-part="main">
            <form method="get" action={sortForm.pathname} data-part="sort">
              {[...sortForm.searchParams].filter(([name]) => name !== 'sort').map(([name, value], index) => (
                <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
              ))}
              <label htmlFor={sortId}>{t('discovery.searchResults.sort')}</label>
              <select id={sortId} name="sort" value={results.sort} onChange={(event) => changeSort(event.target.value as SearchSort)}>
                {SEARCH_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`discovery.searchResults.sort.${sort}`)}
                  </option>
                ))}
              </select>
              {!hydrated && <button type="submit">{t('discovery.searchResults.applySort')}</button>}
            </form>

            <ProductGrid
              // A new page or filter is a new list, viewed anew.
              key={hrefFor(params)}
              products={results.products}
              listId={SEARCH_LIST}
              block="SearchResults"
              blockId={props.id}
              positionOffset={(results.page - 1) * results.pageSize}
            />

            {pages > 1 && (
              <nav aria-label={t('discovery.searchResults.pagination')} data-part="pagination">
                {results.page > 1 && (
                  <a rel="prev" data-part="previous" {...linkProps({ ...params, page: results.page - 1 })}>
                    {t('discovery.searchResults.previous')}
                  </a>
                )}
                <span data-part="page">{t('discovery.searchResults.page', { page: results.page, pages })}</span>
                {results.page < pages && (
                  <a rel="next" data-part="next" {...linkProps({ ...params, page: results.page + 1 })}>
                    {t('discovery.searchResults.next')}
                  </a>
                )}
              </nav>
            )}
          </div>
        </div>
      )}
    </section>
  )
})
