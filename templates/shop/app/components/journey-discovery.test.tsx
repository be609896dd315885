// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import '../../test/setup-dom'
import type { DiscoveryDashboard } from '../lib/search/discovery-dashboard.server'
import { JourneyDiscovery } from './journey-discovery'

const cellsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))

const discovery: DiscoveryDashboard = {
  topSearches: [
    { query: 'headphones', searches: 12, visits: 9 },
    { query: 'unicorn saddle', searches: 2, visits: 2 },
  ],
  zeroResultSearches: [{ query: 'unicorn saddle', searches: 2, visits: 2 }],
  searchConversion: { searchedVisits: 10, purchasedVisits: 3, rate: 0.3 },
  slots: [
    { slot: 'bought-together', clicks: 5, orders: 2, revenue: [{ amount: 900000, currency: 'EUR' }] },
    { slot: 'similar', clicks: 1, orders: 0, revenue: [] },
  ],
}

describe('JourneyDiscovery', () => {
  it('shows the searches, the search-to-purchase conversion and each slot’s revenue in captioned tables', async () => {
    const { container } = render(<JourneyDiscovery discovery={discovery} />)
    const panel = screen.getByRole('region', { name: 'What visitors look for' })
    expect(within(panel).getByText('30%')).toBeInTheDocument()
    expect(within(panel).getByText('3 visits of 10 visits with a search ordered afterwards')).toBeInTheDocument()
    expect(cellsOf(screen.getByRole('table', { name: 'Top searches' }))).toEqual([
      ['Query', 'Searches', 'Visits'],
      ['headphones', '12', '9'],
      ['unicorn saddle', '2', '2'],
    ])
    expect(cellsOf(screen.getByRole('table', { name: 'Searches without results' }))).toEqual([
      ['Query', 'Searches', 'Visits'],
      ['unicorn saddle', '2', '2'],
    ])
    const slots = screen.getByRole('table', { name: 'Revenue by recommendation slot' })
    expect(slots).toHaveAccessibleDescription(/last clicked in during the same visit/)
    expect(cellsOf(slots)).toEqual([
      ['Slot', 'Clicks', 'Orders', 'Revenue'],
      ['Bought together', '5', '2', '€9,000.00'],
      ['Similar products', '1', '0', '—'],
    ])
    await expect(container).toHaveNoAxeViolations()
  })

  it('says when nothing was searched', async () => {
    const { container } = render(
      <JourneyDiscovery discovery={{ ...discovery, topSearches: [], zeroResultSearches: [], searchConversion: { searchedVisits: 0, purchasedVisits: 0, rate: null } }} />,
    )
    expect(screen.getByText('no searches in this period')).toBeInTheDocument()
    expect(screen.getByText('No searches in this period.')).toBeInTheDocument()
    expect(screen.getByText('Every search in this period found products.')).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Top searches' })).toBeNull()
    await expect(container).toHaveNoAxeViolations()
  })
})
