// Minified + gzipped size of each package entry as an app's production bundler would ship it,
// against bench/size-budgets.json, which must name every JavaScript entry of every published package.
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { productionBundle } from './lib.mjs'

const packagesDir = new URL('../packages/', import.meta.url)
/** Packages whose entries ship to browsers; create-journeykit is a Node CLI. */
const BUNDLED = ['core', 'react', 'ui', 'promo', 'compare', 'social-proof', 'checkout', 'loyalty']

const EXTERNAL = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@radix-ui/*',
  'react-hook-form',
  '@hookform/*',
  'zod',
  'zod/*',
  '@stripe/*',
  'stripe',
  '@testing-library/*',
]

/** Gzipped bytes of the production bundle of `code`, the peers and `external` left out. */
async function gzippedSize(code, external) {
  const bundle = await productionBundle(code, { external: [...EXTERNAL, ...external] })
  return gzipSync(bundle, { level: 9 }).byteLength
}

/** Every JavaScript entry (`@journeykit/ui`, `@journeykit/ui/locales/de`, …) of the bundled packages. */
function publicEntries() {
  return readdirSync(packagesDir)
    .filter((folder) => BUNDLED.includes(folder))
    .flatMap((folder) => {
      const manifest = JSON.parse(readFileSync(new URL(`${folder}/package.json`, packagesDir), 'utf8'))
      return Object.keys(manifest.exports)
        .filter((subpath) => subpath !== './package.json' && !subpath.endsWith('.css'))
        .map((subpath) => manifest.name + subpath.slice(1))
    })
}

export async function run() {
  const { entries } = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'))
  const budgeted = new Set(entries.filter((entry) => entry.budget != null).flatMap((entry) => [...entry.code.matchAll(/'(@journeykit\/[^']+)'/g)].map((m) => m[1])))
  const unbudgeted = publicEntries().filter((entry) => !budgeted.has(entry))
  if (unbudgeted.length) throw new Error(`bench/size-budgets.json has no budget for ${unbudgeted.join(', ')}: add one (measured size + 15 %)`)
  const figures = []
  for (const entry of entries) {
    const own = entry.code.match(/'(@journeykit\/[^/']+)/)?.[1]
    const others = BUNDLED.map((name) => `@journeykit/${name}`)
      .filter((name) => name !== own)
      .flatMap((name) => [name, `${name}/*`])
    const gzip = await gzippedSize(entry.code, others)
    figures.push({ name: `size: ${entry.name} (min+gzip)`, value: gzip, unit: 'B', budget: entry.budget })
  }
  return figures
}
