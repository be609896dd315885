import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleTemplate, publishedVersions, referencesOutside } from './bundle-template'
import { temporaryFolder } from './test-fixtures'
import { SHOP_TOOLS } from './standalone'

const packageDir = join(import.meta.dirname, '..')
const repoRoot = join(packageDir, '../..')
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

describe('bundleTemplate, on the repository’s shop', () => {
  const template = join(mkdtempSync(join(tmpdir(), 'create-journeykit-')), 'template')
  beforeAll(() => bundleTemplate({ repoRoot, overlayDir: join(packageDir, 'overlay'), outDir: template }))
  afterAll(() => rmSync(join(template, '..'), { recursive: true, force: true }))

  it('references nothing outside the project', () => {
    expect(referencesOutside(template)).toEqual([])
  })

  it('leaves out build output, local state and monorepo-only files', () => {
    for (const left of ['node_modules', 'build', '.data', '.react-router', '.turbo', '.test-results', '.env', 'turbo.json']) {
      expect(existsSync(join(template, left)), left).toBe(false)
    }
    expect(existsSync(join(template, 'app/root.tsx'))).toBe(true)
    expect(existsSync(join(template, '.env.example'))).toBe(true)
  })

  it('carries the production server, its threat model, and start scripts that run it', () => {
    for (const file of ['server.mjs', 'SECURITY.md', '.env.example', 'e2e/server.test.ts']) expect(existsSync(join(template, file)), file).toBe(true)
    const { scripts } = readJson(join(template, 'package.json'))
    expect(scripts.start).toBe('react-router build && node server.mjs --demo')
    expect(scripts.serve).toBe('node server.mjs')
  })

  it('stores .gitignore as gitignore, which npm packs', () => {
    expect(existsSync(join(template, '.gitignore'))).toBe(false)
    expect(readFileSync(join(template, 'gitignore'), 'utf8')).toMatch(/^node_modules\/$/m)
  })

  it('depends on the versions the workspace packages declare and the tools the root pins', () => {
    const manifest = readJson(join(template, 'package.json'))
    const versions = publishedVersions(repoRoot)
    const journeykit = Object.entries<string>(manifest.dependencies).filter(([name]) => name.startsWith('@journeykit/'))
    expect(journeykit.length).toBeGreaterThan(0)
    for (const [name, range] of journeykit) expect(range).toBe(`^${versions.get(name)}`)
    const rootDevDependencies = readJson(join(repoRoot, 'package.json')).devDependencies
    for (const tool of SHOP_TOOLS) expect(manifest.devDependencies[tool]).toBe(rootDevDependencies[tool])
  })

  it('carries the shared test files and standalone configuration instead of the monorepo-bound ones', () => {
    expect(readFileSync(join(template, 'test/setup-dom.ts'), 'utf8')).toBe(readFileSync(join(repoRoot, 'test/setup-dom.ts'), 'utf8'))
    expect(readFileSync(join(template, 'test/chromium.ts'), 'utf8')).toBe(readFileSync(join(repoRoot, 'scripts/chromium.mjs'), 'utf8'))
    expect(readJson(join(template, 'tsconfig.json'))).not.toHaveProperty('extends')
    expect(readFileSync(join(template, 'vite.config.ts'), 'utf8')).not.toContain('source')
  })
})

describe('referencesOutside', () => {
  it('reports relative paths that leave the project, and not those inside it', () => {
    const project = temporaryFolder()
    mkdirSync(join(project, 'app/components'), { recursive: true })
    writeFileSync(join(project, 'app/components/card.test.tsx'), "import '../../test/setup-dom'\nimport '../../../../test/setup-dom'\n")
    writeFileSync(join(project, 'tsconfig.json'), '{ "extends": "../tsconfig.base.json", "include": ["./app"] }')
    expect(referencesOutside(project).sort()).toEqual([
      join('app/components/card.test.tsx') + ': ../../../../test/setup-dom',
      'tsconfig.json: ../tsconfig.base.json',
    ])
  })
})
