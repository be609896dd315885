// Build step (tsdown.config.ts): writes template/, the standalone shop that the published package
// carries, from templates/shop and the monorepo files it shares. Not part of the published code.
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { standaloneGitignore, standaloneManifest, standaloneTsconfig, type Manifest } from './standalone'

/** Build output and local state of the in-repo shop, and its monorepo-only turbo.json. */
const LEFT_OUT = new Set(['build', '.data', '.react-router', '.turbo', '.test-results', '.env', 'turbo.json'])

/** Shop files that re-export a monorepo file (left) in the repository: the template gets the file itself (right). */
const SHARED_FILES: Record<string, string> = {
  'test/setup-dom.ts': 'test/setup-dom.ts',
  'test/vitest.d.ts': 'test/vitest.d.ts',
  'test/chromium.ts': 'scripts/chromium.mjs',
}

/** Files create-journeykit keeps for the standalone shop, in its overlay/ folder. */
const OVERLAY_FILES = ['README.md', 'vite.config.ts', 'vitest.config.ts']

export function bundleTemplate({ repoRoot, overlayDir, outDir }: { repoRoot: string; overlayDir: string; outDir: string }): void {
  const shopDir = join(repoRoot, 'templates/shop')
  const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T
  const writeJson = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2) + '\n')

  rmSync(outDir, { recursive: true, force: true })
  cpSync(shopDir, outDir, {
    recursive: true,
    filter: (source) => basename(source) !== 'node_modules' && !LEFT_OUT.has(relative(shopDir, source)),
  })

  writeJson(
    join(outDir, 'package.json'),
    standaloneManifest(readJson(join(shopDir, 'package.json')), readJson(join(repoRoot, 'package.json')), publishedVersions(repoRoot)),
  )
  writeJson(join(outDir, 'tsconfig.json'), standaloneTsconfig(readJson(join(shopDir, 'tsconfig.json')), readJson(join(repoRoot, 'tsconfig.base.json'))))
  for (const [file, source] of Object.entries(SHARED_FILES)) {
    if (!existsSync(join(shopDir, file))) throw new Error(`templates/shop/${file} is gone: update SHARED_FILES`)
    copyFileSync(join(repoRoot, source), join(outDir, file))
  }
  for (const file of OVERLAY_FILES) copyFileSync(join(overlayDir, file), join(outDir, file))
  // npm drops every .gitignore from a package; scaffold() renames it back.
  writeFileSync(join(outDir, 'gitignore'), standaloneGitignore(readFileSync(join(shopDir, '.gitignore'), 'utf8')))
  rmSync(join(outDir, '.gitignore'))

  const outside = referencesOutside(outDir)
  if (outside.length) throw new Error(`the template still reaches outside its folder:\n${outside.join('\n')}`)
}

/** Name → version of every package the workspace publishes (packages/*, not private). */
export function publishedVersions(repoRoot: string): Map<string, string> {
  const versions = new Map<string, string>()
  for (const folder of readdirSync(join(repoRoot, 'packages'))) {
    const path = join(repoRoot, 'packages', folder, 'package.json')
    if (!existsSync(path)) continue
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest
    if (!manifest.private) versions.set(manifest.name, manifest.version)
  }
  return versions
}

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|json|css)$/
const RELATIVE_PATH = /["'](\.\.?\/[^"'\s]*)["']/g

/** Quoted relative paths in the project's source and config files that resolve outside it (`file: path`). */
export function referencesOutside(projectDir: string): string[] {
  const found: string[] = []
  for (const file of readdirSync(projectDir, { recursive: true, encoding: 'utf8' })) {
    if (!SOURCE_FILE.test(file) || file.split(sep).includes('node_modules')) continue
    const text = readFileSync(join(projectDir, file), 'utf8')
    for (const [, path] of text.matchAll(RELATIVE_PATH)) {
      if (relative(projectDir, resolve(projectDir, dirname(file), path!)).startsWith('..')) found.push(`${file}: ${path}`)
    }
  }
  return found
}
