import { configDefaults, defineConfig, mergeConfig } from 'vitest/config'
import { packageTestConfig } from '../../vitest.shared'

// One suite, two databases. `pglite`: every test, server modules in node against an in-memory PGlite,
// component files in jsdom (a `// @vitest-environment jsdom` comment), e2e/ driving the built shop in
// Debian Chromium. `postgres`: the server tests again, each file on its own database of the PostgreSQL
// server TEST_DATABASE_URL names (test/postgres.ts); without one, only the harness's own test file, skipped
// with the reason (and CI fails instead). A test only PostgreSQL can run (a killed server connection, …)
// goes in a `*.postgres.test.ts` file, which only the `postgres` project includes: no run skips a test.
const POSTGRES_ONLY_TESTS = 'app/**/*.postgres.test.ts'
const SERVER_TESTS = ['app/**/*.server.test.ts', 'app/routes/**/*.test.ts', POSTGRES_ONLY_TESTS]
const HARNESS_TEST = 'app/lib/test-database.server.test.ts'
// the monorepo's throwaway-PostgreSQL script (create-journeykit ships its own vitest.config.ts without it)
const SCRIPT_TEST = '../../scripts/postgres.test.ts'

export default mergeConfig(
  packageTestConfig({ environment: 'node', include: [] }),
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'pglite',
            include: ['app/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
            exclude: [...configDefaults.exclude, POSTGRES_ONLY_TESTS],
            globalSetup: ['test/pglite.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'postgres',
            include: process.env.TEST_DATABASE_URL ? [...SERVER_TESTS, SCRIPT_TEST] : [HARNESS_TEST],
            globalSetup: ['test/postgres.ts'],
          },
        },
      ],
    },
  }),
)
