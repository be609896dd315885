import type { Preview } from '@storybook/react-vite'
import '../packages/ui/src/theme.css'
import { withDocument } from './document'
import { experimentToolbar, withExperiments } from './experiments'
import { journeyLoader, withJourney } from './journey-panel/decorator'
import { withLocalizedArgs } from './sample-data'

// The default theme of every block package, as an app would import it.
import.meta.glob('../packages/*/src/styles.css', { eager: true })

const preview: Preview = {
  loaders: [journeyLoader],
  // Listed innermost first: experiments need the journey around them.
  decorators: [withLocalizedArgs, withExperiments, withJourney, withDocument],
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
    theme: {
      description: 'Colour theme of the blocks (the --jk-* tokens of theme.css)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'Follow the system', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    experiment: experimentToolbar,
  },
  initialGlobals: { locale: 'en', theme: 'light', experiment: '' },
  parameters: {
    layout: 'padded',
    options: {
      storySort: {
        order: ['Introduction', 'Design tokens', 'Stages', ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Retention', 'Advocacy'], '*'],
      },
    },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Accessibility violations fail the story tests.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
}

export default preview
