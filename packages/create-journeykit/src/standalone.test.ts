import { describe, expect, it } from 'vitest'
import { SHOP_TOOLS, standaloneGitignore, standaloneManifest, standaloneTsconfig, type Manifest } from './standalone'

const root: Manifest = {
  name: 'journeykit',
  version: '0.0.0',
  engines: { node: '>=20.19.0' },
  devDependencies: { ...Object.fromEntries(SHOP_TOOLS.map((name) => [name, '1.2.3'])), vitest: '4.1.12', storybook: '10.6.7' },
}
const shop: Manifest = {
  name: '@journeykit/shop',
  version: '0.3.0',
  private: true,
  description: 'The Journeykit starter shop',
  scripts: { test: 'vitest run' },
  dependencies: { react: '19.3.1', '@journeykit/ui': '^0.1.0', '@journeykit/core': '*' },
  devDependencies: { '@react-router/dev': '7.18.4' },
}
const published = new Map([
  ['@journeykit/core', '0.4.2'],
  ['@journeykit/ui', '0.4.1'],
])

describe('standaloneManifest', () => {
  it('depends on each @journeykit package at the version the workspace publishes', () => {
    const manifest = standaloneManifest(shop, root, published)
    expect(manifest.dependencies).toEqual({ '@journeykit/core': '^0.4.2', '@journeykit/ui': '^0.4.1', react: '19.3.1' })
  })

  it("brings the root's pinned test and type-check tools, and only those, as devDependencies", () => {
    const { devDependencies } = standaloneManifest(shop, root, published)
    expect(devDependencies).toMatchObject({ '@react-router/dev': '7.18.4', vitest: '4.1.12', typescript: '1.2.3', 'playwright-core': '1.2.3' })
    expect(devDependencies).not.toHaveProperty('storybook')
  })

  it("starts the project at 0.1.0, private, on the root's Node engine, with the shop's scripts", () => {
    const manifest = standaloneManifest(shop, root, published)
    expect(manifest).toMatchObject({ version: '0.1.0', private: true, engines: { node: '>=20.19.0' }, scripts: { test: 'vitest run' } })
    expect(manifest).not.toHaveProperty('description')
  })

  it('fails the build when the shop uses a package the workspace does not publish', () => {
    const withUnknown = { ...shop, dependencies: { '@journeykit/gone': '^0.1.0' } }
    expect(() => standaloneManifest(withUnknown, root, published)).toThrow('@journeykit/gone')
  })

  it('fails the build when the root no longer pins one of the tools', () => {
    const { typescript: _, ...withoutTypescript } = root.devDependencies!
    expect(() => standaloneManifest(shop, { ...root, devDependencies: withoutTypescript }, published)).toThrow('typescript')
  })
})

describe('standaloneTsconfig', () => {
  it("inlines the base settings without the workspace's source condition; the shop's own settings win", () => {
    const tsconfig = standaloneTsconfig(
      { extends: '../../tsconfig.base.json', compilerOptions: { types: ['node'] }, include: ['app'] },
      { compilerOptions: { strict: true, types: [], customConditions: ['source'] } },
    )
    expect(tsconfig).toEqual({ compilerOptions: { strict: true, types: ['node'] }, include: ['app'] })
  })
})

describe('standaloneGitignore', () => {
  it('adds what the monorepo root used to ignore, once', () => {
    expect(standaloneGitignore('build/\n.data/\n')).toBe('build/\n.data/\nnode_modules/\n.env\n')
    expect(standaloneGitignore('node_modules/\n.env\n')).toBe('node_modules/\n.env\n')
  })
})
