import { describe, expect, it } from 'vitest'
import { parseSearchParams, toggleFacet, toUrlSearchParams, type SearchParams } from './search-params'

const base: SearchParams = { q: 'aurora', category: [], price: [], inStock: false, sort: 'relevance', page: 1 }

describe('search parameters', () => {
  it('round-trips through the URL, leaving out defaults', () => {
    const params: SearchParams = { q: 'aurora 5', category: ['headphones', 'speakers'], price: ['0-5000', '20000-'], rating: '4', inStock: true, sort: 'price-asc', page: 3 }
    const query = toUrlSearchParams(params)
    expect(query.toString()).toBe('q=aurora+5&category=headphones&category=speakers&price=0-5000&price=20000-&rating=4&inStock=true&sort=price-asc&page=3')
    expect(parseSearchParams(query)).toEqual(params)
    expect(toUrlSearchParams(base).toString()).toBe('q=aurora')
  })

  it('falls back to the defaults for an unknown sort or an invalid page', () => {
    expect(parseSearchParams(new URLSearchParams('q=+x+&sort=cheapest&page=-2'))).toEqual({ ...base, q: 'x', rating: undefined })
    expect(parseSearchParams(new URLSearchParams('page=1.5')).page).toBe(1)
  })

  it('toggles repeatable, single and boolean facets, back on page 1', () => {
    const page2 = { ...base, page: 2 }
    expect(toggleFacet(page2, 'category', 'headphones')).toEqual({ ...base, category: ['headphones'] })
    expect(toggleFacet({ ...base, category: ['headphones', 'speakers'] }, 'category', 'headphones').category).toEqual(['speakers'])
    expect(toggleFacet({ ...base, rating: '4' }, 'rating', '3').rating).toBe('3')
    expect(toggleFacet({ ...base, rating: '4' }, 'rating', '4').rating).toBeUndefined()
    expect(toggleFacet(base, 'inStock', 'true').inStock).toBe(true)
    expect(toggleFacet({ ...base, inStock: true }, 'inStock', 'true').inStock).toBe(false)
  })
})
