import { describe, expect, it } from 'vitest'
import { withUtm } from './with-utm'

const utm = { source: 'northwind', campaign: 'order_confirmation' }

describe('withUtm', () => {
  it('adds source, medium=email and campaign to an absolute link', () => {
    const url = new URL(withUtm('https://shop.example.com/orders/NW-1', utm))
    expect(url.origin + url.pathname).toBe('https://shop.example.com/orders/NW-1')
    expect(Object.fromEntries(url.searchParams)).toEqual({ utm_source: 'northwind', utm_medium: 'email', utm_campaign: 'order_confirmation' })
  })

  it('keeps the link’s own parameters and fragment, and replaces utm parameters it already had', () => {
    const tagged = withUtm('https://shop.example.com/orders/NW-1?token=abc&utm_source=old&utm_content=x#items', { ...utm, medium: 'newsletter', content: 'view_order' })
    const url = new URL(tagged)
    expect(url.hash).toBe('#items')
    expect(url.searchParams.get('token')).toBe('abc')
    expect(url.searchParams.getAll('utm_source')).toEqual(['northwind'])
    expect(url.searchParams.get('utm_medium')).toBe('newsletter')
    expect(url.searchParams.get('utm_content')).toBe('view_order')
  })

  it('drops a utm_content the link had when none is given', () => {
    expect(new URL(withUtm('https://shop.example.com/?utm_content=old', utm)).searchParams.has('utm_content')).toBe(false)
  })

  it('encodes values', () => {
    expect(withUtm('https://shop.example.com/', { source: 'Northwind & Co', campaign: 'a b' })).toContain('utm_source=Northwind+%26+Co')
  })

  it('leaves mailto: and tel: links alone', () => {
    expect(withUtm('mailto:help@example.com', utm)).toBe('mailto:help@example.com')
    expect(withUtm('tel:+4930123', utm)).toBe('tel:+4930123')
  })

  it('refuses relative and non-http links', () => {
    expect(() => withUtm('/orders/NW-1', utm)).toThrow(TypeError)
    expect(() => withUtm('javascript:alert(1)', utm)).toThrow('absolute http(s) URL')
  })
})
