// What the benches share: one production bundle step and the median they report.
import { build } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('..', import.meta.url).pathname

/**
 * A minified production ESM bundle of `code` (resolved from the repository root), as an app's
 * bundler would make it: `process.env.NODE_ENV` is "production", so development-only code drops.
 * `conditions: ['source']` bundles the packages' src/ instead of their built dist/.
 * @param {string} code
 * @param {{ platform?: 'browser' | 'node', conditions?: string[], external?: string[] }} [options]
 * @returns {Promise<Uint8Array>}
 */
export async function productionBundle(code, { platform = 'browser', conditions = [], external = [] } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform,
    minify: true,
    write: false,
    logLevel: 'silent',
    jsx: 'automatic',
    conditions,
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  return result.outputFiles[0].contents
}

/** The middle value (the upper one of the two middles for an even count); 0 for none. */
export function median(values) {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** The value below which `p` of the samples fall (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
}

/**
 * The shop's server modules for plain Node: `code` (export lines from the repository root) bundled from
 * source with pg, PGlite and proper-lockfile external, written inside the repository so those resolve
 * from its node_modules, and imported.
 * @param {string} name the bundle's file name
 * @param {string} code
 */
export async function loadShopModules(name, code) {
  const bundle = await productionBundle(code, { platform: 'node', conditions: ['source'], external: ['pg', '@electric-sql/pglite', 'proper-lockfile'] })
  const dir = join(root, 'node_modules/.cache/journeykit-bench')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, name)
  writeFileSync(file, bundle)
  return import(pathToFileURL(file).href)
}
