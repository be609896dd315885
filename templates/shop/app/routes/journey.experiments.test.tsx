// @vitest-environment jsdom
import { compareVariants, sampleRatioMismatch, type VariantTotals } from '@journeykit/core/metrics'
import { LocaleProvider } from '@journeykit/ui'
import { render, screen, within } from '@testing-library/react'
import { createRoutesStub } from 'react-router'
import { describe, expect, it } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../test/setup-dom'
import type { ExperimentReport } from '../lib/experiments/report.server'
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

function report(key: string, rows: VariantTotals[], winner?: string): ExperimentReport {
  return {
    key,
    status: winner ? 'stopped' : 'running',
    winner: winner ?? null,
    variants: compareVariants(rows),
    sampleRatio: sampleRatioMismatch(
      rows.map((row) => row.visitors),
      rows.map(() => 1),
    ),
    currency: 'EUR',
  }
}

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
    expect(rows[2]).toHaveTextContent(/9\d(\.\d)?%$/)
    expect(within(section).queryByRole('alert')).toBeNull()
  })

  it('warns of a sample ratio mismatch and names a stopped experiment\'s winner', async () => {
    renderPage([report('home-hero-copy', [totals('tailored', 1000, 10, 0), totals('generic', 800, 10, 0)], 'generic')])
    const section = await screen.findByRole('region', { name: 'home-hero-copy — stopped, everyone gets generic' })
    expect(within(section).getByRole('alert')).toHaveTextContent('Sample ratio mismatch')
  })
})
