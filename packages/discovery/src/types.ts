import type { Item } from '@journeykit/core'

/** A product as discovery blocks show it: a journey Item plus what a card needs. */
export interface DiscoveryProduct extends Item {
  /** Where the product page is, e.g. '/p/aurora-5'. */
  href: string
  image?: { src: string; alt: string }
  rating?: { average: number; count: number }
  inStock?: boolean
}

/** What `GET /api/search/suggest?q=…` returns and `SearchBox`'s `loadSuggestions` resolves to. */
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

export type SearchSort = 'relevance' | 'price-asc' | 'price-desc' | 'rating'

/** One page of search results, as the `/search` loader returns it. */
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
    /** value = 'min-max' in minor units, e.g. '0-5000', '5000-10000', '20000-' */
    price: SearchFacetValue[]
    /** value = '4' means 4 stars and up */
    rating: SearchFacetValue[]
    /** single value 'true' */
    inStock: SearchFacetValue[]
  }
  /** A spelling correction when there are few or no results. */
  didYouMean?: string
  /** Shown in the empty state. */
  popular?: DiscoveryProduct[]
}

export type RecommendationSlot = 'similar' | 'bought-together' | 'recently-viewed' | 'popular-in-category'
