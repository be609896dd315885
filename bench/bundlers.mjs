// The three bundlers an app is most likely to build with, each set up as a production build would
// be: minified, `process.env.NODE_ENV` = "production", package.json `sideEffects` honoured, ESM out.
// Each takes many entries (code strings) at once and returns one self-contained bundle per entry.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import commonjs from '@rollup/plugin-commonjs'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import { build, transform } from 'esbuild'
import { rollup } from 'rollup'
import MinimizerPlugin from 'minimizer-webpack-plugin'
import webpack from 'webpack'

const root = new URL('..', import.meta.url).pathname
const nodeModules = join(root, 'node_modules')
const PRODUCTION = { 'process.env.NODE_ENV': '"production"' }

/** A bare specifier (a package, not a relative or absolute path). */
const isBare = (specifier) => !/^[./]|^[a-zA-Z]:|^\0/.test(specifier)

/**
 * Writes each entry's code to its own file in a throw-away folder.
 * @param {string[]} codes
 * @returns {{ dir: string, files: string[] }}
 */
function entryFiles(codes) {
  const dir = mkdtempSync(join(tmpdir(), 'jk-size-'))
  const files = codes.map((code, index) => {
    const file = join(dir, `entry-${index}.mjs`)
    writeFileSync(file, code)
    return file
  })
  return { dir, files }
}

/**
 * @param {string[]} codes entry modules (e.g. `export { PromoBanner } from '@journeykit/promo'`)
 * @param {(specifier: string) => boolean} isExternal which bare imports the bundle leaves out
 * @returns {Promise<Uint8Array[]>} one minified bundle per entry
 */
export async function esbuildBundles(codes, isExternal) {
  const { dir, files } = entryFiles(codes)
  try {
    const result = await build({
      entryPoints: files,
      outdir: join(dir, 'out'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
      nodePaths: [nodeModules],
      define: PRODUCTION,
      plugins: [externalPlugin(isExternal)],
    })
    return files.map((file, index) => result.outputFiles.find((output) => output.path.endsWith(`entry-${index}.js`)).contents)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function externalPlugin(isExternal) {
  return {
    name: 'external',
    setup(context) {
      context.onResolve({ filter: /^[^./]/ }, (args) => (isExternal(args.path) ? { path: args.path, external: true } : undefined))
    },
  }
}

// "use client" directives are for React Server Components bundlers; the others come from third-party code.
const QUIET_ROLLUP_WARNINGS = new Set(['MODULE_LEVEL_DIRECTIVE', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'])

/** Rollup with node-resolve (reads `sideEffects`), commonjs, replace and terser: the usual library-consumer set-up. */
export async function rollupBundles(codes, isExternal) {
  const { dir, files } = entryFiles(codes)
  try {
    const bundles = []
    let cache
    for (const file of files) {
      const bundle = await rollup({
        input: file,
        cache,
        external: (specifier) => isBare(specifier) && isExternal(specifier),
        onwarn: (warning, warn) => {
          if (!QUIET_ROLLUP_WARNINGS.has(warning.code)) warn(warning)
        },
        plugins: [
          replace({ preventAssignment: true, values: PRODUCTION }),
          nodeResolve({ browser: true, modulePaths: [nodeModules] }),
          commonjs(),
          esbuildMinify(),
        ],
      })
      cache = bundle.cache
      const { output } = await bundle.generate({ format: 'es' })
      await bundle.close()
      bundles.push(new TextEncoder().encode(initialCode(output)))
    }
    return bundles
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Minifies each chunk with esbuild: terser gives within 1–2 % of its size but takes ~30× as long. */
function esbuildMinify() {
  return {
    name: 'esbuild-minify',
    renderChunk: async (code) => ({ code: (await transform(code, { minify: true, format: 'esm' })).code, map: null }),
  }
}

/**
 * The entry chunk and every chunk it imports statically: what loads up front. Chunks reached only
 * through a dynamic `import()` (ReviewList's photo dialog) load later and are not counted, as in webpack.
 */
function initialCode(output) {
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]))
  const initial = new Set()
  const visit = (fileName) => {
    if (initial.has(fileName)) return
    initial.add(fileName)
    for (const imported of chunks.get(fileName).imports) if (chunks.has(imported)) visit(imported)
  }
  visit(output.find((item) => item.type === 'chunk' && item.isEntry).fileName)
  return [...initial].map((fileName) => chunks.get(fileName).code).join('\n')
}

/**
 * webpack 5 in production mode (tree shaking per entry, module concatenation, its default minifier),
 * every entry in one compilation, each emitted as an ES module with its own runtime and no shared chunks.
 */
export async function webpackBundles(codes, isExternal) {
  const { dir, files } = entryFiles(codes)
  const outDir = join(dir, 'out')
  mkdirSync(outDir)
  try {
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry: Object.fromEntries(files.map((file, index) => [`entry-${index}`, file])),
      target: ['web', 'es2020'],
      devtool: false,
      output: { path: outDir, filename: '[name].js', module: true, library: { type: 'module' } },
      experiments: { outputModule: true },
      externalsType: 'module',
      externals: [({ request }, callback) => (isBare(request) && isExternal(request) ? callback(null, request) : callback())],
      resolve: { modules: ['node_modules', nodeModules] },
      optimization: {
        splitChunks: false,
        runtimeChunk: false,
        minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { module: true, treeShaking: true }, parallel: false })],
      },
      performance: { hints: false },
      infrastructureLogging: { level: 'error' },
    })
    const stats = await new Promise((resolve, reject) =>
      compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result)))),
    )
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }))
    return files.map((file, index) => readFileSync(join(outDir, `entry-${index}.js`)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const BUNDLERS = { esbuild: esbuildBundles, rollup: rollupBundles, webpack: webpackBundles }
