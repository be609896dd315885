import { defineMessages } from '@journeykit/ui'

/** The messages of SearchResults; override any of them per locale with `LocaleProvider`. */
export const searchResultsMessages = defineMessages({
  en: {
    'discovery.searchResults.heading': {
      one: '{count} result for “{query}”',
      other: '{count} results for “{query}”',
    },
    'discovery.searchResults.empty': 'No results for “{query}”',
    'discovery.searchResults.emptyHint': 'Check the spelling, remove a filter or try a more general word.',
    'discovery.searchResults.didYouMean': 'Did you mean:',
    'discovery.searchResults.popular': 'Popular products',
    'discovery.searchResults.filters': 'Filters',
    'discovery.searchResults.category': 'Category',
    'discovery.searchResults.price': 'Price',
    'discovery.searchResults.rating': 'Rating',
    'discovery.searchResults.inStock': 'Availability',
    'discovery.searchResults.selected': '(selected)',
    'discovery.searchResults.clearFilters': 'Clear all filters',
    'discovery.searchResults.sort': 'Sort by',
    'discovery.searchResults.applySort': 'Apply',
    'discovery.searchResults.sort.relevance': 'Relevance',
    'discovery.searchResults.sort.price-asc': 'Price: low to high',
    'discovery.searchResults.sort.price-desc': 'Price: high to low',
    'discovery.searchResults.sort.rating': 'Customer rating',
    'discovery.searchResults.pagination': 'Pages',
    'discovery.searchResults.previous': 'Previous page',
    'discovery.searchResults.next': 'Next page',
    'discovery.searchResults.page': 'Page {page} of {pages}',
  },
})

export type SearchResultsMessageKey = keyof (typeof searchResultsMessages)['en']
