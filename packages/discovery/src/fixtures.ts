// Realistic data shared by the tests and the stories. Not part of the package's API.
import type { DiscoveryProduct, SearchResultsData, SearchSuggestions } from './types'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

// Inline pictures, so stories and tests never need the network.
const picture = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="8" fill="#f4f4f5"/><path d="M16 38a16 16 0 0 1 32 0" fill="none" stroke="${color}" stroke-width="5"/><rect x="12" y="34" width="9" height="16" rx="3" fill="${color}"/><rect x="43" y="34" width="9" height="16" rx="3" fill="${color}"/></svg>`)}`

export const products: DiscoveryProduct[] = [
  {
    id: 'hp-aurora-5',
    name: 'Northwind Aurora 5',
    href: '/p/aurora-5',
    price: eur(34900),
    brand: 'Northwind',
    category: 'Headphones',
    image: { src: picture('#18181b'), alt: 'Black over-ear headphones with a matte finish' },
    rating: { average: 4.6, count: 212 },
    inStock: true,
  },
  {
    id: 'hp-aurora-3',
    name: 'Northwind Aurora 3',
    href: '/p/aurora-3',
    price: eur(24900),
    brand: 'Northwind',
    category: 'Headphones',
    image: { src: picture('#52525b'), alt: 'Grey over-ear headphones' },
    rating: { average: 4.2, count: 98 },
    inStock: false,
  },
  {
    id: 'hp-kestrel-studio',
    name: 'Kestrel Studio Pro',
    href: '/p/kestrel-studio-pro',
    price: eur(29900),
    brand: 'Kestrel',
    category: 'Headphones',
    image: { src: picture('#a1a1aa'), alt: 'Silver headphones with walnut ear cups' },
    rating: { average: 4.3, count: 87 },
    inStock: true,
  },
  {
    id: 'hp-lumen-air-2',
    name: 'Lumen Air 2',
    href: '/p/lumen-air-2',
    price: eur(17900),
    brand: 'Lumen',
    category: 'Headphones',
    image: { src: picture('#d4d4d8'), alt: 'White lightweight headphones' },
    inStock: true,
  },
]

/** What the shop's suggest endpoint answers for "aurora". */
export const auroraSuggestions: SearchSuggestions = {
  query: 'aurora',
  products: products.slice(0, 2),
  categories: [{ name: 'Headphones', href: '/c/headphones' }],
}

/** A `loadSuggestions` over the fixtures: products and categories whose name contains the query. */
export function fixtureSuggestions(query: string): Promise<SearchSuggestions> {
  const needle = query.toLowerCase()
  const matching = products.filter((product) => product.name.toLowerCase().includes(needle))
  const categories = 'headphones'.includes(needle) || matching.length ? [{ name: 'Headphones', href: '/c/headphones' }] : []
  return Promise.resolve({ query, products: matching.slice(0, 6), categories })
}

/** Page 1 of the results for "northwind" with the in-stock filter on, 2 per page. */
export const northwindResults: SearchResultsData = {
  query: 'northwind',
  total: 5,
  products: products.slice(0, 2),
  page: 1,
  pageSize: 2,
  sort: 'relevance',
  facets: {
    category: [
      { value: 'headphones', label: 'Headphones', count: 4, selected: false },
      { value: 'speakers', label: 'Speakers', count: 1, selected: false },
    ],
    price: [
      { value: '0-20000', label: 'Up to €200', count: 1, selected: false },
      { value: '20000-', label: '€200 and more', count: 4, selected: false },
    ],
    rating: [{ value: '4', label: '4 stars and up', count: 3, selected: false }],
    inStock: [{ value: 'true', label: 'In stock', count: 5, selected: true }],
  },
}

/** No results for a misspelled query, with a correction and popular products. */
export const noResults: SearchResultsData = {
  query: 'nortwind auroa',
  total: 0,
  products: [],
  page: 1,
  pageSize: 24,
  sort: 'relevance',
  facets: { category: [], price: [], rating: [], inStock: [] },
  didYouMean: 'northwind aurora',
  popular: products.slice(2),
}
