// Global setup of the consumer suite: builds the published packages and packs each one exactly as
// `npm publish` would (prepack strips the `source` condition), into one temporary folder that the
// tests install from. Tests read the tarball paths with `inject('tarballs')`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { compareContents } from '../../scripts/package-contents.mjs'

export const repoRoot = join(import.meta.dirname, '../..')

/** Every package under packages/ that is published (not private), by name → folder. */
export function publishedPackages(): Map<string, string> {
  const packages = new Map<string, string>()
  for (const folder of readdirSync(join(repoRoot, 'packages'))) {
    const dir = join(repoRoot, 'packages', folder)
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; private?: boolean }
    if (!manifest.private) packages.set(manifest.name, dir)
  }
  return packages
}

export default function setup(project: TestProject) {
  execFileSync('npx', ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'], { cwd: repoRoot, stdio: 'inherit' })
  const out = mkdtempSync(join(tmpdir(), 'jk-tarballs-'))
  const tarballs: Record<string, string> = {}
  for (const [name, dir] of publishedPackages()) {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8' })) as [
      { filename: string; files: { path: string }[] },
    ]
    // fails fast when a built file is missing (e.g. another build emptied dist/ meanwhile)
    const { missing } = compareContents(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')), packed.files.map((file) => file.path))
    if (missing.length) throw new Error(`${name}: the tarball lacks ${missing.join(', ')}; is dist/ built?`)
    tarballs[name] = join(out, packed.filename)
  }
  project.provide('tarballs', tarballs)
  return () => rmSync(out, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Published package name → absolute path of its packed tarball. */
    tarballs: Record<string, string>
  }
}
