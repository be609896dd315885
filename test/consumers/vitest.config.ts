import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The consumer suite: Journeykit as users install it. Every published package is built and packed
// once (pack.ts), then fresh apps outside the monorepo install the tarballs. Slow by nature
// (real npm installs and production builds), so it runs as its own CI step, one file at a time.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/consumers/**/*.test.ts'],
    globalSetup: ['test/consumers/pack.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 10 * 60_000,
    hookTimeout: 15 * 60_000,
    reporters: ['default', ['json', { outputFile: '.test-results/consumers.json' }]],
  },
})
