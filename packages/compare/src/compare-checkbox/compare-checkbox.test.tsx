import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { CompareCheckbox } from './compare-checkbox'

let lists = 0
const freshList = () => `checkbox-test-${++lists}`
const products = [
  { id: 'hp-aurora-5', name: 'Northwind Aurora 5' },
  { id: 'hp-kestrel-studio', name: 'Kestrel Studio Pro' },
  { id: 'hp-lumen-air-2', name: 'Lumen Air 2' },
]

function Cards({ listId, max }: { listId: string; max?: number }) {
  return (
    <ul>
      {products.map((product) => (
        <li key={product.id}>
          {product.name}
          <CompareCheckbox listId={listId} product={product} max={max} />
        </li>
      ))}
    </ul>
  )
}

describe('CompareCheckbox', () => {
  it('picks and unpicks a product with the mouse, emitting comparison_changed', async () => {
    const user = userEvent.setup()
    const listId = freshList()
    const { recorder, container } = renderWithJourney(<Cards listId={listId} />)
    const aurora = screen.getByRole('checkbox', { name: 'Compare Northwind Aurora 5' })
    await user.click(aurora)
    expect(aurora).toBeChecked()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'add', itemId: 'hp-aurora-5' })
    expect(recorder.last('comparison_changed')?.source).toEqual({ block: 'CompareCheckbox' })
    expect(JSON.parse(sessionStorage.getItem(`jk:compare:${listId}`)!)).toEqual([products[0]])
    expect(container.querySelector('[data-jk-compare-checkbox]')).toHaveAttribute('data-state', 'checked')
    expect(container.querySelector('[data-jk-compare-checkbox]')).toHaveAttribute('data-stage', 'consideration')
    await expect(container).toHaveNoAxeViolations()
    await user.click(aurora)
    expect(aurora).not.toBeChecked()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'remove', itemId: 'hp-aurora-5' })
  })

  it('toggles with the Space key', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<Cards listId={freshList()} />)
    const kestrel = screen.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' })
    kestrel.focus()
    await user.keyboard(' ')
    expect(kestrel).toBeChecked()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'add', itemId: 'hp-kestrel-studio' })
  })

  it('explains the limit and stays unchecked when it is reached', async () => {
    const user = userEvent.setup()
    const { recorder, container } = renderWithJourney(<Cards listId={freshList()} max={2} />)
    await user.click(screen.getByRole('checkbox', { name: 'Compare Northwind Aurora 5' }))
    await user.click(screen.getByRole('checkbox', { name: 'Compare Kestrel Studio Pro' }))
    const lumen = screen.getByRole('checkbox', { name: 'Compare Lumen Air 2' })
    await user.click(lumen)
    expect(lumen).not.toBeChecked()
    expect(recorder.all('comparison_changed')).toHaveLength(2)
    expect(lumen).toHaveAccessibleDescription('You can compare up to 2 products. Remove one to add another.')
    expect(screen.getByText('You can compare up to 2 products. Remove one to add another.')).toHaveAttribute('role', 'status')
    await expect(container).toHaveNoAxeViolations()
    // Removing one makes room: the explanation goes away.
    await user.click(screen.getByRole('checkbox', { name: 'Compare Northwind Aurora 5' }))
    expect(screen.queryByText(/You can compare up to/)).not.toBeInTheDocument()
    await user.click(lumen)
    expect(lumen).toBeChecked()
  })

  it('keeps every checkbox of the list in sync, and the choice across a reload', async () => {
    const user = userEvent.setup()
    const listId = freshList()
    const product = products[2]!
    const { unmount } = renderWithJourney(
      <>
        <CompareCheckbox listId={listId} product={product} />
        <CompareCheckbox listId={listId} product={product} />
      </>,
    )
    const [grid, quickView] = screen.getAllByRole('checkbox', { name: 'Compare Lumen Air 2' })
    await user.click(grid!)
    expect(quickView).toBeChecked()
    unmount()
    renderWithJourney(<Cards listId={listId} />)
    expect(screen.getByRole('checkbox', { name: 'Compare Lumen Air 2' })).toBeChecked()
  })

  it('speaks German inside a German LocaleProvider', async () => {
    const user = userEvent.setup()
    const German = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<Cards listId={freshList()} max={1} />, { wrapper: German })
    await user.click(screen.getByRole('checkbox', { name: 'Vergleichen Northwind Aurora 5' }))
    await user.click(screen.getByRole('checkbox', { name: 'Vergleichen Lumen Air 2' }))
    expect(screen.getByText('Sie können nur ein Produkt auf einmal vergleichen. Entfernen Sie es, um ein anderes hinzuzufügen.')).toHaveAttribute('role', 'status')
  })
})
