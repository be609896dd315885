import { packageTestConfig } from '../../vitest.shared'

// Server modules run in node against PGlite; component files opt into jsdom with a
// `// @vitest-environment jsdom` comment; e2e/ drives the built shop in Debian Chromium.
export default packageTestConfig({ environment: 'node', include: ['app/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'] })
