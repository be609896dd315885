import { fileURLToPath } from 'node:url'
import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.shared'
import { bundleTemplate } from './src/bundle-template'

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

export default defineConfig({
  ...libraryConfig({ entry: { index: 'src/index.ts', cli: 'src/cli.ts' } }),
  // a command-line tool: Node's built-ins, and .js names like the other packages
  platform: 'node',
  fixedExtension: false,
  hooks: {
    'build:done': () => bundleTemplate({ repoRoot: path('../..'), overlayDir: path('overlay'), outDir: path('template') }),
  },
})
