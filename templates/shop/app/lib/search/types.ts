// The shapes the shop's search and recommendations return are @journeykit/discovery's, so its blocks render them as they are.
import type { SearchSort } from '@journeykit/discovery'

export type { DiscoveryProduct, RecommendationSlot, SearchFacetValue, SearchResultsData, SearchSort, SearchSuggestions } from '@journeykit/discovery'

/** The sorts /search accepts, in the order its select offers them. */
export const SEARCH_SORTS = ['relevance', 'price-asc', 'price-desc', 'rating'] as const satisfies readonly SearchSort[]
