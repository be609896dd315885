import { expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, renderIn } from '../render/test-helpers'
import { sampleReviewRequest } from './fixtures'
import { reviewRequestEmail } from './review-request'

const render = renderIn(reviewRequestEmail, sampleReviewRequest)

const expected = {
  en: { subject: 'How do you like your Alpine Down Jacket?', write: 'Write a review', verified: 'verified purchase' },
  de: { subject: 'Wie gefällt dir dein Alpine Down Jacket?', write: 'Bewertung schreiben', verified: 'verifizierter Kauf' },
  'zh-CN': { subject: '您对 Alpine Down Jacket 满意吗？', write: '撰写评价', verified: '已验证购买' },
  ro: { subject: 'Cum îți place Alpine Down Jacket?', write: 'Scrie o recenzie', verified: 'achiziție verificată' },
} as const

describeInEachLocale('review request', expected, (strings, locale) => {

  it('names the one product and its order, and says the review will be verified, in both parts', async () => {
    const { subject, html, text } = await render(locale)
    expect(subject).toBe(strings.subject)
    for (const part of [html, text]) {
      for (const fact of ['Alpine Down Jacket (M / Navy)', 'NW-10042', strings.write, strings.verified]) expect(part).toContain(fact)
    }
  })

  it('keeps the buyer’s token on the review link and tags it with utm_campaign=review_request', async () => {
    const { html, text } = await render(locale)
    const [review, unsubscribe, home] = linksOf(html)
    const url = new URL(review!)
    expect([url.pathname, url.searchParams.get('token'), url.searchParams.get('utm_campaign'), url.searchParams.get('utm_content')]).toEqual([
      '/p/alpine-down-jacket/review',
      'buy3r',
      'review_request',
      'write_review',
    ])
    expect(new URL(home!).searchParams.get('utm_campaign')).toBe('review_request')
    expect([new URL(unsubscribe!).pathname, new URL(unsubscribe!).searchParams.get('utm_campaign')]).toEqual(['/newsletter/unsubscribe', 'review_request'])
    expect(text).toContain(review)
  })
})
