import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { fileURLToPath } from 'node:url'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'

/**
 * One story-test project per run of every story: each locale in the light theme, and English in
 * the dark theme (axe checks the dark tokens' contrast; the locales do not change colours).
 */
const STORY_RUNS = [
  { locale: 'en', theme: 'light' },
  { locale: 'de', theme: 'light' },
  { locale: 'zh-CN', theme: 'light' },
  { locale: 'ro', theme: 'light' },
  { locale: 'en', theme: 'dark' },
] as const

function storyProject({ locale, theme }: (typeof STORY_RUNS)[number]): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
        initialGlobals: { locale, theme },
      }),
    ],
    test: {
      name: theme === 'light' ? `storybook:${locale}` : `storybook:${locale}:${theme}`,
      setupFiles: ['./.storybook/vitest.setup.ts'],
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
        instances: [{ browser: 'chromium' }],
        // Five projects open their browsers at once; on 2 busy cores the default 60 s is not always enough.
        connectTimeout: 300_000,
        // The baselines of .storybook/screenshots.ts: one folder, named by story, locale, theme and width.
        expect: {
          toMatchScreenshot: {
            resolveScreenshotPath: ({ root, arg, ext }) => `${root}/test/screenshots/${arg}${ext}`,
            resolveDiffPath: ({ root, arg, ext }) => `${root}/.test-results/screenshots/${arg}${ext}`,
          },
        },
      },
    },
  }
}

/** The Storybook story tests: every story renders, its play function passes, axe finds nothing and no box overflows, in Debian's Chromium. */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.test-results/storybook.json' }]],
    projects: STORY_RUNS.map(storyProject),
  },
})
