import { mockIntersectionObserver, renderWithJourney, type IntersectionObserverMock } from '@journeykit/react/testing'
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { products } from '../fixtures'
import { Recommendations } from './recommendations'

const AXE_TIMEOUT = 20_000

describe('Recommendations', () => {
  describe('viewable impression', () => {
    let io: IntersectionObserverMock
    beforeEach(() => {
      vi.useFakeTimers()
      io = mockIntersectionObserver()
    })
    afterEach(() => {
      io.restore()
      vi.useRealTimers()
    })

    it('reports product_list_viewed once, with the slot and positions, after half the list was visible for a second', () => {
      const { recorder } = renderWithJourney(<Recommendations slot="bought-together" products={products.slice(0, 3)} />)
      const list = screen.getByRole('list')
      act(() => io.setVisible(list, 0.4))
      act(() => vi.advanceTimersByTime(2000))
      expect(recorder.names()).not.toContain('product_list_viewed')
      act(() => io.setVisible(list, 0.6))
      act(() => vi.advanceTimersByTime(1000))
      act(() => io.setVisible(list, 0))
      act(() => io.setVisible(list, 1))
      act(() => vi.advanceTimersByTime(1000))
      const viewed = recorder.all('product_list_viewed')
      expect(viewed).toHaveLength(1)
      expect(viewed[0]!.properties.listId).toBe('bought-together')
      expect(viewed[0]!.properties.items.map((item) => [item.id, item.position, item.listId])).toEqual([
        ['hp-aurora-5', 1, 'bought-together'],
        ['hp-aurora-3', 2, 'bought-together'],
        ['hp-kestrel-studio', 3, 'bought-together'],
      ])
      expect(viewed[0]!.source).toEqual({ block: 'Recommendations' })
    })

    it('reports nothing while loading', () => {
      const { recorder } = renderWithJourney(<Recommendations slot="similar" products={undefined} />)
      act(() => vi.advanceTimersByTime(2000))
      expect(recorder.names()).not.toContain('product_list_viewed')
    })
  })

  it('shows the slot heading and product cards, and credits a followed product to the slot', async () => {
    const user = userEvent.setup()
    const { container, recorder } = renderWithJourney(<Recommendations slot="similar" products={products} />)
    const region = screen.getByRole('region', { name: 'Similar products' })
    expect(region).toHaveAttribute('data-stage', 'consideration')
    expect(within(region).getByRole('heading', { level: 2, name: 'Similar products' })).toBeInTheDocument()
    const cards = within(region).getAllByRole('listitem')
    expect(cards).toHaveLength(4)
    expect(within(cards[1]!).getByText('Out of stock')).toBeInTheDocument()
    expect(within(cards[0]!).getByText('€349.00')).toBeInTheDocument()
    const link = within(region).getByRole('link', { name: 'Kestrel Studio Pro' })
    expect(link).toHaveAttribute('href', '/p/kestrel-studio-pro')
    link.addEventListener('click', (event) => event.preventDefault())
    await user.click(link)
    expect(recorder.last('product_clicked')?.properties).toEqual({
      item: { id: 'hp-kestrel-studio', name: 'Kestrel Studio Pro', price: { amount: 29900, currency: 'EUR' }, brand: 'Kestrel', category: 'Headphones', position: 3, listId: 'similar' },
      listId: 'similar',
    })
    await expect(container).toHaveNoAxeViolations()
  }, AXE_TIMEOUT)

  it('shows loading, then an error with a retry', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { rerender } = renderWithJourney(<Recommendations slot="popular-in-category" products={undefined} />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading recommendations…')
    expect(screen.getByRole('region', { name: 'Popular in this category' })).toHaveAttribute('aria-busy', 'true')
    rerender(<Recommendations slot="popular-in-category" products={undefined} error onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Recommendations could not be loaded.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('renders nothing without products, or says so when asked', () => {
    const { container, rerender } = renderWithJourney(<Recommendations slot="recently-viewed" products={[]} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<Recommendations slot="recently-viewed" products={[]} whenEmpty="message" heading="You looked at" headingLevel={3} />)
    expect(screen.getByRole('heading', { level: 3, name: 'You looked at' })).toBeInTheDocument()
    expect(screen.getByText('No recommendations yet.')).toBeInTheDocument()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
  })
})
