import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { noResults, northwindResults } from '../fixtures'
import { allTranslations } from '../locales/all'
import type { SearchResultsData } from '../types'
import { SearchResults } from './search-results'

const AXE_TIMEOUT = 20_000
const page2: SearchResultsData = { ...northwindResults, page: 2, products: northwindResults.products.slice(0, 1) }
const facetLink = (group: string, name: RegExp) => within(screen.getByRole('list', { name: group })).getByRole('link', { name })

describe('SearchResults', () => {
  it('shows the count, the products and facets as shareable links', async () => {
    const { container } = renderWithJourney(<SearchResults results={northwindResults} />)
    expect(screen.getByRole('heading', { level: 1, name: '5 results for “northwind”' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Northwind Aurora 5' })).toHaveAttribute('href', '/p/aurora-5')
    const filters = screen.getByRole('navigation', { name: 'Filters' })
    expect(within(filters).getByRole('heading', { level: 2, name: 'Category' })).toBeInTheDocument()
    // in stock is on: every link keeps it, and following it again turns it off
    expect(facetLink('Category', /Headphones/)).toHaveAttribute('href', '/search?q=northwind&category=headphones&inStock=true')
    expect(facetLink('Price', /€200 and more/)).toHaveAttribute('href', '/search?q=northwind&price=20000-&inStock=true')
    expect(facetLink('Rating', /4 stars and up/)).toHaveAttribute('href', '/search?q=northwind&rating=4&inStock=true')
    const inStock = facetLink('Availability', /In stock/)
    expect(inStock).toHaveAccessibleName('In stock 5 (selected)')
    expect(inStock).toHaveAttribute('href', '/search?q=northwind')
    expect(within(filters).getByRole('link', { name: 'Clear all filters' })).toHaveAttribute('href', '/search?q=northwind')
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('pages with shareable links, counting positions from the first page', async () => {
    const user = userEvent.setup()
    const { recorder, rerender } = renderWithJourney(<SearchResults results={northwindResults} hrefFor={(params) => `/suche?page=${params.page}`} />)
    const pages = screen.getByRole('navigation', { name: 'Pages' })
    expect(pages).toHaveTextContent('Page 1 of 3')
    expect(within(pages).queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument()
    expect(within(pages).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/suche?page=2')
    rerender(<SearchResults results={page2} />)
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/search?q=northwind&inStock=true')
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/search?q=northwind&inStock=true&page=3')
    // jsdom has no IntersectionObserver: each new page's list counts as viewed on mount
    expect(recorder.all('product_list_viewed').map((event) => event.properties.items.map((item) => item.position))).toEqual([[1, 2], [3]])
    const link = screen.getByRole('link', { name: 'Northwind Aurora 5' })
    link.addEventListener('click', (event) => event.preventDefault())
    await user.click(link)
    expect(recorder.last('product_clicked')?.properties).toMatchObject({ item: { id: 'hp-aurora-5', position: 3, listId: 'search' }, listId: 'search' })
  })

  it('reports products_searched once per new query, not per page or filter', () => {
    const { recorder, rerender } = renderWithJourney(<SearchResults results={northwindResults} />)
    rerender(<SearchResults results={page2} />)
    expect(recorder.all('products_searched').map((event) => event.properties)).toEqual([{ query: 'northwind', resultsCount: 5 }])
    rerender(<SearchResults results={noResults} />)
    expect(recorder.last('products_searched')?.properties).toEqual({ query: 'nortwind auroa', resultsCount: 0 })
    expect(recorder.last('products_searched')?.source).toEqual({ block: 'SearchResults' })
  })

  it('hands filter, page and sort changes to onChange instead of loading a page', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const onNavigate = vi.fn()
    renderWithJourney(<SearchResults results={northwindResults} onChange={onChange} onNavigate={onNavigate} />)
    await user.click(facetLink('Category', /Speakers/))
    expect(onChange).toHaveBeenLastCalledWith({ q: 'northwind', category: ['speakers'], price: [], rating: undefined, inStock: true, sort: 'relevance', page: 1 })
    await user.click(screen.getByRole('link', { name: 'Next page' }))
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ page: 2 }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Price: low to high')
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'price-asc', page: 1 }))
    expect(onNavigate).not.toHaveBeenCalled()
  })

  it('loads the sorted page without onChange, and sorts with a plain GET form before hydration', async () => {
    const user = userEvent.setup()
    const onNavigate = vi.fn()
    renderWithJourney(<SearchResults results={page2} onNavigate={onNavigate} />)
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Customer rating')
    expect(onNavigate).toHaveBeenCalledWith('/search?q=northwind&inStock=true&sort=rating')

    const html = renderToString(<SearchResults results={page2} />)
    const server = document.createElement('div')
    server.innerHTML = html
    const form = server.querySelector('form')!
    expect(form).toHaveAttribute('action', '/search')
    expect(form).toHaveAttribute('method', 'get')
    expect([...new FormData(form)]).toEqual([['q', 'northwind'], ['inStock', 'true'], ['sort', 'relevance']])
    expect(within(form).getByRole('button', { name: 'Apply' })).toHaveAttribute('type', 'submit')
  })

  it('suggests a correction and popular products when nothing matches', async () => {
    const { container, recorder } = renderWithJourney(<SearchResults results={{ ...noResults, facets: { ...noResults.facets, inStock: [{ value: 'true', label: 'In stock', count: 0, selected: true }] } }} />)
    expect(screen.getByRole('heading', { level: 1, name: 'No results for “nortwind auroa”' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'northwind aurora' })).toHaveAttribute('href', '/search?q=northwind+aurora')
    expect(screen.getByRole('link', { name: 'Clear all filters' })).toHaveAttribute('href', '/search?q=nortwind+auroa')
    expect(screen.getByRole('heading', { level: 2, name: 'Popular products' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Kestrel Studio Pro' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Filters' })).not.toBeInTheDocument()
    expect(recorder.last('product_list_viewed')?.properties.listId).toBe('search-popular')
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('speaks German with the German catalog', () => {
    const German = ({ children }: { children: ReactNode }) => (
      <LocaleProvider locale="de" translations={allTranslations}>
        {children}
      </LocaleProvider>
    )
    renderWithJourney(<SearchResults results={northwindResults} />, { wrapper: German })
    expect(screen.getByRole('heading', { level: 1, name: '5 Ergebnisse für „northwind“' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toBeInTheDocument()
  })
})
