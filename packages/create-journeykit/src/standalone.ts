// How the in-repo shop becomes a project of its own: the parts of its configuration that come
// from the monorepo (the root's tools and TypeScript settings, the workspace packages) are
// written into its own files. Pure functions; bundle-template.ts applies them at build time.

export interface Manifest {
  name: string
  version: string
  private?: boolean
  engines?: Record<string, string>
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  [field: string]: unknown
}

interface Tsconfig {
  compilerOptions?: Record<string, unknown>
  [field: string]: unknown
}

/** The shop's test and type-check tools: root devDependencies in the monorepo, its own once it stands alone. */
export const SHOP_TOOLS = [
  '@testing-library/dom',
  '@testing-library/jest-dom',
  '@testing-library/react',
  '@testing-library/user-event',
  '@types/node',
  '@types/react',
  '@types/react-dom',
  'axe-core',
  'jsdom',
  'playwright-core',
  'typescript',
  'vite',
  'vitest',
]

/**
 * The shop's package.json for a project of its own: every `@journeykit/*` dependency a caret range
 * on the version the workspace publishes, the root's pinned tools as its devDependencies, and the
 * root's Node engine.
 */
export function standaloneManifest(shop: Manifest, root: Manifest, published: Map<string, string>): Manifest {
  const { description: _monorepoDescription, ...manifest } = shop
  const dependencies = Object.fromEntries(
    Object.entries(shop.dependencies ?? {}).map(([name, range]) => {
      if (!name.startsWith('@journeykit/')) return [name, range]
      const version = published.get(name)
      if (!version) throw new Error(`the shop depends on ${name}, which no workspace package publishes`)
      return [name, `^${version}`]
    }),
  )
  const tools = SHOP_TOOLS.map((name) => {
    const version = root.devDependencies?.[name]
    if (!version) throw new Error(`the root package.json has no devDependency ${name}`)
    return [name, version] as const
  })
  return {
    ...manifest,
    version: '0.1.0',
    private: true,
    engines: root.engines,
    dependencies: sortKeys(dependencies),
    devDependencies: sortKeys({ ...shop.devDependencies, ...Object.fromEntries(tools) }),
  }
}

/** The shop's tsconfig with the monorepo's base settings inlined, minus the `source` condition (only the workspace has sources). */
export function standaloneTsconfig(shop: Tsconfig, base: Tsconfig): Tsconfig {
  const { extends: _base, ...own } = shop
  const { customConditions: _source, ...baseOptions } = base.compilerOptions ?? {}
  return { ...own, compilerOptions: { ...baseOptions, ...own.compilerOptions } }
}

/** The shop's .gitignore plus what the monorepo's root ignores for it. */
export function standaloneGitignore(shopGitignore: string): string {
  const lines = shopGitignore.split('\n').filter(Boolean)
  for (const entry of ['node_modules/', '.env']) if (!lines.includes(entry)) lines.push(entry)
  return lines.join('\n') + '\n'
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
}
