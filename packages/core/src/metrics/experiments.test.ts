import { describe, expect, it } from 'vitest'
import { item, makeEvent, order } from '../destinations/test-events'
import { alwaysValidPValue, compareVariants, experimentGuardrails, experimentTotals, sampleRatioMismatch, sampleSizePerVariant, wilsonInterval, type VariantTotals } from './experiments'

const totals = (variant: string, visitors: number, converters: number, extra: Partial<VariantTotals> = {}): VariantTotals => ({
  variant,
  visitors,
  converters,
  orders: converters,
  revenue: 0,
  revenueSquares: 0,
  orderValueSquares: 0,
  ...extra,
})

/** log B(a, b) through log Γ by summing logs (exact for the integer arguments used here). */
const logFactorial = (n: number) => {
  let sum = 0
  for (let k = 2; k <= n; k++) sum += Math.log(k)
  return sum
}
const logBeta = (a: number, b: number) => logFactorial(a - 1) + logFactorial(b - 1) - logFactorial(a + b - 1)

/**
 * The exact P(p_B > p_A) for Beta posteriors, from Evan Miller, "Formulas for Bayesian A/B Testing"
 * (2015, https://www.evanmiller.org/bayesian-ab-testing.html): Σ_{i=0}^{α_B−1} B(α_A+i, β_A+β_B) / ((β_B+i) B(1+i, β_B) B(α_A, β_A)).
 */
function exactProbabilityBBeatsA(aA: number, bA: number, aB: number, bB: number): number {
  let total = 0
  for (let i = 0; i < aB; i++) total += Math.exp(logBeta(aA + i, bA + bB) - Math.log(bB + i) - logBeta(1 + i, bB) - logBeta(aA, bA))
  return total
}

describe('wilsonInterval', () => {
  // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven methods",
  // Statistics in Medicine 17 (1998), Table II, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: %f–%f as published', (successes, trials, lower, upper) => {
    const interval = wilsonInterval(successes, trials)
    expect(interval.lower).toBeCloseTo(lower, 4)
    expect(interval.upper).toBeCloseTo(upper, 4)
  })

  it('is empty without trials and widens with the confidence level', () => {
    expect(wilsonInterval(0, 0)).toEqual({ estimate: 0, lower: 0, upper: 0 })
    const at99 = wilsonInterval(81, 263, 0.99)
    expect(at99.lower).toBeLessThan(0.2553)
    expect(at99.upper).toBeGreaterThan(0.3662)
  })
})

describe('sampleRatioMismatch', () => {
  // Kohavi, Tang & Xu, "Trustworthy Online Controlled Experiments" (2020), ch. 3: 821,588 vs 815,482
  // visitors in a 50/50 experiment give p = 1.8e-6, an SRM.
  it('flags the book\'s example', () => {
    const check = sampleRatioMismatch([821_588, 815_482], [0.5, 0.5])
    expect(check.degreesOfFreedom).toBe(1)
    expect(check.chiSquare).toBeCloseTo(22.77, 2)
    expect(check.pValue).toBeCloseTo(1.8e-6, 7)
    expect(check.mismatch).toBe(true)
  })

  it('uses the configured weights and any number of variants (chi-square 25 on 2 df: p = e^-12.5)', () => {
    expect(sampleRatioMismatch([900, 100], [9, 1]).pValue).toBe(1)
    const three = sampleRatioMismatch([50, 50, 100], [1, 1, 1])
    expect(three.chiSquare).toBe(25)
    expect(three.pValue).toBeCloseTo(Math.exp(-12.5), 9)
  })

  it('does not flag a ratio within chance, nor an empty experiment', () => {
    expect(sampleRatioMismatch([5_030, 4_970], [1, 1]).mismatch).toBe(false)
    expect(sampleRatioMismatch([0, 0], [1, 1])).toMatchObject({ pValue: 1, mismatch: false })
  })
})

describe('compareVariants', () => {
  it('gives the probability to beat control that the exact Beta formula gives (Evan Miller 2015)', () => {
    const cases: Array<[VariantTotals, VariantTotals]> = [
      [totals('control', 1000, 100), totals('b', 1000, 120)],
      [totals('control', 200, 20), totals('b', 180, 17)],
      [totals('control', 5000, 250), totals('b', 5000, 240)],
    ]
    for (const [control, treatment] of cases) {
      const exact = exactProbabilityBBeatsA(control.converters + 1, control.visitors - control.converters + 1, treatment.converters + 1, treatment.visitors - treatment.converters + 1)
      const [, result] = compareVariants([control, treatment])
      expect(result!.versusControl!.probabilityToBeatControl).toBeCloseTo(exact, 2)
    }
  })

  it('reports conversion, revenue per visitor and average order value with intervals', () => {
    // control: 4 visitors, orders of 10 and 30 by two of them: RPV 10 (values 10, 30, 0, 0), AOV 20
    const control = { variant: 'control', visitors: 4, converters: 2, orders: 2, revenue: 40, revenueSquares: 1000, orderValueSquares: 1000 }
    const [row] = compareVariants([control])
    expect(row!.conversion.estimate).toBe(0.5)
    expect(row!.revenuePerVisitor.estimate).toBe(10)
    // sample variance of (10, 30, 0, 0) = 600 / 3 = 200; se² = 200 / 4 = 50
    expect(row!.revenuePerVisitor.upper - 10).toBeCloseTo(1.959964 * Math.sqrt(50), 4)
    expect(row!.averageOrderValue!.estimate).toBe(20)
    // sample variance of (10, 30) = 200; se² = 100
    expect(row!.averageOrderValue!.lower).toBeCloseTo(20 - 1.959964 * 10, 4)
    expect(row!.versusControl).toBeNull()
    expect(compareVariants([totals('control', 10, 0)])[0]!.averageOrderValue).toBeNull()
  })

  it('gives the conversion difference with its interval, and the revenue chance', () => {
    const [, b] = compareVariants([
      totals('control', 1000, 100, { revenue: 100_000, revenueSquares: 100 * 1000 ** 2 }),
      totals('b', 1000, 150, { revenue: 150_000, revenueSquares: 150 * 1000 ** 2 }),
    ])
    const difference = b!.versusControl!.conversionDifference
    expect(difference.estimate).toBeCloseTo(0.05, 10)
    const se = Math.sqrt((0.1 * 0.9) / 1000 + (0.15 * 0.85) / 1000)
    expect(difference.lower).toBeCloseTo(0.05 - 1.959964 * se, 5)
    expect(b!.versusControl!.revenueProbabilityToBeatControl).toBeGreaterThan(0.99)
  })
})

describe('sampleSizePerVariant', () => {
  // worked by hand from the formula: p₁ = 0.65, p₂ = 0.85, α = 0.05, power 80 %: z = 1.95996 + 0.84162 = 2.80158;
  // n = 2.80158² × (0.2275 + 0.1275) / 0.2² = 69.66 → 70
  it('gives the hand-worked figure for two proportions', () => {
    expect(sampleSizePerVariant(0.65, 0.85)).toBe(70)
  })

  it('grows with a smaller effect and a higher power', () => {
    expect(sampleSizePerVariant(0.05, 0.06)).toBeGreaterThan(sampleSizePerVariant(0.05, 0.07))
    expect(sampleSizePerVariant(0.05, 0.06, { power: 0.9 })).toBeGreaterThan(sampleSizePerVariant(0.05, 0.06))
  })
})

describe('alwaysValidPValue (mSPRT)', () => {
  it('follows Johari et al.\'s mixture likelihood ratio', () => {
    // pc = 0.10, pt = 0.12 on 5,000 each; V = 0.1·0.9/5000 + 0.12·0.88/5000 = 3.912e-5; τ² = 1e-4
    const V = 3.912e-5
    const tau2 = 1e-4
    const lambda = Math.sqrt(V / (V + tau2)) * Math.exp((tau2 * 0.02 ** 2) / (2 * V * (V + tau2)))
    expect(alwaysValidPValue({ converters: 500, visitors: 5000 }, { converters: 600, visitors: 5000 }, tau2)).toBeCloseTo(1 / lambda, 10)
  })

  it('is 1 without evidence and shrinks as the same effect gathers data', () => {
    expect(alwaysValidPValue({ converters: 100, visitors: 1000 }, { converters: 100, visitors: 1000 }, 1e-4)).toBe(1)
    expect(alwaysValidPValue({ converters: 0, visitors: 0 }, { converters: 5, visitors: 10 }, 1e-4)).toBe(1)
    const small = alwaysValidPValue({ converters: 100, visitors: 1000 }, { converters: 120, visitors: 1000 }, 1e-4)
    const large = alwaysValidPValue({ converters: 1000, visitors: 10_000 }, { converters: 1200, visitors: 10_000 }, 1e-4)
    expect(large).toBeLessThan(small)
    expect(large).toBeLessThan(0.05)
  })
})

describe('experimentTotals', () => {
  const seen = (visitor: string, variant: string, occurredAt = '2025-01-01T10:00:00Z') =>
    makeEvent('experiment_viewed', { experiment: 'hero', variant }, { occurredAt, context: { anonymousId: visitor } })
  const bought = (orderId: string, visitor: string, variant: string | undefined, amount: number) =>
    order(orderId, [item('a', amount)], {}, { context: { anonymousId: visitor, ...(variant && { experiments: { hero: variant } }) } })

  it('counts visitors by their first exposure and orders by the variant their context names', () => {
    const rebought = bought('o1', 'v1', 'control', 1000)
    const events = [
      seen('v1', 'control'),
      seen('v2', 'benefit'),
      seen('v2', 'benefit', '2025-01-02T10:00:00Z'),
      seen('v3', 'benefit'),
      rebought,
      { ...rebought, id: 'webhook-copy' },
      bought('o2', 'v2', 'benefit', 2000),
      bought('o3', 'v2', 'benefit', 1000),
      bought('o4', 'v9', undefined, 5000),
    ]
    expect(experimentTotals(events, 'hero', ['control', 'benefit', 'unused'])).toEqual([
      { variant: 'control', visitors: 1, converters: 1, orders: 1, revenue: 1000, revenueSquares: 1000 ** 2, orderValueSquares: 1000 ** 2 },
      { variant: 'benefit', visitors: 2, converters: 1, orders: 2, revenue: 3000, revenueSquares: 3000 ** 2, orderValueSquares: 2000 ** 2 + 1000 ** 2 },
      { variant: 'unused', visitors: 0, converters: 0, orders: 0, revenue: 0, revenueSquares: 0, orderValueSquares: 0 },
    ])
  })
})

describe('experimentGuardrails', () => {
  const inVariant = (visitor: string, variant: string) => ({ context: { anonymousId: visitor, experiments: { hero: variant } } })
  const started = (visitor: string, variant: string) => makeEvent('checkout_started', { checkoutId: `c-${visitor}`, items: [] }, inVariant(visitor, variant))

  it('gives checkout abandonment and refund rate per variant', () => {
    const events = [
      started('a1', 'control'),
      started('a2', 'control'),
      order('o1', [item('a', 1000)], {}, inVariant('a1', 'control')),
      started('b1', 'benefit'),
      order('o2', [item('a', 1000)], {}, inVariant('b1', 'benefit')),
      order('o3', [item('a', 1000)], {}, inVariant('b1', 'benefit')),
      // a refund is recorded later, by the server, without the browser's context
      makeEvent('order_refunded', { orderId: 'o2', total: { amount: 1000, currency: 'EUR' } }),
    ]
    const [control, benefit] = experimentGuardrails(events, 'hero', ['control', 'benefit'])
    expect(control!.checkoutAbandonment.estimate).toBe(0.5)
    expect(control!.refundRate.estimate).toBe(0)
    expect(benefit!.checkoutAbandonment.estimate).toBe(0)
    expect(benefit!.refundRate).toMatchObject({ estimate: 0.5 })
    expect(benefit!.refundRate.upper).toBeGreaterThan(0.5)
  })

  it('is empty for a variant without checkouts or orders', () => {
    expect(experimentGuardrails([], 'hero', ['control'])).toEqual([
      { variant: 'control', checkoutAbandonment: { estimate: 0, lower: 0, upper: 0 }, refundRate: { estimate: 0, lower: 0, upper: 0 } },
    ])
  })
})
