import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite'
import { shopViteConfig } from './vite.shop.ts'

// Inside the Journeykit monorepo the shop runs on the packages' src/ (the `source` export
// condition): no package build needed. CSS `@import`s do not use export conditions, so the
// packages' stylesheets are pointed at src/ by alias. A standalone copy (create-journeykit's
// overlay/vite.config.ts) uses the installed packages and shopViteConfig() alone.
const monorepoPackages = fileURLToPath(new URL('../../packages', import.meta.url))
const packageStylesFromSource = existsSync(monorepoPackages)
  ? [{ find: /^@journeykit\/([\w-]+)\/(theme|styles)\.css$/, replacement: `${monorepoPackages}/$1/src/$2.css` }]
  : []

export default defineConfig({
  ...shopViteConfig(),
  resolve: { conditions: ['source', ...defaultClientConditions], alias: packageStylesFromSource },
  ssr: {
    resolve: { conditions: ['source', ...defaultServerConditions], externalConditions: ['source'] },
    noExternal: [/^@journeykit\//],
  },
})
