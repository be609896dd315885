// @vitest-environment jsdom
import { compareVariants, sampleRatioMismatch, wilsonInterval, type VariantTotals } from '@journeykit/core/metrics'
import { LocaleProvider } from '@journeykit/ui'
import { render, screen, within } from '@testing-library/react'
import { createRoutesStub } from 'react-router'
import { describe, expect, it } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../test/setup-dom'
import { decideExperiment } from '../lib/experiments/decision'
import type { ExperimentDay, ExperimentReport } from '../lib/experiments/report.server'
import ExperimentsPage from './journey.experiments'

const totals = (variant: string, visitors: number, converters: number, revenue: number): VariantTotals => ({
  variant,
  visitors,
  converters,
  orders: converters,
  revenue,
  revenueSquares: converters ? (revenue / converters) ** 2 * converters : 0,
  orderValueSquares: converters ? (revenue / converters) ** 2 * converters : 0,
})

function report(key: string, rows: VariantTotals[], winner?: string, daily: ExperimentDay[] = []): ExperimentReport {
  const variants = compareVariants(rows)
  const guardrails = rows.map((row) => ({ variant: row.variant, checkoutAbandonment: wilsonInterval(row.visitors - row.converters, row.visitors), refundRate: wilsonInterval(0, row.orders) }))
  const sampleRatio = sampleRatioMismatch(
    rows.map((row) => row.visitors),
    rows.map(() => 1),
  )
  const status = winner ? 'stopped' : 'running'
  return { key, status, winner: winner ?? null, variants, guardrails, sampleRatio, daily, currency: 'EUR', decision: decideExperiment({ status, winner: winner ?? null, variants, guardrails, sampleRatio }) }
}

const day = (date: string, ...counts: Array<[visitors: number, converters: number]>): ExperimentDay => ({
  day: date,
  variants: counts.map(([visitors, converters], index) => ({ variant: `v${index}`, visitors, conversion: wilsonInterval(converters, visitors) })),
})

function renderPage(reports: ExperimentReport[]) {
  const Stub = createRoutesStub([
    {
      path: '/journey/experiments',
      Component: () => (
        <LocaleProvider locale="en">
          <ExperimentsPage {...({ loaderData: { reports } } as Parameters<typeof ExperimentsPage>[0])} />
        </LocaleProvider>
      ),
    },
  ])
  return render(<Stub initialEntries={['/journey/experiments']} />)
}

describe('the experiments page', () => {
  it('lists each variant with its visitors, conversion, revenue per visitor and probability to beat the control', async () => {
    renderPage([report('checkout-trust-badges', [totals('beside-pay', 1000, 50, 500000), totals('above-form', 1000, 70, 700000)])])
    const section = await screen.findByRole('region', { name: 'checkout-trust-badges — running' })
    const rows = within(section).getAllByRole('row')
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('beside-pay (control)')
    expect(rows[1]).toHaveTextContent('1,000')
    expect(rows[1]).toHaveTextContent('5%')
    expect(rows[1]).toHaveTextContent('€5.00 (')
    expect(rows[2]).toHaveTextContent('7%')
    expect(within(rows[2]!).getAllByRole('cell')[4]).toHaveTextContent(/^9\d(\.\d)?%$/)
    expect(within(section).queryByRole('alert')).toBeNull()
    expect(within(section).getByText(/Decision:/).parentElement).toHaveTextContent('Decision: keep it running: no variant differs from the control yet. About')
  })

  it('charts each variant\'s conversion over the days with its interval, and the numbers as a table', async () => {
    const daily = [day('2026-11-01', [100, 5], [100, 7]), day('2026-11-02', [200, 10], [200, 16])]
    renderPage([report('checkout-trust-badges', [totals('beside-pay', 200, 10, 50000), totals('above-form', 200, 16, 80000)], undefined, daily)])
    const chart = await screen.findByRole('figure', { name: 'Conversion to purchase over time — checkout-trust-badges' })
    expect(within(chart).getByRole('img')).toHaveAccessibleName(
      'Conversion to purchase over time — checkout-trust-badges: on 2026-11-02, beside-pay (control) 5% (2.7% to 9%); above-form 8% (5% to 12.6%).',
    )
    const rows = within(chart).getAllByRole('row', { hidden: true })
    expect(rows.map((row) => row.textContent)).toEqual([
      'Day (UTC)beside-pay (control)above-form',
      '2026-11-015% (2.2% – 11.2%) · 100 visitors7% (3.4% – 13.7%) · 100 visitors',
      '2026-11-025% (2.7% – 9%) · 200 visitors8% (5% – 12.6%) · 200 visitors',
    ])
  })

  it('tells to ship a variant that clearly wins, and shows each variant\'s guardrails', async () => {
    renderPage([report('checkout-trust-badges', [totals('beside-pay', 5000, 250, 1250000), totals('above-form', 5000, 400, 2000000)])])
    const section = await screen.findByRole('region', { name: 'checkout-trust-badges — running' })
    expect(within(section).getByText(/Decision:/).parentElement).toHaveTextContent('Decision: ship above-form. It converts better than the control (sequential p < 0.05) and worsens no guardrail.')
    const headers = within(section).getAllByRole('columnheader').map((header) => header.textContent)
    expect(headers).toEqual(expect.arrayContaining(['Average order value', 'Checkout abandonment', 'Refund rate']))
    // the test's visitors who did not buy all abandoned a checkout: 4,600 of 5,000
    expect(within(within(section).getAllByRole('row')[2]!).getAllByRole('cell')[5]).toHaveTextContent(/^92% \(/)
  })

  it('warns of a sample ratio mismatch and names a stopped experiment\'s winner', async () => {
    renderPage([report('home-hero-copy', [totals('tailored', 1000, 10, 0), totals('generic', 800, 10, 0)], 'generic')])
    const section = await screen.findByRole('region', { name: 'home-hero-copy — stopped, everyone gets generic' })
    expect(within(section).getByRole('alert')).toHaveTextContent('Sample ratio mismatch')
  })
})
