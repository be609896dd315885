// What a package's tarball may hold: exactly the files its exports map and bin name, the files
// those import (their chunks, type chunks and stylesheets), the folders `files` lists besides
// dist/ (create-journeykit's template), npm's own package.json / README.md / LICENSE, and the
// CHANGELOG.md changesets writes (from the first release on).
import { readFileSync } from 'node:fs'
import { join, normalize, posix } from 'node:path'

const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']
// `from './x.js'`, `import './x.js'`, `import('./x.js')`, `export * from './x.js'`, CSS `@import './x.css'`
// (comments removed first: JSDoc examples in declarations name modules that do not exist)
const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|@import\s+(?:url\()?)["'](\.{1,2}\/[^"']+)["']/g

/** Every file path an exports map or bin points at (all conditions except `source`, which prepack strips). */
export function entryFiles(manifest) {
  const targets = []
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value)
    else if (value && typeof value === 'object') for (const [condition, nested] of Object.entries(value)) if (condition !== 'source') collect(nested)
  }
  collect(manifest.exports)
  collect(manifest.bin)
  return targets.map((target) => posix.normalize(target))
}

/** The entry files and everything they import relatively, as tarball paths. */
export function reachableFiles(packageDir, manifest) {
  const reached = new Set()
  const queue = entryFiles(manifest)
  while (queue.length) {
    const file = queue.pop()
    if (reached.has(file)) continue
    reached.add(file)
    if (!/\.(m?js|d\.m?ts|css)$/.test(file)) continue
    const code = readFileSync(join(packageDir, file), 'utf8').replace(COMMENT, '')
    for (const [, specifier] of code.matchAll(RELATIVE_IMPORT)) {
      let imported = posix.join(posix.dirname(file), specifier)
      // a declaration file names its sibling declaration by the JavaScript file's name
      if (file.endsWith('.d.ts') && imported.endsWith('.js')) imported = imported.replace(/\.js$/, '.d.ts')
      queue.push(normalize(imported))
    }
  }
  return reached
}

/**
 * Compares a tarball's file list with what the package should publish.
 * @returns {{ missing: string[], unexpected: string[] }} files the exports need but the tarball lacks, and files nothing names.
 */
export function compareContents(packageDir, manifest, packedFiles) {
  const reachable = reachableFiles(packageDir, manifest)
  const dataFolders = (manifest.files ?? []).filter((entry) => entry !== 'dist' && !entry.startsWith('!') && !ALWAYS.includes(entry)).map((entry) => entry.replace(/\/?$/, '/'))
  const packed = new Set(packedFiles)
  return {
    missing: [...reachable].filter((file) => !packed.has(file)).sort(),
    unexpected: packedFiles
      .filter((file) => !reachable.has(file) && !ALWAYS.includes(file) && !dataFolders.some((folder) => file.startsWith(folder)))
      // a module that only re-exports (a block folder's index) has no JavaScript in an unbundled
      // build, but its declaration file is still written; harmless, so not counted
      .filter((file) => !(file.endsWith('.d.ts') && !packed.has(file.replace(/\.d\.ts$/, '.js'))))
      .sort(),
  }
}
