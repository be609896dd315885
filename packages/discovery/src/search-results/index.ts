'use client'
export { SearchResults, type SearchResultsProps } from './search-results'
export { searchResultsMessages, type SearchResultsMessageKey } from './messages'
export { parseSearchParams, searchParamsOf, toUrlSearchParams, toggleFacet, type SearchFacet, type SearchParams } from './search-params'
