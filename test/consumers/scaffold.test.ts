// `npm create journeykit` as a user runs it: the packed create-journeykit writes a shop into an
// empty folder outside the monorepo; the shop installs the packed @journeykit packages (they are
// not on the registry) and passes its own end-to-end journey in Chromium, its database harness test
// and its own type-check.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { referencesOutside } from '../../packages/create-journeykit/src/bundle-template'
import { publishedPackages } from './pack'

const tarballs = inject('tarballs')
const work = mkdtempSync(join(tmpdir(), 'jk-scaffold-'))
const shop = join(work, 'my-shop')
const seconds: Record<string, number> = {}

/** Runs a command as a user's terminal would: without the npm and Vitest variables of the run that started this suite. */
function run(step: string, command: string, args: string[], cwd: string): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|VITEST|NODE_ENV$)/i.test(name)))
  const started = performance.now()
  try {
    return stripVTControlCharacters(execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' }))
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string }
    throw new Error(`${step} failed:\n${stdout}\n${stderr}`)
  } finally {
    seconds[step] = Math.round((performance.now() - started) / 100) / 10
  }
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

afterAll(() => {
  console.info(`create-journeykit, seconds per step: ${JSON.stringify(seconds)}`)
  rmSync(work, { recursive: true, force: true })
})

describe('npm create journeykit', () => {
  it('writes a shop that stands on its own', () => {
    const output = run('scaffold', 'npm', ['exec', '--yes', `--package=${tarballs['create-journeykit']}`, '--', 'create-journeykit', 'my-shop'], work)

    expect(output).toContain('Next steps:\n  cd my-shop\n  npm install\n  npm start\n')
    const manifest = readJson(join(shop, 'package.json'))
    expect(manifest).toMatchObject({ name: 'my-shop', version: '0.1.0', private: true })
    const journeykit = Object.entries(manifest.dependencies).filter(([name]) => name.startsWith('@journeykit/'))
    expect(journeykit.length).toBeGreaterThan(0)
    for (const [name, range] of journeykit) {
      expect(range, name).toBe(`^${readJson(join(publishedPackages().get(name)!, 'package.json')).version}`)
    }
    for (const file of ['README.md', '.env.example', '.gitignore']) expect(existsSync(join(shop, file)), file).toBe(true)
    expect(readFileSync(join(shop, 'README.md'), 'utf8')).toMatch(/^# my-shop\n/)
    expect(existsSync(join(shop, 'turbo.json'))).toBe(false)
    expect(referencesOutside(shop)).toEqual([])
  })

  it('installs the packed @journeykit packages', () => {
    // The packages depend on each other too, so every one resolves to its tarball through overrides.
    const manifest = readJson(join(shop, 'package.json'))
    const packed = Object.fromEntries(
      Object.entries(tarballs)
        .filter(([name]) => name.startsWith('@journeykit/'))
        .map(([name, tarball]) => [name, `file:${tarball}`]),
    )
    for (const name of Object.keys(manifest.dependencies)) if (packed[name]) manifest.dependencies[name] = packed[name]
    writeFileSync(join(shop, 'package.json'), JSON.stringify({ ...manifest, overrides: packed }, null, 2))

    run('install', 'npm', ['install', '--no-audit', '--no-fund'], shop)
    expect(existsSync(join(shop, 'node_modules/@journeykit/core/package.json'))).toBe(true)
  })

  // Every test file is the monorepo shop's own, already run on both databases by `npm test`: here the shopper's
  // end-to-end path (the copy builds, starts and sells in Chromium) and the database harness prove the copy stands
  // on its own, without running the whole suite a second time.
  it('passes its own end-to-end journey in Chromium and its database harness test', () => {
    const output = run('test', 'npm', ['test', '--', 'e2e/journey.e2e.test.ts', 'app/lib/test-database.server.test.ts'], shop)
    expect(output).toMatch(/Test Files\s+2 passed/)
    expect(output).not.toMatch(/Test Files[^\n]*failed/)
    for (const file of ['journey.e2e.test.ts', 'test-database.server.test.ts']) expect(output).toContain(file)
  })

  it('passes its own type-check', () => {
    run('typecheck', 'npm', ['run', 'typecheck'], shop)
  })
})
