import { resolveAttribution } from '@journeykit/core'
import { describe, expect, it } from 'vitest'
import { chooseHeroVariant, type HeroVariantMatch } from './choose-hero-variant'
import { attributions, heroVariants, newsletterVariant, paidSearchVariant, socialVariant } from './fixtures'

const visit = (query: string, referrer = '') => resolveAttribution(`https://shop.example/${query}`, referrer)
const variant = (id: string, match?: HeroVariantMatch) => ({ id, match })

describe('chooseHeroVariant', () => {
  it.each([
    ['a newsletter click', attributions.newsletter, newsletterVariant],
    ['a paid search ad', attributions.paidSearch, paidSearchVariant],
    ['a social campaign link', attributions.socialCampaign, socialVariant],
    ['a link shared on Facebook (by its referring host)', attributions.socialShare, socialVariant],
  ])('picks the variant for %s', (_, attribution, expected) => {
    expect(chooseHeroVariant(heroVariants, attribution)).toBe(expected)
  })

  it.each([
    ['an organic search visit', attributions.organicSearch],
    ['a direct visit', attributions.direct],
    ['an unknown attribution', undefined],
  ])('picks nothing for %s, leaving it to the fallback', (_, attribution) => {
    expect(chooseHeroVariant(heroVariants, attribution)).toBeUndefined()
  })

  it('prefers the variant with the most criteria, wherever it is listed', () => {
    const variants = [
      variant('paid', { channel: 'paid' }),
      variant('paid-google-campaign', { channel: 'paid', source: 'google', campaign: 'jackets-generic' }),
      variant('paid-google', { channel: 'paid', source: 'google' }),
    ]
    expect(chooseHeroVariant(variants, attributions.paidSearch)?.id).toBe('paid-google-campaign')
    expect(chooseHeroVariant(variants, visit('?utm_source=google&utm_medium=cpc'))?.id).toBe('paid-google')
    expect(chooseHeroVariant(variants, visit('?utm_source=bing&utm_medium=cpc'))?.id).toBe('paid')
  })

  it('breaks a tie by the order of the list', () => {
    const first = variant('by-channel', { channel: 'owned' })
    const second = variant('by-medium', { medium: 'email' })
    expect(chooseHeroVariant([first, second], attributions.newsletter)).toBe(first)
    expect(chooseHeroVariant([second, first], attributions.newsletter)).toBe(second)
  })

  it('requires every criterion of a variant to hold', () => {
    const variants = [variant('newsletter-spring', { channel: 'owned', campaign: 'spring-sale-2027' })]
    expect(chooseHeroVariant(variants, attributions.newsletter)).toBeUndefined()
  })

  it('compares sources, mediums and campaigns case-insensitively', () => {
    const variants = [variant('newsletter', { source: 'Newsletter', medium: 'EMAIL', campaign: 'Winter-Sale-2026' })]
    expect(chooseHeroVariant(variants, attributions.newsletter)?.id).toBe('newsletter')
  })

  it('matches a referring host by its parent domain only', () => {
    const variants = [variant('facebook', { source: 'facebook.com' })]
    expect(chooseHeroVariant(variants, visit('', 'https://l.facebook.com/'))?.id).toBe('facebook')
    expect(chooseHeroVariant(variants, visit('', 'https://notfacebook.com/'))).toBeUndefined()
  })

  it('can target direct visits', () => {
    expect(chooseHeroVariant([variant('direct', { channel: 'direct' })], attributions.direct)?.id).toBe('direct')
  })

  it('never matches a variant without criteria or with an empty source list', () => {
    const variants = [variant('no-match'), variant('empty-match', {}), variant('no-sources', { source: [] })]
    expect(chooseHeroVariant(variants, attributions.direct)).toBeUndefined()
    expect(chooseHeroVariant(variants, attributions.newsletter)).toBeUndefined()
  })

  it('chooses nothing from no variants', () => {
    expect(chooseHeroVariant([], attributions.newsletter)).toBeUndefined()
  })
})
