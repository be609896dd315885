import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { compareStages } from '../stages'
import { headphoneGroups, headphones, largeComparison } from '../fixtures'
import { ComparisonTable } from './comparison-table'
import type { ComparisonProduct } from './types'

// axe-core on a whole table takes seconds in jsdom.
const AXE_TIMEOUT = 20_000
const [aurora, kestrel, lumen] = headphones as [ComparisonProduct, ComparisonProduct, ComparisonProduct]

function renderTable(props: Partial<Parameters<typeof ComparisonTable>[0]> = {}, options: Parameters<typeof renderWithJourney>[1] = {}) {
  return renderWithJourney(<ComparisonTable products={headphones} groups={headphoneGroups} {...props} />, options)
}

const row = (name: string | RegExp) => screen.getByRole('rowheader', { name }).closest('tr')!
const cellTexts = (name: string | RegExp) =>
  within(row(name))
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

describe('ComparisonTable', () => {
  it('renders a captioned native table with a column per product and scoped headers', async () => {
    const { container } = renderTable()
    const table = screen.getByRole('table', { name: 'Product comparison' })
    expect(table.querySelector('caption')).toHaveTextContent('Product comparison')
    const columns = within(table).getAllByRole('columnheader')
    expect(columns.map((header) => header.getAttribute('scope'))).toEqual(['col', 'col', 'col'])
    expect(columns[0]).toHaveTextContent('Northwind Aurora 5')
    expect(screen.getByRole('rowheader', { name: 'Weight' })).toHaveAttribute('scope', 'row')
    expect(screen.getByRole('region', { name: 'Product comparison' })).toHaveAttribute('tabindex', '0')
    const root = container.querySelector('[data-jk-comparison-table]')
    expect(root).toHaveAttribute('data-stage', 'consideration')
    expect(root).toHaveAttribute('data-state', 'ready')
    expect(compareStages.ComparisonTable).toBe('consideration')
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('formats each kind of value for the locale', () => {
    renderTable()
    expect(cellTexts('Price')).toEqual(['€349.00 €399.00Was €399.00', '€299.00', '€179.00 Best'])
    expect(cellTexts('Weight')).toEqual(['250 g', '312 g', '198 g Best'])
    expect(cellTexts('Battery life (ANC on)')).toEqual(['30 hr', '24 hr', '45 hr Best'])
    expect(cellTexts('Battery capacity')[0]).toBe('700 mAh')
    expect(cellTexts('Folds flat')).toEqual(['No', 'Yes', 'Yes'])
    expect(cellTexts('Spare cable price')[0]).toBe('€19.90 Best')
    expect(within(row('Comfort (reviewers)')).getAllByRole('img')[0]).toHaveAccessibleName('4.5 out of 5 stars')
  })

  it('shows a missing value as a dash labelled "Not available"', () => {
    renderTable()
    const ldac = within(row(/LDAC/)).getAllByRole('cell')[2]!
    expect(ldac).toHaveTextContent('—Not available')
    expect(within(ldac).getByText('—')).toHaveAttribute('aria-hidden', 'true')
  })

  it('marks the best value of a row with text and data-best, not colour alone', () => {
    renderTable()
    const [first, second, third] = within(row('Battery life (ANC on)')).getAllByRole('cell')
    expect(third).toHaveAttribute('data-best')
    expect(within(third!).getByText('Best')).toBeInTheDocument()
    expect(first).not.toHaveAttribute('data-best')
    expect(second).not.toHaveAttribute('data-best')
    // No direction given: nothing is best.
    expect(row('Bluetooth').querySelector('[data-best]')).toBeNull()
  })

  it('emits comparison_viewed with the compared items on impression', () => {
    const { recorder } = renderTable()
    expect(recorder.all('comparison_viewed')).toHaveLength(1)
    expect(recorder.last('comparison_viewed')?.properties.items.map((item) => [item.id, item.position, item.listId])).toEqual([
      [aurora.id, 1, 'comparison'],
      [kestrel.id, 2, 'comparison'],
      [lumen.id, 3, 'comparison'],
    ])
    expect(recorder.last('comparison_viewed')?.source).toEqual({ block: 'ComparisonTable' })
  })

  it('shows only the rows that differ when "Show differences only" is on (mouse)', async () => {
    const user = userEvent.setup()
    const { recorder, container } = renderTable()
    expect(screen.getByRole('rowheader', { name: 'Bluetooth' })).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Show differences only' }))
    expect(screen.queryByRole('rowheader', { name: 'Bluetooth' })).not.toBeInTheDocument()
    // A missing value counts as a difference.
    expect(screen.getByRole('rowheader', { name: /LDAC/ })).toBeInTheDocument()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'differences', value: true })
    await expect(container).toHaveNoAxeViolations()
    await user.click(screen.getByRole('checkbox', { name: 'Show differences only' }))
    expect(screen.getByRole('rowheader', { name: 'Bluetooth' })).toBeInTheDocument()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'differences', value: false })
  }, AXE_TIMEOUT)

  it('toggles differences from the keyboard', async () => {
    const user = userEvent.setup()
    const { recorder } = renderTable()
    screen.getByRole('checkbox', { name: 'Show differences only' }).focus()
    await user.keyboard(' ')
    expect(screen.getByRole('checkbox', { name: 'Show differences only' })).toBeChecked()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'differences', value: true })
  })

  it('hides a group whose rows are all equal when showing differences only', async () => {
    const user = userEvent.setup()
    const same = headphones.slice(0, 2).map((product) => ({ ...product, values: { ...product.values, bluetooth: '5.3', multipoint: true, cable: { amount: 1990, currency: 'EUR' } } }))
    renderTable({ products: same })
    await user.click(screen.getByRole('checkbox', { name: 'Show differences only' }))
    expect(screen.queryByRole('button', { name: 'Connectivity' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Battery' })).toBeInTheDocument()
  })

  it('collapses and expands a group with its header button (mouse and keyboard)', async () => {
    const user = userEvent.setup()
    renderTable({ defaultCollapsed: ['comfort'] })
    const comfort = screen.getByRole('button', { name: 'Comfort' })
    expect(comfort).toHaveAttribute('aria-expanded', 'false')
    expect(document.getElementById(comfort.getAttribute('aria-controls')!)?.tagName).toBe('TBODY')
    expect(screen.queryByRole('rowheader', { name: 'Weight' })).not.toBeInTheDocument()
    await user.click(comfort)
    expect(comfort).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('rowheader', { name: 'Weight' })).toBeInTheDocument()
    const battery = screen.getByRole('button', { name: 'Battery' })
    battery.focus()
    await user.keyboard('{Enter}')
    expect(battery).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('rowheader', { name: 'Weight' })).toBeInTheDocument()
    expect(screen.queryByRole('rowheader', { name: 'Full charge time' })).not.toBeInTheDocument()
  })

  it('removes a product: emits comparison_changed, calls onRemove, announces it and moves focus', async () => {
    const user = userEvent.setup()
    const onRemove = vi.fn()
    const { recorder } = renderTable({ onRemove })
    await user.click(screen.getByRole('button', { name: 'Remove Northwind Aurora 5 from the comparison' }))
    expect(screen.queryByRole('columnheader', { name: /Northwind Aurora 5/ })).not.toBeInTheDocument()
    expect(screen.getAllByRole('columnheader')).toHaveLength(2)
    expect(onRemove).toHaveBeenCalledWith(aurora.id)
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'remove', itemId: aurora.id })
    expect(screen.getByRole('status')).toHaveTextContent('Northwind Aurora 5 removed from the comparison.')
    expect(screen.getByRole('button', { name: 'Remove Kestrel Studio Pro from the comparison' })).toHaveFocus()
  })

  it('removes from the keyboard and shows the empty state below two products, focused', async () => {
    const user = userEvent.setup()
    const { container } = renderTable({ products: [aurora, kestrel] })
    screen.getByRole('button', { name: 'Remove Kestrel Studio Pro from the comparison' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByText('Choose at least two products to compare them side by side.')).toBeInTheDocument()
    expect(container.querySelector('[data-part="empty"]')).toHaveFocus()
    expect(container.querySelector('[data-jk-comparison-table]')).toHaveAttribute('data-state', 'empty')
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('follows the products prop when controlled', async () => {
    const user = userEvent.setup()
    function Controlled() {
      const [products, setProducts] = useState(headphones)
      return (
        <>
          <ComparisonTable products={products} groups={headphoneGroups} onRemove={(id) => setProducts((list) => list.filter((p) => p.id !== id))} />
          <button type="button" onClick={() => setProducts(headphones)}>
            Reset
          </button>
        </>
      )
    }
    renderWithJourney(<Controlled />)
    await user.click(screen.getByRole('button', { name: 'Remove Lumen Air 2 from the comparison' }))
    expect(screen.getAllByRole('columnheader')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    expect(screen.getAllByRole('columnheader')).toHaveLength(3)
  })

  it('adds to cart: awaits the callback, then emits product_added with quantity 1 and announces it', async () => {
    const user = userEvent.setup()
    let resolve!: () => void
    const onAddToCart = vi.fn(() => new Promise<void>((done) => (resolve = done)))
    const { recorder } = renderTable({ onAddToCart })
    const button = screen.getByRole('button', { name: 'Add to cart Kestrel Studio Pro' })
    await user.click(button)
    expect(onAddToCart).toHaveBeenCalledWith(kestrel)
    expect(button).toHaveAttribute('aria-busy', 'true')
    expect(recorder.names()).not.toContain('product_added')
    await act(async () => resolve())
    expect(button).not.toHaveAttribute('aria-busy')
    expect(recorder.last('product_added')?.properties).toEqual({
      item: { id: kestrel.id, name: kestrel.name, price: kestrel.price, brand: 'Kestrel', category: 'Headphones', position: 2, listId: 'comparison', quantity: 1 },
    })
    expect(screen.getByRole('status')).toHaveTextContent('Kestrel Studio Pro added to cart.')
  })

  it('adds to cart from the keyboard, and says a product is out of stock instead', async () => {
    const user = userEvent.setup()
    const onAddToCart = vi.fn()
    const { recorder } = renderTable({ onAddToCart })
    screen.getByRole('button', { name: 'Add to cart Northwind Aurora 5' }).focus()
    await user.keyboard(' ')
    expect(onAddToCart).toHaveBeenCalledWith(aurora)
    expect(recorder.last('product_added')?.properties.item.id).toBe(aurora.id)
    expect(screen.queryByRole('button', { name: 'Add to cart Lumen Air 2' })).not.toBeInTheDocument()
    expect(within(screen.getAllByRole('row').find((r) => r.getAttribute('data-part') === 'cart')!).getByText('Out of stock')).toBeInTheDocument()
  })

  it('shows an error when adding to cart fails and emits nothing', async () => {
    const user = userEvent.setup()
    const onAddToCart = vi.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce(undefined)
    const { recorder, container } = renderTable({ onAddToCart })
    await user.click(screen.getByRole('button', { name: 'Add to cart Northwind Aurora 5' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not add Northwind Aurora 5 to the cart.')
    expect(recorder.names()).not.toContain('product_added')
    await expect(container).toHaveNoAxeViolations()
    await user.click(screen.getByRole('button', { name: 'Add to cart Northwind Aurora 5' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(recorder.names()).toContain('product_added')
  }, AXE_TIMEOUT)

  it('emits product_clicked when a product name is followed', async () => {
    const user = userEvent.setup()
    const { recorder } = renderTable()
    const link = screen.getByRole('link', { name: 'Lumen Air 2' })
    expect(link).toHaveAttribute('href', '/products/lumen-air-2')
    link.addEventListener('click', (event) => event.preventDefault())
    await user.click(link)
    expect(recorder.last('product_clicked')?.properties).toEqual({
      item: expect.objectContaining({ id: lumen.id, position: 3, listId: 'comparison' }),
      listId: 'comparison',
    })
  })

  it('shows the loading and error states, and retries', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { container, rerender, recorder } = renderTable({ status: 'loading' })
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
    rerender(<ComparisonTable products={headphones} groups={headphoneGroups} status="error" error="The comparison could not be loaded." onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('The comparison could not be loaded.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalled()
    await expect(container).toHaveNoAxeViolations()
    expect(recorder.names()).not.toContain('comparison_viewed')
  }, AXE_TIMEOUT)

  it('shows the empty state with the app’s action when fewer than two products are given', async () => {
    const { container, recorder } = renderTable({ products: [aurora], emptyAction: <a href="/headphones">Browse headphones</a> })
    expect(screen.getByText('Choose at least two products to compare them side by side.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Browse headphones' })).toBeInTheDocument()
    expect(recorder.names()).not.toContain('comparison_viewed')
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('keeps at most maxProducts columns', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderTable({ maxProducts: 2 })
    expect(screen.getAllByRole('columnheader')).toHaveLength(2)
  })

  it('survives bad data: wrong types, NaN ratings, missing values, duplicate ids, invalid price', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const broken = [
      { ...aurora, rating: { value: Number.NaN, count: 12 }, values: { ...aurora.values, weight: 'heavy', battery: Number.NaN } },
      { id: 'no-values', name: 'Mystery headphones', price: { amount: Number.NaN, currency: 'EUR' } } as unknown as ComparisonProduct,
      aurora,
    ]
    renderTable({ products: broken })
    expect(screen.getAllByRole('columnheader')).toHaveLength(2)
    expect(cellTexts('Weight')).toEqual(['—Not available', '—Not available'])
    expect(cellTexts('Rating')).toEqual(['—Not available', '—Not available'])
    expect(cellTexts('Price')).toEqual(['€349.00 €399.00Was €399.00', '—Not available'])
    expect(warn).toHaveBeenCalled()
  })

  it('shows a former price struck through, read as "Was …", and ignores one that is not higher', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderTable({ products: [aurora, { ...kestrel, compareAtPrice: { amount: 19900, currency: 'EUR' } }, { ...lumen, compareAtPrice: { amount: 99900, currency: 'USD' } }] })
    const [first, second, third] = within(row('Price')).getAllByRole('cell')
    expect(within(first!).getByText('€399.00').tagName).toBe('S')
    expect(within(first!).getByText('€399.00').closest('[aria-hidden="true"]')).not.toBeNull()
    expect(within(first!).getByText('Was €399.00')).toBeInTheDocument()
    expect(second).toHaveTextContent(/^€299\.00$/)
    expect(third).toHaveTextContent(/^€179\.00 Best$/)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('compareAtPrice of product "hp-kestrel-studio"'))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('compareAtPrice of product "hp-lumen-air-2"'))
  })

  it('shows each rating with its review count, and without one when none (or no valid one) is given', () => {
    const relabelled = { ...aurora, id: 'hp-aurora-5-white', name: 'Northwind Aurora 5 (white)', rating: { value: 3.9, count: Number.NaN } }
    renderTable({ products: [aurora, { ...kestrel, rating: { value: 4.3 } }, { ...lumen, rating: undefined }, relabelled] })
    const [first, second, third, fourth] = within(row('Rating')).getAllByRole('cell')
    expect(within(fourth!).getByRole('img')).toHaveAccessibleName('3.9 out of 5 stars')
    expect(fourth).not.toHaveTextContent('review')
    expect(within(first!).getByRole('img')).toHaveAccessibleName('4.6 out of 5 stars, 212 reviews')
    // Shown too, but read once: as part of the stars' name.
    expect(within(first!).getByText('212 reviews')).toHaveAttribute('aria-hidden', 'true')
    expect(within(first!).getByText('Best')).toBeInTheDocument()
    expect(within(second!).getByRole('img')).toHaveAccessibleName('4.3 out of 5 stars')
    expect(second).not.toHaveTextContent('review')
    expect(third).toHaveTextContent('—Not available')
  })

  it('renders 4 products × 60 attributes and toggles differences', async () => {
    const user = userEvent.setup()
    const { products, groups } = largeComparison(4, 60)
    renderTable({ products, groups })
    const attributeRows = () => screen.getAllByRole('rowheader').filter((header) => header.getAttribute('scope') === 'row')
    expect(attributeRows()).toHaveLength(60 + 1)
    await user.click(screen.getByRole('checkbox', { name: 'Show differences only' }))
    // Every third attribute is the same for all products; the price row always stays.
    expect(attributeRows()).toHaveLength(40 + 1)
  })

  it('speaks German inside a German LocaleProvider', () => {
    const German = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderTable({ onAddToCart: vi.fn() }, { wrapper: German })
    expect(screen.getByRole('table', { name: 'Produktvergleich' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Nur Unterschiede zeigen' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Northwind Aurora 5 aus dem Vergleich entfernen' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'In den Warenkorb Northwind Aurora 5' })).toBeInTheDocument()
    expect(cellTexts('Preis')[0]).toMatch(/^349,00\s€ 399,00\s€Vorher 399,00\s€$/)
    expect(within(row('Bewertung')).getAllByRole('img')[0]).toHaveAccessibleName('4,6 von 5 Sternen, 212 Bewertungen')
    expect(within(row('Bewertung')).getByText('1.046 Bewertungen')).toBeInTheDocument()
    expect(cellTexts('Folds flat')).toEqual(['Nein', 'Ja', 'Ja'])
  })
})
