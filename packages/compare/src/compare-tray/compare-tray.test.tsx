import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CompareCheckbox } from '../compare-checkbox/compare-checkbox'
import { ComparisonTable } from '../comparison-table/comparison-table'
import { headphoneGroups, headphones } from '../fixtures'
import { useCompare } from '../use-compare/use-compare'
import { CompareTray, type CompareTrayProps } from './compare-tray'

const AXE_TIMEOUT = 20_000
let lists = 0
const freshList = () => `tray-test-${++lists}`

function Listing({ listId, ...tray }: Partial<CompareTrayProps> & { listId: string }) {
  return (
    <>
      <ul>
        {headphones.map((product) => (
          <li key={product.id}>
            {product.name}
            <CompareCheckbox listId={listId} product={{ id: product.id, name: product.name, image: product.image }} max={tray.max} />
          </li>
        ))}
      </ul>
      <CompareTray listId={listId} {...tray} />
    </>
  )
}

function pick(listId: string, ...indexes: number[]) {
  sessionStorage.setItem(
    `jk:compare:${listId}`,
    JSON.stringify(indexes.map((index) => ({ id: headphones[index]!.id, name: headphones[index]!.name }))),
  )
}

const tray = () => screen.getByRole('region', { name: 'Compare products' })
const announcer = (container: HTMLElement) => container.querySelector('[data-jk-compare-tray] [data-part="announcer"]')!

describe('CompareTray', () => {
  it('shows nothing until a product is picked, then lists it and announces the change', async () => {
    const user = userEvent.setup()
    const { container } = renderWithJourney(<Listing listId={freshList()} />)
    expect(screen.queryByRole('region', { name: 'Compare products' })).not.toBeInTheDocument()
    expect(container.querySelector('[data-jk-compare-tray]')).toHaveAttribute('data-state', 'empty')
    expect(container.querySelector('[data-jk-compare-tray]')).toHaveAttribute('data-stage', 'consideration')
    await user.click(screen.getByRole('checkbox', { name: 'Compare Northwind Aurora 5' }))
    expect(within(tray()).getByText('Northwind Aurora 5')).toBeInTheDocument()
    expect(announcer(container)).toHaveAttribute('role', 'status')
    expect(announcer(container)).toHaveTextContent('Northwind Aurora 5 added to the comparison.')
    const compare = screen.getByRole('button', { name: 'Compare (1)' })
    expect(compare).toBeDisabled()
    expect(compare).toHaveAccessibleDescription('Choose at least two products to compare them side by side.')
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('hands the picked ids to the app with "Compare (n)"', async () => {
    const user = userEvent.setup()
    const listId = freshList()
    pick(listId, 0, 2)
    const onCompare = vi.fn()
    renderWithJourney(<Listing listId={listId} onCompare={onCompare} />)
    await user.click(screen.getByRole('button', { name: 'Compare (2)' }))
    expect(onCompare).toHaveBeenCalledWith([headphones[0]!.id, headphones[2]!.id])
  })

  it('removes one product (mouse): emits comparison_changed, unchecks its card, moves focus', async () => {
    const user = userEvent.setup()
    const listId = freshList()
    pick(listId, 0, 1, 2)
    const { recorder, container } = renderWithJourney(<Listing listId={listId} />)
    expect(screen.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Remove Kestrel Studio Pro from the comparison' }))
    expect(within(tray()).queryByText('Kestrel Studio Pro')).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' })).not.toBeChecked()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'remove', itemId: 'hp-kestrel-studio' })
    expect(recorder.last('comparison_changed')?.source).toEqual({ block: 'CompareTray' })
    expect(announcer(container)).toHaveTextContent('Kestrel Studio Pro removed from the comparison.')
    expect(screen.getByRole('button', { name: 'Remove Lumen Air 2 from the comparison' })).toHaveFocus()
  })

  it('removes with the keyboard and clears all, focus staying in the tray', async () => {
    const user = userEvent.setup()
    const listId = freshList()
    pick(listId, 0, 1)
    const { recorder, container } = renderWithJourney(<Listing listId={listId} />)
    screen.getByRole('button', { name: 'Remove Kestrel Studio Pro from the comparison' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('button', { name: 'Remove Northwind Aurora 5 from the comparison' })).toHaveFocus()
    screen.getByRole('button', { name: 'Clear all' }).focus()
    await user.keyboard(' ')
    expect(screen.queryByRole('region', { name: 'Compare products' })).not.toBeInTheDocument()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'remove' })
    expect(announcer(container)).toHaveTextContent('Comparison cleared.')
    expect(container.querySelector('[data-jk-compare-tray]')).toHaveFocus()
    expect(sessionStorage.getItem(`jk:compare:${listId}`)).toBeNull()
  })

  it('explains the limit when it is reached, in the singular for one product', async () => {
    const listId = freshList()
    pick(listId, 0, 1)
    const { unmount } = renderWithJourney(<Listing listId={listId} max={2} />)
    expect(within(tray()).getByText('You can compare up to 2 products. Remove one to add another.')).toBeInTheDocument()
    unmount()
    const single = freshList()
    pick(single, 0)
    renderWithJourney(<Listing listId={single} max={1} />)
    expect(within(tray()).getByText('You can compare only one product at a time. Remove it to add another.')).toBeInTheDocument()
  })

  it('shows a picked product’s image as a decorative thumbnail next to its name', async () => {
    const user = userEvent.setup()
    const { container } = renderWithJourney(<Listing listId={freshList()} />)
    await user.click(screen.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' }))
    const item = within(tray()).getByText('Kestrel Studio Pro').closest('li')!
    const thumbnail = item.querySelector('img')!
    expect(thumbnail).toHaveAttribute('src', headphones[1]!.image!.src)
    // alt="" keeps the name from being read twice.
    expect(thumbnail).toHaveAttribute('alt', '')
    expect(within(item).getByRole('button', { name: 'Remove Kestrel Studio Pro from the comparison' })).toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('lists a product without an image, or with a broken stored one, by its name alone', () => {
    const listId = freshList()
    sessionStorage.setItem(`jk:compare:${listId}`, JSON.stringify([{ id: 'a', name: 'Aurora' }, { id: 'b', name: 'Basalt', image: { alt: 'no src' } }]))
    renderWithJourney(<CompareTray listId={listId} />)
    expect(within(tray()).getByText('Aurora')).toBeInTheDocument()
    expect(within(tray()).getByText('Basalt')).toBeInTheDocument()
    expect(tray().querySelector('img')).toBeNull()
  })

  it('opens the comparison in a dialog, where removing a product updates the tray', async () => {
    const user = userEvent.setup()
    const listId = freshList()
    pick(listId, 0, 1, 2)
    function App() {
      const compare = useCompare({ listId })
      return (
        <Listing
          listId={listId}
          renderComparison={(ids) => (
            <ComparisonTable
              products={headphones.filter((product) => ids.includes(product.id))}
              groups={headphoneGroups}
              onRemove={compare.remove}
            />
          )}
        />
      )
    }
    const { recorder, baseElement } = renderWithJourney(<App />)
    await user.click(screen.getByRole('button', { name: 'Compare (3)' }))
    const dialog = screen.getByRole('dialog', { name: 'Compare products' })
    expect(within(dialog).getByRole('table', { name: 'Product comparison' })).toBeInTheDocument()
    expect(recorder.names()).toContain('comparison_viewed')
    await expect(baseElement).toHaveNoAxeViolations()
    await user.click(within(dialog).getByRole('button', { name: 'Remove Lumen Air 2 from the comparison' }))
    expect(within(dialog).getAllByRole('columnheader')).toHaveLength(2)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Compare (2)' })).toHaveFocus()
    expect(screen.getByRole('checkbox', { name: 'Compare Lumen Air 2' })).not.toBeChecked()
  }, AXE_TIMEOUT)

  it('keeps working when storage is blocked', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const user = userEvent.setup()
    renderWithJourney(<Listing listId={freshList()} />)
    await user.click(screen.getByRole('checkbox', { name: 'Compare Lumen Air 2' }))
    expect(within(tray()).getByText('Lumen Air 2')).toBeInTheDocument()
  })

  it('speaks German inside a German LocaleProvider', () => {
    const listId = freshList()
    pick(listId, 0, 1)
    const German = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<Listing listId={listId} max={2} />, { wrapper: German })
    expect(screen.getByRole('region', { name: 'Produkte vergleichen' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Vergleichen (2)' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Alle entfernen' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Kestrel Studio Pro aus dem Vergleich entfernen' })).toBeInTheDocument()
    expect(screen.getByText('Sie können bis zu 2 Produkte vergleichen. Entfernen Sie eines, um ein anderes hinzuzufügen.')).toBeInTheDocument()
  })
})
