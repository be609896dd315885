import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { cart, couponCart } from '../guest-checkout/fixtures'
import { OrderSummary } from './order-summary'

describe('OrderSummary', () => {
  it('shows the lines and the server totals as given', async () => {
    const { container, recorder } = renderWithJourney(<OrderSummary cart={couponCart} />)
    const totals = within(container.querySelector('[data-part="totals"]') as HTMLElement)
    const [shoes, socks] = screen.getAllByRole('listitem')
    expect(shoes).toHaveTextContent('Trail Runner GTXEU 42Quantity: 1€129.00')
    expect(socks).toHaveTextContent('Merino running socksMQuantity: 2€29.98')
    expect(totals.getByText('Subtotal').nextSibling).toHaveTextContent('€158.98')
    expect(totals.getByText('Shipping').nextSibling).toHaveTextContent('Free')
    expect(totals.getByText('Discount (WELCOME10)').nextSibling).toHaveTextContent('−€15.90')
    expect(totals.getByText('Including tax').nextSibling).toHaveTextContent('€22.84')
    expect(totals.getByText('Total').nextSibling).toHaveTextContent('€143.08')
    expect(recorder.names()).toEqual([])
    await expect(container).toHaveNoAxeViolations()
  })

  it('lays each line out as name, then variant and quantity, with the line total as its own part', () => {
    const { container } = renderWithJourney(<OrderSummary cart={{ ...cart, lines: [{ ...cart.lines[1]!, variant: undefined }, cart.lines[0]!] }} />)
    const [socks, shoes] = container.querySelectorAll('[data-part="line"]')
    const part = (line: Element | undefined, name: string) => line?.querySelector(`[data-part="${name}"]`)?.textContent
    expect(part(shoes, 'name')).toBe('Trail Runner GTX')
    expect(part(shoes, 'variant')).toBe('EU 42')
    expect(part(shoes, 'quantity')).toBe('Quantity: 1')
    expect(part(shoes, 'line-total')).toBe('€129.00')
    // Without a variant, only the quantity stands under the name.
    expect(socks?.querySelector('[data-part="variant"]')).toBeNull()
    expect(part(socks, 'details')).toBe('Quantity: 2')
    expect(part(socks, 'line-total')).toBe('€29.98')
  })

  it('marks the totals busy while updating and announces it', () => {
    const { container } = renderWithJourney(<OrderSummary cart={cart} updating />)
    expect(container.querySelector('[data-part="totals"]')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('Updating totals…')
  })

  it('has loading and error states', async () => {
    const onRetry = vi.fn()
    const { container, rerender } = renderWithJourney(<OrderSummary status="loading" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading')
    await expect(container).toHaveNoAxeViolations()
    rerender(<OrderSummary status="error" onRetry={onRetry} />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalled()
    await expect(container).toHaveNoAxeViolations()
  })

  it('is translated into Romanian', () => {
    renderWithJourney(<OrderSummary cart={cart} />, { wrapper: ({ children }) => <LocaleProvider locale="ro" translations={allTranslations}>{children}</LocaleProvider> })
    expect(screen.getByRole('heading', { name: 'Sumarul comenzii' })).toBeInTheDocument()
    expect(screen.getByText('TVA inclus')).toBeInTheDocument()
  })
})
