import { defineMessages } from './locale/message-catalog'

/** The messages of the shared primitives; override any of them per locale with `LocaleProvider`. */
export const uiMessages = defineMessages({
  en: {
    'ui.close': 'Close',
    'ui.rating': '{value} out of {max} stars',
    'ui.ratingWithCount': {
      one: '{value} out of {max} stars, {count} review',
      other: '{value} out of {max} stars, {count} reviews',
    },
    'ui.loading': 'Loading…',
    'ui.error': 'Something went wrong.',
    'ui.retry': 'Try again',
    'ui.unavailable': 'Not available',
  },
})

export type UiMessageKey = keyof (typeof uiMessages)['en']
