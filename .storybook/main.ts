import type { StorybookConfig } from '@storybook/react-vite'
import { defaultClientConditions } from 'vite'

const config: StorybookConfig = {
  stories: ['./docs/**/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite')
    return mergeConfig(viteConfig, {
      // Stories run on every package's src/ through the `source` export condition: no build needed.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      optimizeDeps: {
        // Pre-bundled up front so a cold cache does not reload the page mid-run ("Invalid hook call").
        include: [
          'react',
          'react-dom',
          'react-dom/client',
          'react/jsx-runtime',
          'react/jsx-dev-runtime',
          '@radix-ui/react-dialog',
          'react-hook-form',
          '@hookform/resolvers/zod',
          'zod',
          'axe-core',
          'react-dom/server',
          '@react-email/components',
          '@react-email/render',
        ],
      },
    })
  },
}

export default config
