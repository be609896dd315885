import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

const setupDom = fileURLToPath(new URL('./test/setup-dom.ts', import.meta.url))
const react18Modules = fileURLToPath(new URL('./test/react-18/node_modules/', import.meta.url))

/**
 * The one Vitest configuration every package uses: runs on `src/` through the `source` export
 * condition, jsdom for React packages, and a JSON report that `.ci/run` sums up. React packages run
 * every test twice, as two projects on the same sources: `react19` (the root's React) and `react18`
 * (`vitest run --project react18`).
 */
export function packageTestConfig(options: { environment: 'node' | 'jsdom'; include?: string[] }): ViteUserConfig {
  const usesReact = options.environment === 'jsdom'
  return defineConfig({
    plugins: usesReact ? [react()] : [],
    resolve: { conditions: ['source', ...defaultClientConditions] },
    ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
    test: {
      environment: options.environment,
      include: options.include ?? ['src/**/*.test.{ts,tsx}'],
      setupFiles: usesReact ? [setupDom] : [],
      // user-event drives jsdom keystroke by keystroke; on a loaded 2-core CI machine that is slow, not broken
      testTimeout: 20_000,
      hookTimeout: 60_000,
      restoreMocks: true,
      unstubGlobals: true,
      unstubEnvs: true,
      reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
      projects: usesReact ? [{ extends: true, test: { name: 'react19' } }, react18Project()] : undefined,
    },
  })
}

/**
 * React 18.3 from `test/react-18` (its own workspace, so react-dom 18 requires React 18 beside it).
 * Aliases reach only modules Vite transforms, so the libraries that import React are inlined too (React Email included);
 * left external, Node would hand them the root's React 19 and every hook would fail. user-event is
 * inlined with them so it shares Testing Library's DOM module (and its act() wrapper) with
 * @testing-library/react; React 18 does not flush updates outside act() the way 19 does.
 */
function react18Project(): TestProjectInlineConfiguration {
  return {
    extends: true,
    resolve: {
      alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18Modules}$1$2` }],
      // the ES module builds of the inlined libraries (their CommonJS `require` would bypass the alias)
      mainFields: ['module', 'jsnext:main', 'jsnext', 'main'],
    },
    test: {
      name: 'react18',
      server: {
        deps: {
          inline: [
            /\/node_modules\/(@testing-library\/react|@testing-library\/user-event|@radix-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|react-hook-form|@hookform\/resolvers|@stripe\/react-stripe-js|@react-email\/[\w-]+)\//,
          ],
        },
      },
    },
  }
}
