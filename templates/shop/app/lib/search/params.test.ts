import { describe, expect, it } from 'vitest'
import { MAX_QUERY_LENGTH, parseSearchParams, SearchParamsError, searchHref } from './params'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

describe('parseSearchParams', () => {
  it('reads every parameter of a shared search link', () => {
    expect(
      parse(
        'q=+wireless+%20headphones&category=headphones&category=headphones&price=0-5000&price=20000-&rating=4&inStock=true&sort=price-asc&page=3',
      ),
    ).toEqual({
      q: 'wireless headphones',
      categories: ['headphones'],
      prices: [{ min: 0, max: 5000 }, { min: 20000 }],
      minRating: 4,
      inStock: true,
      sort: 'price-asc',
      page: 3,
    })
  })

  it('defaults to the first page by relevance', () => {
    expect(parse('')).toEqual({
      q: '',
      categories: [],
      prices: [],
      inStock: false,
      sort: 'relevance',
      page: 1,
    })
  })

  it.each([
    [`q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`, 'q is too long'],
    ['category=Not%20a%20slug', 'category "Not a slug" is not a category slug'],
    ['price=cheap', 'price "cheap" is not a range'],
    ['price=5000-100', 'price "5000-100" is not a range'],
    ['rating=5', 'rating must be'],
    ['inStock=yes', 'inStock must be'],
    ['sort=random', 'sort must be one of relevance, price-asc, price-desc, rating'],
    ['page=0', 'page must be'],
    ['page=two', 'page must be'],
  ])('refuses %s', (query, message) => {
    expect(() => parse(query)).toThrow(SearchParamsError)
    expect(() => parse(query)).toThrow(message)
  })
})

describe('searchHref', () => {
  it('writes the link parseSearchParams reads back', () => {
    const link = '/search?q=wireless+headphones&category=headphones&price=0-5000&price=20000-&rating=4&inStock=true&sort=price-asc&page=3'
    expect(searchHref(parse(link.split('?')[1]!))).toBe(link)
    expect(searchHref(parse(''))).toBe('/search')
  })
})
