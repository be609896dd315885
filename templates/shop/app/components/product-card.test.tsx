// @vitest-environment jsdom
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { createRoutesStub } from 'react-router'
import { describe, expect, it } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../test/setup-dom'
import type { ProductSummary } from '../lib/catalog.server'
import { ProductCard } from './product-card'

const aurora: ProductSummary = {
  id: 'aurora-5',
  slug: 'aurora-5',
  categoryId: 'headphones',
  categoryName: 'Headphones',
  name: 'Aurora 5',
  brand: 'Halden Audio',
  price: { amount: 34900, currency: 'EUR' },
  compareAtPrice: { amount: 39900, currency: 'EUR' },
  image: { src: '/images/aurora-5-black.svg', alt: 'Aurora 5 headphones in midnight black' },
  rating: { value: 4.4, count: 20 },
  stock: 26,
  attributes: {},
  createdAt: '2026-01-01T00:00:00.000Z',
}

function renderCard(card: ReactNode) {
  const Stub = createRoutesStub([
    { path: '/c/headphones', Component: () => <LocaleProvider locale="en">{card}</LocaleProvider> },
    { path: '/p/:slug', Component: () => <h1>Product page</h1> },
  ])
  return renderWithJourney(<Stub initialEntries={['/c/headphones']} />)
}

describe('ProductCard', () => {
  it('shows the brand, the name linking to the product, the rating and the price with the former one in context', async () => {
    const { container } = renderCard(<ProductCard product={aurora} listId="headphones" position={1} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Aurora 5' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Aurora 5' })).toHaveAttribute('href', '/p/aurora-5')
    expect(screen.getByText('Halden Audio')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /4\.4 out of 5 stars, 20 reviews/ })).toBeInTheDocument()
    expect(container.querySelector('.product-card-price')).toHaveTextContent('€349.00 was €399.00')
    expect(screen.getByText('−13%')).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
  })

  it('says when a product is sold out or nearly so, and when it has no reviews', () => {
    const { rerender } = renderCard(
      <ProductCard product={{ ...aurora, stock: 0, rating: undefined, compareAtPrice: undefined }} listId="headphones" position={1} />,
    )
    expect(screen.getByText('Sold out')).toBeInTheDocument()
    expect(screen.getByText('No reviews yet')).toBeInTheDocument()
    expect(screen.queryByText(/was/)).not.toBeInTheDocument()
    rerender(<></>)
    renderCard(<ProductCard product={{ ...aurora, id: 'low', stock: 2 }} listId="headphones" position={1} />)
    expect(screen.getByText('Only 2 left')).toBeInTheDocument()
  })

  it('emits product_clicked with the item, its position and the list when the link is followed', async () => {
    const user = userEvent.setup()
    const { recorder } = renderCard(<ProductCard product={aurora} listId="headphones" position={3} headingLevel={3} />)
    await user.click(screen.getByRole('link', { name: 'Aurora 5' }))
    expect(await screen.findByRole('heading', { name: 'Product page' })).toBeInTheDocument()
    expect(recorder.last('product_clicked')?.properties).toEqual({
      listId: 'headphones',
      item: {
        id: 'aurora-5',
        name: 'Aurora 5',
        price: { amount: 34900, currency: 'EUR' },
        brand: 'Halden Audio',
        category: 'Headphones',
        position: 3,
        listId: 'headphones',
      },
    })
  })

  it('offers a "Compare" checkbox named after the product that adds it to the list’s comparison', async () => {
    const user = userEvent.setup()
    const { recorder } = renderCard(<ProductCard product={aurora} listId="headphones-card-test" position={1} compare />)
    const checkbox = screen.getByRole('checkbox', { name: 'Compare Aurora 5' })
    await user.click(checkbox)
    expect(checkbox).toBeChecked()
    expect(recorder.last('comparison_changed')?.properties).toEqual({ action: 'add', itemId: 'aurora-5' })
    // Ticking it does not follow the card's link.
    expect(screen.queryByRole('heading', { name: 'Product page' })).not.toBeInTheDocument()
  })
})
