// Minified + gzipped size of each package entry as an app's production bundler would ship it.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

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
]

export async function gzippedSize(code, { external = [] } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [...EXTERNAL, ...external],
  })
  const output = result.outputFiles[0].contents
  return { raw: output.byteLength, gzip: gzipSync(output, { level: 9 }).byteLength }
}

export async function run() {
  const { entries } = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'))
  const figures = []
  for (const entry of entries) {
    const own = entry.code.match(/'(@journeykit\/[^/']+)/)?.[1]
    const others = ['core', 'react', 'ui', 'promo', 'compare', 'social-proof', 'checkout', 'loyalty']
      .map((name) => `@journeykit/${name}`)
      .filter((name) => name !== own)
      .flatMap((name) => [name, `${name}/*`])
    const { gzip } = await gzippedSize(entry.code, { external: others })
    figures.push({ name: `size: ${entry.name} (min+gzip)`, value: gzip, unit: 'B', budget: entry.budget })
  }
  return figures
}
