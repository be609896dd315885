// Simulated experiments against the statistics of @journeykit/core/metrics and the assignment of
// @journeykit/experiments (built dist/, production bundles):
// - A/A tests (no true difference): visitors assigned by assignExperiment, each converting with the
//   same probability, looked at every day. The fixed-horizon test at the end and the mSPRT at every
//   daily look must keep the false-positive rate at ALPHA; the naive test repeated daily shows why
//   the sequential one is needed. The SRM check must flag about SRM_THRESHOLD of them.
// - A known lift: a sample size computed for POWER at ALPHA must detect it at POWER.
// Seeded, so every run gives the same figures.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { productionBundle } from './lib.mjs'

const ALPHA = 0.05
const POWER = 0.8
const SRM_THRESHOLD = 0.001
const AA_TESTS = 2000
const DAYS = 14
const VISITORS_PER_DAY = 400
const BASELINE = 0.05
const POWER_TESTS = 2000
const RELATIVE_LIFT = 0.2

async function load(specifier) {
  const file = join(mkdtempSync(join(tmpdir(), 'jk-bench-')), 'module.mjs')
  writeFileSync(file, await productionBundle(`export * from '${specifier}'`, { platform: 'node' }))
  return import(pathToFileURL(file).href)
}

/** mulberry32: a seeded uniform generator in [0, 1). */
function generator(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const totals = (variant) => ({ variant, visitors: 0, converters: 0, orders: 0, revenue: 0, revenueSquares: 0, orderValueSquares: 0 })
const convert = (row, random, rate) => {
  row.visitors++
  if (random() < rate) {
    row.converters++
    row.orders++
  }
}
/** Whether the interval of the conversion difference excludes 0 (the two-sided fixed-horizon test at ALPHA). */
const fixedSignificant = (comparison) => {
  const { lower, upper } = comparison.versusControl.conversionDifference
  return lower > 0 || upper < 0
}

function aaTests(metrics, assignment) {
  const random = generator(16)
  const id = () => Math.floor(random() * 2 ** 52).toString(36) + Math.floor(random() * 2 ** 52).toString(36)
  let fixedAtEnd = 0
  let sequentialAnyDay = 0
  let naiveAnyDay = 0
  let srmFlags = 0
  for (let test = 0; test < AA_TESTS; test++) {
    const definition = { key: `aa-${test}`, variants: ['control', 'b'] }
    const rows = { control: totals('control'), b: totals('b') }
    let sequentialRejected = false
    let naiveRejected = false
    let comparison
    for (let day = 0; day < DAYS; day++) {
      for (let visitor = 0; visitor < VISITORS_PER_DAY; visitor++) {
        convert(rows[assignment.assignExperiment(definition, { anonymousId: id() }).variant], random, BASELINE)
      }
      comparison = metrics.compareVariants([rows.control, rows.b], { confidence: 1 - ALPHA })[1]
      if (comparison.versusControl.sequentialPValue <= ALPHA) sequentialRejected = true
      if (fixedSignificant(comparison)) naiveRejected = true
    }
    if (fixedSignificant(comparison)) fixedAtEnd++
    if (sequentialRejected) sequentialAnyDay++
    if (naiveRejected) naiveAnyDay++
    if (metrics.sampleRatioMismatch([rows.control.visitors, rows.b.visitors], [1, 1], SRM_THRESHOLD).mismatch) srmFlags++
  }
  return { fixedAtEnd: fixedAtEnd / AA_TESTS, sequentialAnyDay: sequentialAnyDay / AA_TESTS, naiveAnyDay: naiveAnyDay / AA_TESTS, srmFlags: srmFlags / AA_TESTS }
}

function powerTests(metrics, perArm) {
  const random = generator(61)
  const treated = BASELINE * (1 + RELATIVE_LIFT)
  let detected = 0
  let sequentialDetected = 0
  for (let test = 0; test < POWER_TESTS; test++) {
    const control = totals('control')
    const b = totals('b')
    let sequential = false
    for (let day = 0; day < DAYS; day++) {
      const today = Math.round((perArm * (day + 1)) / DAYS) - control.visitors
      for (let visitor = 0; visitor < today; visitor++) {
        convert(control, random, BASELINE)
        convert(b, random, treated)
      }
      const comparison = metrics.compareVariants([control, b], { confidence: 1 - ALPHA })[1]
      if (comparison.versusControl.sequentialPValue <= ALPHA) sequential = true
      if (day === DAYS - 1 && fixedSignificant(comparison)) detected++
    }
    if (sequential) sequentialDetected++
  }
  return { power: detected / POWER_TESTS, sequentialPower: sequentialDetected / POWER_TESTS }
}

/** @returns {Promise<Array<{ name: string, value: number, unit: string, budget: number | null, better?: 'higher' }>>} */
export async function run() {
  const metrics = await load('@journeykit/core/metrics')
  const assignment = await load('@journeykit/experiments/assignment')
  const aa = aaTests(metrics, assignment)
  const perArm = metrics.sampleSizePerVariant(BASELINE, BASELINE * (1 + RELATIVE_LIFT), { alpha: ALPHA, power: POWER })
  const power = powerTests(metrics, perArm)
  const share = (value) => Math.round(value * 10000) / 10000
  const aaName = `${AA_TESTS} A/A tests, ${DAYS} days × ${VISITORS_PER_DAY} visitors, ${BASELINE * 100} % conversion`
  const liftName = `${POWER_TESTS} tests of a ${RELATIVE_LIFT * 100} % lift on ${BASELINE * 100} %, ${perArm} visitors per arm (sized for ${POWER * 100} % power at α ${ALPHA})`
  return [
    { name: `experiments: false-positive rate, fixed-horizon test at the end (α ${ALPHA}), ${aaName}`, value: share(aa.fixedAtEnd), unit: 'share', budget: 0.06 },
    { name: `experiments: false-positive rate, mSPRT looked at daily (α ${ALPHA}), ${aaName}`, value: share(aa.sequentialAnyDay), unit: 'share', budget: ALPHA },
    { name: `experiments: false-positive rate, fixed-horizon test looked at daily (why the mSPRT), ${aaName}`, value: share(aa.naiveAnyDay), unit: 'share', budget: null },
    { name: `experiments: SRM flags (p < ${SRM_THRESHOLD}) with correct assignment, ${aaName}`, value: share(aa.srmFlags), unit: 'share', budget: 0.005 },
    { name: `experiments: power, fixed-horizon test, ${liftName}`, value: share(power.power), unit: 'share', budget: 0.77, better: 'higher' },
    { name: `experiments: power, mSPRT looked at daily, ${liftName}`, value: share(power.sequentialPower), unit: 'share', budget: null },
  ]
}
