import { createRecorder, renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { auroraSuggestions, fixtureSuggestions, products } from '../fixtures'
import { allTranslations } from '../locales/all'
import { RECENT_SEARCHES_KEY } from '../shared/recent-searches'
import type { SearchSuggestions } from '../types'
import { SearchBox, type SearchBoxProps } from './search-box'

const AXE_TIMEOUT = 20_000
const combobox = () => screen.getByRole('combobox', { name: 'Search products' })
const announcer = (container: HTMLElement) => container.querySelector('[data-part="announcer"]')!

function renderBox(props: Partial<SearchBoxProps> = {}, options: Parameters<typeof renderWithJourney>[1] = {}) {
  const onNavigate = vi.fn()
  const result = renderWithJourney(<SearchBox loadSuggestions={fixtureSuggestions} debounceMs={0} onNavigate={onNavigate} {...props} />, options)
  return { ...result, onNavigate }
}

/** A loader whose answers the test releases one by one. */
function controlledLoader() {
  const calls: { query: string; signal: AbortSignal; resolve: (value: SearchSuggestions) => void; reject: (error: Error) => void }[] = []
  const load = vi.fn(
    (query: string, signal: AbortSignal) =>
      new Promise<SearchSuggestions>((resolve, reject) => {
        calls.push({ query, signal, resolve, reject })
      }),
  )
  return { load, calls }
}

describe('SearchBox', () => {
  it('suggests products and categories as a combobox, announces the count and reports the settled search once', async () => {
    const user = userEvent.setup()
    const { container, recorder } = renderBox()
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    await user.type(combobox(), 'aurora')
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' })
    expect(combobox()).toHaveAttribute('aria-expanded', 'true')
    expect(combobox()).toHaveAttribute('aria-controls', listbox.id)
    expect(within(listbox).getByRole('group', { name: 'Products' })).toBeInTheDocument()
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Northwind Aurora 5€349.00',
      'Northwind Aurora 3€249.00Out of stock',
      'Headphones',
    ])
    await waitFor(() => expect(announcer(container)).toHaveTextContent('3 suggestions available. Use the up and down arrows to choose.'))
    expect(announcer(container)).toHaveAttribute('aria-live', 'polite')
    await waitFor(() => expect(recorder.all('products_searched').at(-1)?.properties).toEqual({ query: 'aurora', resultsCount: 2 }))
    // debounce 0 still waits for the typing to pause: one settled search per distinct query, not one per keystroke
    expect(recorder.all('products_searched').filter((event) => event.properties.query === 'aurora')).toHaveLength(1)
    expect(recorder.last('products_searched')?.source).toEqual({ block: 'SearchBox' })
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('moves through the options with the arrow keys (wrapping) and picks the active one with Enter', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const { recorder, onNavigate } = renderBox({ onSubmit })
    await user.type(combobox(), 'aurora')
    const options = await screen.findAllByRole('option')
    await user.keyboard('{ArrowDown}')
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[0]!.id)
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowUp}')
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[2]!.id)
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[1]!.id)
    expect(options[0]).toHaveAttribute('aria-selected', 'false')
    await user.keyboard('{Enter}')
    expect(onNavigate).toHaveBeenCalledWith('/p/aurora-3')
    expect(onSubmit).not.toHaveBeenCalled()
    expect(recorder.last('product_clicked')?.properties).toEqual({
      item: { id: 'hp-aurora-3', name: 'Northwind Aurora 3', price: { amount: 24900, currency: 'EUR' }, brand: 'Northwind', category: 'Headphones', position: 2, listId: 'search' },
      listId: 'search',
    })
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    expect(combobox()).not.toHaveAttribute('aria-activedescendant')
  })

  it('opens a category with the mouse, without a product_clicked', async () => {
    const user = userEvent.setup()
    const { recorder, onNavigate } = renderBox()
    await user.type(combobox(), 'aurora')
    await user.click(await screen.findByRole('option', { name: 'Headphones' }))
    expect(onNavigate).toHaveBeenCalledWith('/c/headphones')
    expect(recorder.names()).not.toContain('product_clicked')
  })

  it('submits the query with Enter when no option is active: to onSubmit, or as a plain GET to the results page', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const { unmount } = renderBox({ onSubmit })
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(onSubmit).not.toHaveBeenCalled()
    await user.type(combobox(), '  aurora {Enter}')
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('aurora')
    unmount()

    renderBox({ action: '/suche' })
    const form = screen.getByRole('search')
    expect(form).toHaveAttribute('action', '/suche')
    expect(form).toHaveAttribute('method', 'get')
    expect(combobox()).toHaveAttribute('name', 'q')
  })

  it('closes the suggestions with Escape, then clears the query', async () => {
    const user = userEvent.setup()
    renderBox()
    await user.type(combobox(), 'aurora')
    await screen.findByRole('listbox')
    await user.keyboard('{ArrowDown}{Escape}')
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    expect(combobox()).toHaveValue('aurora')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(combobox()).toHaveValue('')
    await user.keyboard('{ArrowDown}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
  })

  it('waits for the typing to pause, aborts a stale request and ignores its late answer', async () => {
    const user = userEvent.setup()
    const { load, calls } = controlledLoader()
    const { recorder } = renderBox({ loadSuggestions: load, debounceMs: 300 })
    await user.type(combobox(), 'aur')
    expect(load).not.toHaveBeenCalled()
    expect(screen.getByText('Loading suggestions…', { selector: '[data-part="popup"] p' })).toBeVisible()
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1))
    expect(calls[0]!.query).toBe('aur')
    await user.type(combobox(), 'ora')
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    expect(calls[0]!.signal.aborted).toBe(true)
    expect(calls[1]!.query).toBe('aurora')
    await act(async () => calls[1]!.resolve(auroraSuggestions))
    await act(async () => calls[0]!.resolve({ query: 'aur', products, categories: [] }))
    expect(screen.getAllByRole('option')).toHaveLength(3)
    expect(recorder.all('products_searched').map((event) => event.properties)).toEqual([{ query: 'aurora', resultsCount: 2 }])
  })

  it('says when nothing matches and reports the zero-result search', async () => {
    const user = userEvent.setup()
    const { container, recorder } = renderBox()
    await user.type(combobox(), 'zeppelin')
    expect(await screen.findByText('No suggestions for “zeppelin”. Press Enter to search anyway.', { selector: '[data-part="popup"] p' })).toBeVisible()
    await waitFor(() => expect(announcer(container)).toHaveTextContent('No suggestions for “zeppelin”.'))
    expect(recorder.last('products_searched')?.properties).toEqual({ query: 'zeppelin', resultsCount: 0 })
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('says when suggestions fail and still lets the visitor search', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const { container, recorder } = renderBox({ onSubmit, loadSuggestions: () => Promise.reject(new Error('503')) })
    await user.type(combobox(), 'aurora')
    expect(await screen.findByText('Suggestions could not be loaded. Press Enter to search anyway.', { selector: '[data-part="popup"] p' })).toBeVisible()
    expect(recorder.names()).not.toContain('products_searched')
    await user.keyboard('{Enter}')
    expect(onSubmit).toHaveBeenCalledWith('aurora')
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('keeps recent searches only while analytics consent is granted, and forgets them when it is withdrawn', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const recorder = createRecorder()
    const { unmount } = renderBox({ onSubmit }, { recorder })
    await user.type(combobox(), 'aurora{Enter}')
    await user.clear(combobox())
    await user.type(combobox(), 'kestrel{Enter}')
    expect(JSON.parse(localStorage.getItem(RECENT_SEARCHES_KEY)!)).toEqual(['kestrel', 'aurora'])
    unmount()

    renderBox({ onSubmit }, { recorder })
    await user.click(combobox())
    const recent = screen.getByRole('group', { name: 'Recent searches' })
    expect(within(recent).getAllByRole('option').map((option) => option.textContent)).toEqual(['kestrel', 'aurora'])
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(onSubmit).toHaveBeenLastCalledWith('aurora')
    expect(combobox()).toHaveValue('aurora')

    act(() => recorder.journey.setConsent({ analytics: false, marketing: false }))
    expect(localStorage.getItem(RECENT_SEARCHES_KEY)).toBeNull()
    await user.clear(combobox())
    expect(screen.queryByRole('group', { name: 'Recent searches' })).not.toBeInTheDocument()
  })

  it('stores nothing while consent is pending', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify(['from before']))
    renderBox({ onSubmit }, { recorder: createRecorder({ consent: 'pending' }) })
    await user.click(combobox())
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.type(combobox(), 'aurora{Enter}')
    expect(onSubmit).toHaveBeenCalledWith('aurora')
    expect(JSON.parse(localStorage.getItem(RECENT_SEARCHES_KEY)!)).toEqual(['from before'])
  })

  it('speaks German with the German catalog', async () => {
    const user = userEvent.setup()
    const German = ({ children }: { children: ReactNode }) => (
      <LocaleProvider locale="de" translations={allTranslations}>
        {children}
      </LocaleProvider>
    )
    renderBox({}, { wrapper: German })
    await user.type(screen.getByRole('combobox', { name: 'Produkte suchen' }), 'aurora')
    expect(await screen.findByRole('group', { name: 'Produkte' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Suchen' })).toBeInTheDocument()
  })
})
