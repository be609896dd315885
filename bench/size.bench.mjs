// Minified + gzipped size of each block and each package entry as an app imports it from the built
// dist/ (`import { PromoBanner } from '@journeykit/promo'`), through esbuild, Rollup and webpack in
// production mode, against bench/size-budgets.json. That file must name every JavaScript entry of
// every published package and every block (the keys of each package's `…Stages` map).
// Two figures per entry and bundler: the @journeykit code the entry brings (third-party packages left
// out, react and react-dom always out), budgeted by `budget`; and, for the entries that set
// `budgetWithDependencies`, the same bundle with the third-party packages in (react-hook-form, Radix…).
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { BUNDLERS } from './bundlers.mjs'

const packagesDir = new URL('../packages/', import.meta.url)
/** Packages whose entries ship to browsers; create-journeykit is a Node CLI. */
const BUNDLED = ['core', 'react', 'ui', 'promo', 'compare', 'social-proof', 'checkout', 'loyalty', 'experiments', 'discovery']

const isReact = (specifier) => /^react(-dom)?(\/|$)/.test(specifier)
const OWN_CODE = (specifier) => isReact(specifier) || !specifier.startsWith('@journeykit/')
const WITH_DEPENDENCIES = isReact

function manifest(folder) {
  return JSON.parse(readFileSync(new URL(`${folder}/package.json`, packagesDir), 'utf8'))
}

/** Every JavaScript entry (`@journeykit/ui`, `@journeykit/ui/locales/de`, …) of the bundled packages. */
function publicEntries() {
  return readdirSync(packagesDir)
    .filter((folder) => BUNDLED.includes(folder))
    .flatMap((folder) => {
      const { name, exports } = manifest(folder)
      return Object.keys(exports)
        .filter((subpath) => subpath !== './package.json' && !subpath.endsWith('.css'))
        .map((subpath) => name + subpath.slice(1))
    })
}

/** Every block (`@journeykit/promo` PromoBanner, …), read from the packages' built stage maps. */
async function blocks() {
  const found = []
  for (const folder of BUNDLED) {
    const { name } = manifest(folder)
    const entry = await import(name)
    for (const [key, value] of Object.entries(entry)) {
      if (key.endsWith('Stages')) found.push(...Object.keys(value).map((block) => ({ block, name })))
    }
  }
  return found
}

async function checkCoverage(entries) {
  const budgeted = entries.filter((entry) => entry.budget != null)
  const named = new Set(budgeted.flatMap((entry) => [...entry.code.matchAll(/'(@journeykit\/[^']+)'/g)].map((m) => m[1])))
  // a block is measured alone, from its package's main entry or its own subpath (NewsletterSignup)
  const blockCodes = budgeted.filter((entry) => entry.budgetWithDependencies != null).map((entry) => entry.code)
  const measured = ({ block, name }) => blockCodes.some((code) => code.startsWith(`export { ${block} } from '${name}`))
  const missing = [
    ...publicEntries().filter((entry) => !named.has(entry)),
    ...(await blocks()).filter((block) => !measured(block)).map(({ block, name }) => `${block} (${name})`),
  ]
  if (missing.length) {
    throw new Error(`bench/size-budgets.json has no budget (for a block, also budgetWithDependencies) for: ${missing.join(', ')}; add one (measured size + 15 %)`)
  }
}

const gzipped = (bundle) => gzipSync(bundle, { level: 9 }).byteLength

export async function run() {
  const { entries } = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'))
  await checkCoverage(entries)
  const withDependencies = entries.filter((entry) => entry.budgetWithDependencies != null)
  const figures = []
  for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
    const own = await bundle(entries.map((entry) => entry.code), OWN_CODE)
    entries.forEach((entry, index) =>
      figures.push({ name: `size: ${entry.name} via ${bundler} (min+gzip)`, value: gzipped(own[index]), unit: 'B', budget: entry.budget }),
    )
    const all = await bundle(withDependencies.map((entry) => entry.code), WITH_DEPENDENCIES)
    withDependencies.forEach((entry, index) =>
      figures.push({
        name: `size: ${entry.name} via ${bundler}, third-party dependencies included (min+gzip)`,
        value: gzipped(all[index]),
        unit: 'B',
        budget: entry.budgetWithDependencies,
      }),
    )
  }
  return figures
}
