// What the benches share: one production bundle step and the median they report.
import { build } from 'esbuild'

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
