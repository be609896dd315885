import { configDefaults, defineConfig } from 'vitest/config'

// Server modules run in node against PGlite; component files opt into jsdom with a
// `// @vitest-environment jsdom` comment and import test/setup-dom; e2e/ drives the built shop
// in Chromium. The *.postgres.test.ts files need a PostgreSQL server, which this configuration does not start.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['app/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'app/**/*.postgres.test.ts'],
    // each test's PGlite starts from a migrated, seeded dump made once per run
    globalSetup: ['test/pglite.ts'],
    // user-event types keystroke by keystroke and e2e/ builds the shop first: slow on a small machine, not broken
    testTimeout: 20_000,
    hookTimeout: 60_000,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
  },
})
