import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig, type ViteUserConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

const setupDom = fileURLToPath(new URL('./test/setup-dom.ts', import.meta.url))

/**
 * The one Vitest configuration every package uses: runs on `src/` through the `source` export
 * condition, jsdom for React packages, and a JSON report that `.ci/run` sums up.
 */
export function packageTestConfig(options: { environment: 'node' | 'jsdom'; include?: string[] }): ViteUserConfig {
  return defineConfig({
    plugins: options.environment === 'jsdom' ? [react()] : [],
    resolve: { conditions: ['source', ...defaultClientConditions] },
    ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
    test: {
      environment: options.environment,
      include: options.include ?? ['src/**/*.test.{ts,tsx}'],
      setupFiles: options.environment === 'jsdom' ? [setupDom] : [],
      // user-event drives jsdom keystroke by keystroke; on a loaded 2-core CI machine that is slow, not broken
      testTimeout: 20_000,
      hookTimeout: 60_000,
      restoreMocks: true,
      unstubGlobals: true,
      unstubEnvs: true,
      reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
    },
  })
}
