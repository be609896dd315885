import type { Preview } from '@storybook/react-vite'
import '../packages/ui/src/theme.css'
import { journeyLoader, withJourney } from './journey-panel/decorator'

// The default theme of every block package, as an app would import it.
import.meta.glob('../packages/*/src/styles.css', { eager: true })

const preview: Preview = {
  loaders: [journeyLoader],
  decorators: [withJourney],
  globalTypes: {
    locale: {
      description: 'Locale of the blocks',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'zh-CN', title: '中文（简体）' },
          { value: 'ro', title: 'Română' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Accessibility violations fail the story tests.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
}

export default preview
