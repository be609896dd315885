import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { fixtureSuggestions } from '../fixtures'
import { RECENT_SEARCHES_KEY } from '../shared/recent-searches'
import { SearchBox } from './search-box'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Discovery/SearchBox',
  component: SearchBox,
  tags: ['autodocs', 'stage:awareness'],
  args: { loadSuggestions: fixtureSuggestions, onNavigate: fn(), onSubmit: fn(), debounceMs: 150 },
  parameters: { layout: 'padded' },
  beforeEach: () => localStorage.removeItem(RECENT_SEARCHES_KEY),
} satisfies Meta<typeof SearchBox>

export default meta
type Story = StoryObj<typeof meta>

/** Type, choose a product suggestion with the keyboard, open it. */
export const Awareness: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.type(canvas.getByRole('combobox', { name: t('discovery.searchBox.label') }), 'aurora')
    const listbox = await canvas.findByRole('listbox', { name: t('discovery.searchBox.suggestions') })
    await expect(listbox).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).last('products_searched')?.properties).toEqual({ query: 'aurora', resultsCount: 2 }))
    await userEvent.keyboard('{ArrowDown}{Enter}')
    await expect(args.onNavigate).toHaveBeenCalledWith('/p/aurora-5')
    await expect(storyRecorder({ loaded }).last('product_clicked')?.properties).toMatchObject({ item: { id: 'hp-aurora-5', position: 1 }, listId: 'search' })
  },
}

/** A query nothing matches: the empty state, announced, and still searchable with Enter. */
export const NoSuggestions: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.type(canvas.getByRole('combobox', { name: t('discovery.searchBox.label') }), 'zeppelin')
    await expect(await canvas.findByText(t('discovery.searchBox.empty', { query: 'zeppelin' }), { selector: 'p' })).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).last('products_searched')?.properties).toEqual({ query: 'zeppelin', resultsCount: 0 }))
    await userEvent.keyboard('{Enter}')
    await expect(args.onSubmit).toHaveBeenCalledWith('zeppelin')
  },
}

/** The suggestion service fails: the visitor is told and can still search. */
export const SuggestionsFailed: Story = {
  args: { loadSuggestions: () => Promise.reject(new Error('503')) },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.type(canvas.getByRole('combobox', { name: t('discovery.searchBox.label') }), 'aurora')
    await expect(await canvas.findByText(t('discovery.searchBox.error'), { selector: 'p' })).toBeVisible()
    await expect(storyRecorder({ loaded }).names()).not.toContain('products_searched')
    // Escape closes the message, keeping the query.
    await userEvent.keyboard('{Escape}')
    await expect(canvas.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false')
    await expect(canvas.getByRole('combobox')).toHaveValue('aurora')
  },
}

/** With analytics consent, the last searches are offered when the box is focused while empty. */
export const RecentSearches: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    const input = canvas.getByRole('combobox', { name: t('discovery.searchBox.label') })
    await userEvent.type(input, 'kestrel{Enter}')
    await userEvent.clear(input)
    await userEvent.click(input)
    const recent = await canvas.findByRole('group', { name: t('discovery.searchBox.recent') })
    await expect(recent).toHaveTextContent('kestrel')
    await userEvent.keyboard('{ArrowDown}{Enter}')
    await expect(args.onSubmit).toHaveBeenLastCalledWith('kestrel')
  },
}
