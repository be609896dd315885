// Sums every Vitest JSON report (packages, Storybook, consumer apps) into the plain closing line CI reads:
// "N passed, N failed". Exits non-zero when a report is missing, when no test ran, or when any failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const reports = [join(root, '.test-results/storybook.json'), join(root, '.test-results/consumers.json')]
for (const workspace of ['packages', 'templates']) {
  const dir = join(root, workspace)
  if (!existsSync(dir)) continue
  for (const name of readdirSync(dir)) {
    if (existsSync(join(dir, name, 'package.json'))) reports.push(join(dir, name, '.test-results/vitest.json'))
  }
}

let passed = 0
let failed = 0
let skipped = 0
const missing = []
for (const report of reports) {
  if (!existsSync(report)) {
    missing.push(report.replace(root + '/', ''))
    continue
  }
  const result = JSON.parse(readFileSync(report, 'utf8'))
  passed += result.numPassedTests
  failed += result.numFailedTests + suitesThatFailedToRun(result) + runThatFailedOutsideTests(result)
  skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0)
}

/** A file that failed to load has no failing test of its own; it counts once as a failure. */
function suitesThatFailedToRun(result) {
  return (result.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && !suite.assertionResults?.some((test) => test.status === 'failed'),
  ).length
}

/** A run that failed before or around its tests (a global setup that threw) and has no failing test to show for it. */
function runThatFailedOutsideTests(result) {
  return result.success === false && result.numFailedTests === 0 && suitesThatFailedToRun(result) === 0 ? 1 : 0
}

if (missing.length) console.log(`missing test reports (package without tests, or its run crashed): ${missing.join(', ')}`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0)
