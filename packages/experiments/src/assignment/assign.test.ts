import { GrowthBook } from '@growthbook/growthbook'
import { sampleRatioMismatch } from '@journeykit/core/metrics'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { assignExperiment, assignExperiments, bucketRanges } from './assign'
import { forcedVariants } from './forced'
import { visitorIds } from './test-ids'
import type { ExperimentDefinition, JourneyFacts } from './types'

const hero: ExperimentDefinition = { key: 'hero-copy', variants: ['control', 'benefit'] }
const ids = visitorIds(100_000)

function countVariants(definition: ExperimentDefinition, facts: Omit<JourneyFacts, 'anonymousId'> = {}) {
  const counts = new Map<string, number>([...definition.variants.map((variant) => [variant, 0] as [string, number]), ['outside', 0]])
  for (const anonymousId of ids) {
    const { variant, inExperiment } = assignExperiment(definition, { anonymousId, ...facts })
    const key = inExperiment ? variant : 'outside'
    counts.set(key, counts.get(key)! + 1)
  }
  return counts
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('assignExperiment', () => {
  it('gives a visitor the same variant every time, on any machine', () => {
    const first = ids.slice(0, 1000).map((anonymousId) => assignExperiment(hero, { anonymousId }).variant)
    const again = ids.slice(0, 1000).map((anonymousId) => assignExperiment({ ...hero }, { anonymousId }).variant)
    expect(again).toEqual(first)
    expect(new Set(first)).toEqual(new Set(['control', 'benefit']))
  })

  it('splits 100,000 visitors evenly (chi-square, p > 0.001) and independently of another experiment', () => {
    const counts = countVariants({ key: 'three-way', variants: ['a', 'b', 'c'] })
    expect(counts.get('outside')).toBe(0)
    expect(sampleRatioMismatch([counts.get('a')!, counts.get('b')!, counts.get('c')!], [1, 1, 1]).mismatch).toBe(false)

    // the variant in one experiment says nothing about the variant in another
    const cross = new Map<string, number>()
    for (const anonymousId of ids) {
      const pair = `${assignExperiment(hero, { anonymousId }).variant}/${assignExperiment({ key: 'badges', variants: ['top', 'bottom'] }, { anonymousId }).variant}`
      cross.set(pair, (cross.get(pair) ?? 0) + 1)
    }
    expect(sampleRatioMismatch([...cross.values()], [1, 1, 1, 1]).mismatch).toBe(false)
  })

  it('follows the weights and the traffic allocation', () => {
    const weighted = countVariants({ key: 'weighted', variants: ['control', 'b'], weights: [0.8, 0.2] })
    expect(sampleRatioMismatch([weighted.get('control')!, weighted.get('b')!], [0.8, 0.2]).mismatch).toBe(false)
    expect(weighted.get('b')! / ids.length).toBeCloseTo(0.2, 2)

    const partial = countVariants({ key: 'partial', variants: ['control', 'b'], traffic: 0.3 })
    expect(partial.get('outside')! / ids.length).toBeCloseTo(0.7, 2)
    expect(sampleRatioMismatch([partial.get('control')!, partial.get('b')!], [1, 1]).mismatch).toBe(false)
    // outside the traffic share, the control is shown
    const outsider = ids.find((anonymousId) => !assignExperiment({ key: 'partial', variants: ['control', 'b'], traffic: 0.3 }, { anonymousId }).inExperiment)!
    expect(assignExperiment({ key: 'partial', variants: ['control', 'b'], traffic: 0.3 }, { anonymousId: outsider }).variant).toBe('control')
  })

  it('falls back to equal weights (with a development warning) when the weights do not fit the variants', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(bucketRanges({ variants: ['a', 'b'], weights: [1] })).toEqual([
      [0, 0.5],
      [0.5, 1],
    ])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('using equal weights'))
    expect(bucketRanges({ variants: ['a', 'b'], weights: [3, 1], traffic: 0.5 })).toEqual([
      [0, 0.375],
      [0.75, 0.875],
    ])
  })

  it('keeps experiments of one namespace mutually exclusive', () => {
    const left: ExperimentDefinition = { key: 'badges-top', variants: ['control', 'b'], namespace: { id: 'checkout', range: [0, 0.5] } }
    const right: ExperimentDefinition = { key: 'badges-copy', variants: ['control', 'b'], namespace: { id: 'checkout', range: [0.5, 1] } }
    let both = 0
    let inLeft = 0
    let inRight = 0
    for (const anonymousId of ids) {
      const a = assignExperiment(left, { anonymousId }).inExperiment
      const b = assignExperiment(right, { anonymousId }).inExperiment
      if (a && b) both++
      if (a) inLeft++
      if (b) inRight++
    }
    expect(both).toBe(0)
    expect(inLeft / ids.length).toBeCloseTo(0.5, 1)
    expect(inRight / ids.length).toBeCloseTo(0.5, 1)
  })

  it('admits only visitors the targeting matches; everyone else sees the control, outside the experiment', () => {
    const targeted: ExperimentDefinition = {
      key: 'returning-paid',
      variants: ['control', 'b'],
      targeting: { stages: ['decision', 'purchase'], channels: ['paid'], campaigns: ['winter'], returning: true, locales: ['de'] },
    }
    const matching: JourneyFacts = { anonymousId: ids[0]!, stage: 'decision', channel: 'paid', campaign: 'winter', returning: true, locale: 'de-AT' }
    const entered = ids.slice(0, 200).filter((anonymousId) => assignExperiment(targeted, { ...matching, anonymousId }).inExperiment)
    expect(entered).toHaveLength(200)
    for (const miss of [
      { stage: 'awareness' as const },
      { channel: 'direct' as const },
      { campaign: 'summer' },
      { campaign: undefined },
      { returning: false },
      { locale: 'fr-FR' },
      { locale: 'deu' },
    ]) {
      expect(assignExperiment(targeted, { ...matching, ...miss }), JSON.stringify(miss)).toEqual({ variant: 'control', inExperiment: false })
    }
    expect(assignExperiment({ ...targeted, targeting: { returning: false } }, { anonymousId: 'new' }).inExperiment).toBe(true)
  })

  it('ships the winner of a stopped experiment to everyone, outside the sample', () => {
    for (const anonymousId of ids.slice(0, 100)) {
      expect(assignExperiment({ ...hero, winner: 'benefit' }, { anonymousId })).toEqual({ variant: 'benefit', inExperiment: false })
    }
  })

  it('puts a visitor in the same variant as GrowthBook\'s SDK would (hash version 2), namespaces and coverage included', () => {
    const definitions: ExperimentDefinition[] = [
      hero,
      { key: 'weighted', variants: ['a', 'b', 'c'], weights: [0.5, 0.3, 0.2], traffic: 0.8 },
      { key: 'spaced', variants: ['a', 'b'], namespace: { id: 'checkout', range: [0.2, 0.7] } },
    ]
    for (const anonymousId of ids.slice(0, 500)) {
      const growthbook = new GrowthBook({ attributes: { id: anonymousId } })
      for (const definition of definitions) {
        const result = growthbook.run({
          key: definition.key,
          variations: [...definition.variants] as [string, string, ...string[]],
          weights: definition.weights && [...definition.weights],
          coverage: definition.traffic,
          namespace: definition.namespace && [definition.namespace.id, ...definition.namespace.range],
          hashVersion: 2,
        })
        expect(assignExperiment(definition, { anonymousId })).toEqual({ variant: result.value, inExperiment: result.inExperiment })
      }
      growthbook.destroy()
    }
  })
})

describe('assignExperiments and forced variants', () => {
  const definitions: ExperimentDefinition[] = [hero, { key: 'badges', variants: ['top', 'bottom'] }]

  it('assigns every experiment by key', () => {
    const assignments = assignExperiments(definitions, { anonymousId: ids[1]! })
    expect(Object.keys(assignments)).toEqual(['hero-copy', 'badges'])
    expect(assignments['hero-copy']).toEqual(assignExperiment(hero, { anonymousId: ids[1]! }))
  })

  it('forces a variant by query parameter in development, outside the sample; unknown variants are ignored', () => {
    const forced = forcedVariants('https://shop.test/?jk-experiment=hero-copy:benefit&jk-experiment=badges:nowhere&jk-experiment=broken')
    expect(forced).toEqual({ 'hero-copy': 'benefit', badges: 'nowhere' })
    const control = ids.find((anonymousId) => assignExperiment(hero, { anonymousId }).variant === 'control')!
    const assignments = assignExperiments(definitions, { anonymousId: control }, { forced })
    expect(assignments['hero-copy']).toEqual({ variant: 'benefit', inExperiment: false })
    expect(assignments.badges).toEqual(assignExperiment(definitions[1]!, { anonymousId: control }))
  })

  it('never forces in production builds', () => {
    vi.stubEnv('NODE_ENV', 'production')
    expect(forcedVariants('/?jk-experiment=hero-copy:benefit')).toEqual({})
  })
})
