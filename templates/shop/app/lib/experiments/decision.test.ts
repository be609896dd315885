import { compareVariants, sampleRatioMismatch, wilsonInterval, type VariantTotals } from '@journeykit/core/metrics'
import { describe, expect, it } from 'vitest'
import { decideExperiment } from './decision'

const totals = (variant: string, visitors: number, converters: number): VariantTotals => ({
  variant,
  visitors,
  converters,
  orders: converters,
  revenue: converters * 5000,
  revenueSquares: converters * 5000 ** 2,
  orderValueSquares: converters * 5000 ** 2,
})
const guardrails = (variant: string, abandoned: number, started: number) => ({
  variant,
  checkoutAbandonment: wilsonInterval(abandoned, started),
  refundRate: wilsonInterval(0, 100),
})

function decide(rows: VariantTotals[], guard = rows.map((row) => guardrails(row.variant, 50, 100)), winner: string | null = null) {
  return decideExperiment({
    status: winner ? 'stopped' : 'running',
    winner,
    variants: compareVariants(rows),
    guardrails: guard,
    sampleRatio: sampleRatioMismatch(
      rows.map((row) => row.visitors),
      rows.map(() => 1),
    ),
  })
}

describe('decideExperiment', () => {
  it('ships a variant that clearly converts better and worsens no guardrail', () => {
    expect(decide([totals('control', 5000, 250), totals('new', 5000, 400)])).toEqual({ kind: 'ship', variant: 'new' })
  })

  it('holds a better variant whose checkout abandonment is clearly worse', () => {
    const rows = [totals('control', 5000, 250), totals('new', 5000, 400)]
    expect(decide(rows, [guardrails('control', 200, 1000), guardrails('new', 500, 1000)])).toEqual({ kind: 'guardrail', variant: 'new', guardrail: 'checkoutAbandonment' })
  })

  it('says to stop a variant that clearly converts worse', () => {
    expect(decide([totals('control', 5000, 400), totals('new', 5000, 250)])).toEqual({ kind: 'worse', variant: 'new' })
  })

  it('keeps running while the difference is not yet clear, with the visitors a 10 % lift needs', () => {
    const decision = decide([totals('control', 1000, 50), totals('new', 1000, 55)])
    // (1.96 + 0.8416)² × (0.05 × 0.95 + 0.055 × 0.945) / 0.005² = 31,231
    expect(decision).toEqual({ kind: 'keep-running', visitorsPerVariant: 31231 })
    expect(decide([totals('control', 10, 0), totals('new', 10, 0)])).toEqual({ kind: 'keep-running', visitorsPerVariant: null })
  })

  it('decides nothing under a sample ratio mismatch, and a stopped experiment keeps its winner', () => {
    expect(decide([totals('control', 5000, 250), totals('new', 4000, 400)])).toEqual({ kind: 'broken' })
    expect(decide([totals('control', 5000, 250), totals('new', 4000, 400)], undefined, 'new')).toEqual({ kind: 'stopped', winner: 'new' })
  })
})
