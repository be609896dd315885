// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../../test/setup-dom'
import { BarChart } from './bar-chart'
import { FunnelChart } from './funnel-chart'
import { NpsChart } from './nps-chart'
import { StatCard, StatGrid } from './stat-card'

const steps = [
  { id: 'awareness', label: 'Awareness', sessions: 400, dropOff: 0 },
  { id: 'consideration', label: 'Consideration', sessions: 300, dropOff: 0.25 },
  { id: 'decision', label: 'Decision', sessions: 120, dropOff: 0.6 },
  { id: 'purchase', label: 'Purchase', sessions: 0, dropOff: 1 },
]

describe('FunnelChart', () => {
  it('is a figure with a caption, an image named by a summary of every step, and the data as a table', async () => {
    const user = userEvent.setup()
    const { container } = render(<FunnelChart title="Journey stages" description="Visits per stage." steps={steps} />)
    const figure = screen.getByRole('figure', { name: 'Journey stages' })
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Journey stages: Awareness 400 sessions; Consideration 300 sessions, 25% drop-off; Decision 120 sessions, 60% drop-off; Purchase 0 sessions, 100% drop-off.',
    )
    await user.click(within(figure).getByText('Show the data'))
    const table = within(figure).getByRole('table', { name: 'Journey stages' })
    const rows = within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['Step', 'Sessions', 'Share of Awareness', 'Drop-off from previous step'],
      ['Awareness', '400', '100%', '—'],
      ['Consideration', '300', '75%', '25%'],
      ['Decision', '120', '30%', '60%'],
      ['Purchase', '0', '0%', '100%'],
    ])
    await expect(container).toHaveNoAxeViolations()
  })

  it('draws bars relative to the first step and the drop-off between them', () => {
    const { container } = render(<FunnelChart title="Journey stages" steps={steps} />)
    expect([...container.querySelectorAll('.jk-chart-bar')].map((bar) => bar.getAttribute('width'))).toEqual(['100.00%', '75.00%', '30.00%', '0%'])
    expect([...container.querySelectorAll('.jk-chart-drop')].map((text) => text.textContent)).toEqual([
      '↓ 25% drop-off',
      '↓ 60% drop-off',
      '↓ 100% drop-off',
    ])
  })

  it('copes with no sessions at all', async () => {
    const empty = steps.map((step) => ({ ...step, sessions: 0, dropOff: 0 }))
    const { container } = render(<FunnelChart title="Checkout steps" steps={empty} />)
    expect([...container.querySelectorAll('.jk-chart-bar')].every((bar) => bar.getAttribute('width') === '0%')).toBe(true)
    expect(screen.getByRole('img')).toHaveAccessibleName(/^Checkout steps: Awareness 0 sessions;/)
    await expect(container).toHaveNoAxeViolations()
  })
})

describe('BarChart', () => {
  const rows = [
    { label: 'Owned', value: 250000, valueText: '€2,500.00', detail: '14 orders' },
    { label: 'Paid', value: 100000, valueText: '€1,000.00', detail: '1 order' },
  ]

  it('names the image with every bar and lists the same numbers in its table', async () => {
    const { container } = render(<BarChart title="Revenue by channel" rows={rows} valueHeader="Revenue" detailHeader="Orders" emptyText="No orders." />)
    expect(screen.getByRole('img')).toHaveAccessibleName('Revenue by channel: Owned €2,500.00 (14 orders); Paid €1,000.00 (1 order).')
    expect(within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true }).map((row) => row.textContent)).toEqual([
      'NameRevenueOrders',
      'Owned€2,500.0014 orders',
      'Paid€1,000.001 order',
    ])
    expect([...container.querySelectorAll('.jk-chart-bar')].map((bar) => bar.getAttribute('width'))).toEqual(['100.00%', '40.00%'])
    await expect(container).toHaveNoAxeViolations()
  })

  it('says so when there is nothing to draw', async () => {
    const { container } = render(<BarChart title="Revenue by campaign" rows={[]} valueHeader="Revenue" emptyText="No orders in this period." />)
    expect(screen.getByRole('img')).toHaveAccessibleName('Revenue by campaign: No orders in this period.')
    expect(container.querySelector('.jk-chart-bar')).toBeNull()
    await expect(container).toHaveNoAxeViolations()
  })
})

describe('NpsChart', () => {
  it('splits one bar into promoters, passives and detractors by share', async () => {
    const { container } = render(<NpsChart title="Net Promoter Score" result={{ score: 30, promoters: 5, passives: 3, detractors: 2, responses: 10 }} />)
    expect(screen.getByRole('img')).toHaveAccessibleName('Net Promoter Score: NPS 30 from 10 responses; promoters 50%, passives 30%, detractors 20%.')
    const segments = [...container.querySelectorAll('.jk-chart-svg > rect')].map((rect) => [rect.getAttribute('class'), rect.getAttribute('x'), rect.getAttribute('width')])
    expect(segments).toEqual([
      ['jk-nps-promoters', '0%', '50%'],
      ['jk-nps-passives', '50%', '30%'],
      ['jk-nps-detractors', '80%', '20%'],
    ])
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Promoters (9–10) · 50%',
      'Passives (7–8) · 30%',
      'Detractors (0–6) · 20%',
    ])
    expect(within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true }).map((row) => row.textContent)).toEqual([
      'GroupResponsesShare',
      'Promoters (9–10)550%',
      'Passives (7–8)330%',
      'Detractors (0–6)220%',
    ])
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows that nobody answered yet', async () => {
    const { container } = render(<NpsChart title="Net Promoter Score" result={null} />)
    expect(screen.getByRole('img')).toHaveAccessibleName('Net Promoter Score: no survey responses yet.')
    expect(container.querySelector('svg rect')).toBeNull()
    expect(screen.queryByRole('list')).toBeNull()
    await expect(container).toHaveNoAxeViolations()
  })
})

describe('StatCard', () => {
  it('pairs each label with its number in a description list', async () => {
    const { container } = render(
      <StatGrid>
        <StatCard label="Conversion rate" value="3.2%" detail="of 1,204 visits ordered" />
        <StatCard label="Net Promoter Score" value="—" />
      </StatGrid>,
    )
    const terms = screen.getAllByRole('term').map((term) => term.textContent)
    const definitions = screen.getAllByRole('definition').map((definition) => definition.textContent)
    expect(terms).toEqual(['Conversion rate', 'Net Promoter Score'])
    expect(definitions).toEqual(['3.2%', 'of 1,204 visits ordered', '—'])
    await expect(container).toHaveNoAxeViolations()
  })
})
