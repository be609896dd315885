import { defineMessages } from '@journeykit/ui'

/** The messages of the SearchBox; override any of them per locale with `LocaleProvider`. */
export const searchBoxMessages = defineMessages({
  en: {
    'discovery.searchBox.label': 'Search products',
    'discovery.searchBox.placeholder': 'Search…',
    'discovery.searchBox.submit': 'Search',
    'discovery.searchBox.suggestions': 'Suggestions',
    'discovery.searchBox.products': 'Products',
    'discovery.searchBox.categories': 'Categories',
    'discovery.searchBox.recent': 'Recent searches',
    'discovery.searchBox.loading': 'Loading suggestions…',
    'discovery.searchBox.results': {
      one: '{count} suggestion available. Use the up and down arrows to choose.',
      other: '{count} suggestions available. Use the up and down arrows to choose.',
    },
    'discovery.searchBox.empty': 'No suggestions for “{query}”. Press Enter to search anyway.',
    'discovery.searchBox.error': 'Suggestions could not be loaded. Press Enter to search anyway.',
  },
})

export type SearchBoxMessageKey = keyof (typeof searchBoxMessages)['en']
