import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'
import { noResults, northwindResults } from '../fixtures'
import { SearchResults } from './search-results'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Discovery/SearchResults',
  component: SearchResults,
  tags: ['autodocs', 'stage:awareness'],
  args: { results: northwindResults, onChange: fn(), headingLevel: 2 },
} satisfies Meta<typeof SearchResults>

export default meta
type Story = StoryObj<typeof meta>

/** Results with facets, sort and pages; the search and the viewed list are reported, a filter is switched. */
export const Awareness: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('heading', { name: t('discovery.searchResults.heading', { count: 5, query: 'northwind' }) })).toBeVisible()
    await expect(storyRecorder({ loaded }).last('products_searched')?.properties).toEqual({ query: 'northwind', resultsCount: 5 })
    await waitFor(() => expect(storyRecorder({ loaded }).last('product_list_viewed')?.properties.listId).toBe('search'), { timeout: 3000 })
    const categories = canvas.getByRole('list', { name: t('discovery.searchResults.category') })
    const speakers = within(categories).getByRole('link', { name: /Speakers/ })
    await expect(speakers).toHaveAttribute('href', '/search?q=northwind&category=speakers&inStock=true')
    await userEvent.click(speakers)
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ category: ['speakers'], inStock: true, page: 1 }))
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: t('discovery.searchResults.sort') }), 'price-desc')
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'price-desc' }))
  },
}

/** A misspelled query: the correction and popular products, the zero-result search reported. */
export const NoResults: Story = {
  args: { results: noResults },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('heading', { name: t('discovery.searchResults.empty', { query: 'nortwind auroa' }) })).toBeVisible()
    await expect(canvas.getByRole('link', { name: 'northwind aurora' })).toHaveAttribute('href', '/search?q=northwind+aurora')
    await expect(storyRecorder({ loaded }).last('products_searched')?.properties).toEqual({ query: 'nortwind auroa', resultsCount: 0 })
    await expect(canvas.getByRole('heading', { name: t('discovery.searchResults.popular') })).toBeVisible()
  },
}
