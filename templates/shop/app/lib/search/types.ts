import type { Item } from '@journeykit/core'

// The JSON shapes shared with @journeykit/discovery (the team's contract): the /search loader returns
// SearchResultsData as `results`, GET /api/search/suggest returns SearchSuggestions.

/** A product as discovery blocks show it: a journey Item plus what a card needs. */
export interface DiscoveryProduct extends Item {
  href: string
  image?: { src: string; alt: string }
  rating?: { average: number; count: number }
  inStock?: boolean
}

export interface SearchSuggestions {
  query: string
  /** At most 6. */
  products: DiscoveryProduct[]
  /** At most 3. */
  categories: { name: string; href: string }[]
}

export interface SearchFacetValue {
  value: string
  label: string
  count: number
  selected: boolean
}

export const SEARCH_SORTS = ['relevance', 'price-asc', 'price-desc', 'rating'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export interface SearchResultsData {
  query: string
  /** All matches after filters. */
  total: number
  /** This page. */
  products: DiscoveryProduct[]
  page: number
  pageSize: number
  sort: SearchSort
  facets: {
    /** value = category slug */
    category: SearchFacetValue[]
    /** value = 'min-max' in minor units, e.g. '0-5000', '20000-' */
    price: SearchFacetValue[]
    /** value = '4' means 4 stars and up */
    rating: SearchFacetValue[]
    /** single value 'true' */
    inStock: SearchFacetValue[]
  }
  /** Spelling correction when few/no results. */
  didYouMean?: string
  /** For the empty state. */
  popular?: DiscoveryProduct[]
}

/** The slots of the Recommendations block; 'recently-viewed' is the visitor's own journey, kept in the browser. */
export type RecommendationSlot = 'similar' | 'bought-together' | 'recently-viewed' | 'popular-in-category'
