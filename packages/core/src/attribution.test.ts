import { describe, expect, it } from 'vitest'
import { carriesCampaign, resolveAttribution } from './attribution'
import type { TouchpointChannel } from './types'

const SHOP = 'https://shop.example/products/shoe'

describe('resolveAttribution', () => {
  it.each<[url: string, referrer: string, channel: TouchpointChannel, source: string]>([
    // paid: media
    [`${SHOP}?utm_source=google&utm_medium=cpc`, '', 'paid', 'google'],
    [`${SHOP}?utm_source=bing&utm_medium=PPC`, '', 'paid', 'bing'],
    [`${SHOP}?utm_source=meta&utm_medium=paid_social`, 'https://www.facebook.com/', 'paid', 'meta'],
    [`${SHOP}?utm_source=tiktok&utm_medium=paidsocial`, '', 'paid', 'tiktok'],
    [`${SHOP}?utm_source=gdn&utm_medium=display`, '', 'paid', 'gdn'],
    [`${SHOP}?utm_source=dv360&utm_medium=cpm`, '', 'paid', 'dv360'],
    [`${SHOP}?utm_source=youtube&utm_medium=cpv`, '', 'paid', 'youtube'],
    [`${SHOP}?utm_source=awin&utm_medium=affiliate`, '', 'paid', 'awin'],
    // paid: click ids, with or without UTM
    [`${SHOP}?gclid=abc`, 'https://www.google.com/', 'paid', 'www.google.com'],
    [`${SHOP}?gbraid=abc`, '', 'paid', 'direct'],
    [`${SHOP}?wbraid=abc`, '', 'paid', 'direct'],
    [`${SHOP}?fbclid=abc`, 'https://l.facebook.com/', 'paid', 'l.facebook.com'],
    [`${SHOP}?msclkid=abc`, 'https://www.bing.com/', 'paid', 'www.bing.com'],
    [`${SHOP}?ttclid=abc`, '', 'paid', 'direct'],
    [`${SHOP}?utm_source=newsletter&utm_medium=email&gclid=abc`, '', 'paid', 'newsletter'],
    // owned
    [`${SHOP}?utm_source=newsletter&utm_medium=email`, '', 'owned', 'newsletter'],
    [`${SHOP}?utm_source=klaviyo&utm_medium=E-Mail`, '', 'owned', 'klaviyo'],
    [`${SHOP}?utm_source=weekly&utm_medium=newsletter`, 'https://mail.google.com/', 'owned', 'weekly'],
    [`${SHOP}?utm_source=twilio&utm_medium=sms`, '', 'owned', 'twilio'],
    [`${SHOP}?utm_source=app&utm_medium=push`, '', 'owned', 'app'],
    [`${SHOP}?utm_source=blog&utm_medium=owned`, '', 'owned', 'blog'],
    // earned: medium
    [`${SHOP}?utm_source=google&utm_medium=organic`, '', 'earned', 'google'],
    [`${SHOP}?utm_source=instagram&utm_medium=social`, '', 'earned', 'instagram'],
    [`${SHOP}?utm_source=partner-blog&utm_medium=referral`, '', 'earned', 'partner-blog'],
    // earned: external referrers (search engines, social sites, any other site)
    [SHOP, 'https://www.google.com/', 'earned', 'www.google.com'],
    [SHOP, 'https://duckduckgo.com/', 'earned', 'duckduckgo.com'],
    [SHOP, 'https://t.co/abc', 'earned', 't.co'],
    [SHOP, 'https://www.reddit.com/r/running/', 'earned', 'www.reddit.com'],
    [SHOP, 'https://blog.runner.example/best-shoes', 'earned', 'blog.runner.example'],
    [`${SHOP}?utm_source=podcast&utm_medium=audio`, 'https://podcasts.example/', 'earned', 'podcast'],
    // direct
    [SHOP, '', 'direct', 'direct'],
    [SHOP, 'https://shop.example/cart', 'direct', 'direct'],
    [SHOP, 'https://www.shop.example/', 'direct', 'direct'],
    [SHOP, 'not a url', 'direct', 'direct'],
    [`${SHOP}?utm_source=flyer`, '', 'direct', 'flyer'],
    [`${SHOP}?utm_source=qr&utm_medium=print`, '', 'direct', 'qr'],
    ['', '', 'direct', 'direct'],
  ])('%s from "%s" → %s / %s', (url, referrer, channel, source) => {
    expect(resolveAttribution(url, referrer).touchpoint).toEqual({ channel, source })
  })

  it('maps the UTM parameters to the campaign and leaves absent ones out', () => {
    const url = `${SHOP}?utm_source=google&utm_medium=cpc&utm_campaign=spring&utm_term=trail+shoes&utm_content=ad-2`
    expect(resolveAttribution(url, '').campaign).toEqual({
      source: 'google',
      medium: 'cpc',
      name: 'spring',
      term: 'trail shoes',
      content: 'ad-2',
    })
    expect(resolveAttribution(`${SHOP}?utm_campaign=spring`, '').campaign).toEqual({ name: 'spring' })
    expect(resolveAttribution(SHOP, 'https://www.google.com/').campaign).toEqual({})
  })

  it('treats the shop’s other hosts and their subdomains as internal', () => {
    const options = { ownHosts: ['shop-checkout.example'] }
    expect(resolveAttribution(SHOP, 'https://shop-checkout.example/pay', options).touchpoint.channel).toBe('direct')
    expect(resolveAttribution(SHOP, 'https://eu.shop-checkout.example/pay', options).touchpoint.channel).toBe('direct')
    expect(resolveAttribution(SHOP, 'https://other.example/', options).touchpoint.channel).toBe('earned')
  })
})

describe('carriesCampaign', () => {
  it.each([
    [`${SHOP}?utm_source=x`, true],
    [`${SHOP}?utm_campaign=spring`, true],
    [`${SHOP}?gclid=1`, true],
    [`${SHOP}?fbclid=1`, true],
    [`${SHOP}?page=2`, false],
    [SHOP, false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(carriesCampaign(url)).toBe(expected)
  })
})
