// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../test/setup-dom'
import { JourneyEmail } from './journey-email'

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
/** The big number and its detail under a stat's label. */
const figure = (label: string) => [...screen.getByText(label, { selector: 'dt' }).parentElement!.querySelectorAll('dd')].map((dd) => dd.textContent)

describe('JourneyEmail', () => {
  it('shows the reminders’ recovery and a captioned table of every template sent or clicked', async () => {
    const { container } = render(
      <JourneyEmail
        funnel={{
          sent: [
            { kind: 'abandoned_checkout', count: 4 },
            { kind: 'order_confirmation', count: 3 },
          ],
          campaigns: [
            { campaign: 'abandoned_checkout', sent: 4, clicks: 2, visits: 2, orders: 1, revenue: { EUR: 8900 } },
            { campaign: 'winter-letter', sent: 0, clicks: 1, visits: 1, orders: 0, revenue: {} },
          ],
          recovery: { remindersSent: 4, cartsRestored: 2, cartsRecovered: 1, revenue: { EUR: 8900 } },
        }}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'What email brings back' })).toBeInTheDocument()
    expect(figure('Reminders sent')).toEqual(['4', 'abandoned-checkout reminders'])
    expect(figure('Carts restored')).toEqual(['2', '50% of reminders sent'])
    expect(figure('Carts recovered')).toEqual(['1', '25% of reminders sent'])
    expect(figure('Revenue recovered')).toEqual(['€89.00', 'orders placed after a reminder'])
    const table = screen.getByRole('table', { name: /Emails by template/ })
    expect(rowsOf(table)).toEqual([
      ['Template', 'Sent', 'Clicked', 'Orders', 'Revenue'],
      ['Abandoned-checkout reminder', '4', '2', '1', '€89.00'],
      ['Order confirmation', '3', '0', '0', '—'],
      ['winter-letter', '0', '1', '0', '—'],
    ])
    await expect(container).toHaveNoAxeViolations()
  })

  it('says when nothing was sent or clicked in the period', async () => {
    const { container } = render(<JourneyEmail funnel={{ sent: [], campaigns: [], recovery: { remindersSent: 0, cartsRestored: 0, cartsRecovered: 0, revenue: {} } }} />)
    expect(figure('Carts recovered')).toEqual(['0', 'no reminders sent'])
    expect(figure('Revenue recovered')[0]).toBe('—')
    expect(rowsOf(screen.getByRole('table', { name: /Emails by template/ }))).toEqual([
      ['Template', 'Sent', 'Clicked', 'Orders', 'Revenue'],
      ['No emails sent or clicked in this period.'],
    ])
    await expect(container).toHaveNoAxeViolations()
  })
})
