import { describe, expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, renderIn } from '../render/test-helpers'
import { sampleNewsletterConfirmation } from './fixtures'
import { newsletterConfirmationEmail } from './newsletter-confirmation'

const render = renderIn(newsletterConfirmationEmail, sampleNewsletterConfirmation)

const expected = {
  en: { subject: 'Please confirm your subscription to Northwind Outfitters', button: 'Yes, subscribe me', ignore: 'you will not be subscribed' },
  de: { subject: 'Bitte bestätige dein Abonnement bei Northwind Outfitters', button: 'Ja, ich möchte den Newsletter', ignore: 'Du wirst nicht angemeldet' },
  'zh-CN': { subject: '请确认订阅 Northwind Outfitters', button: '是的，我要订阅', ignore: '您不会被订阅' },
  ro: { subject: 'Te rugăm să confirmi abonarea la Northwind Outfitters', button: 'Da, vreau să mă abonez', ignore: 'nu vei fi abonat' },
} as const

describeInEachLocale('newsletter confirmation', expected, (strings, locale) => {

  it('asks to confirm, names the address and says what happens without a click', async () => {
    const { subject, html, text } = await render(locale)
    expect(subject).toBe(strings.subject)
    expect(html).toContain(`lang="${locale}"`)
    for (const part of [html, text]) {
      expect(part).toContain('ada@example.com')
      expect(part).toContain(strings.button)
      expect(part).toContain(strings.ignore)
    }
  })

  it('tags the confirmation link, kept with its token, and the shop link with utm_campaign=newsletter_confirmation', async () => {
    const { html, text } = await render(locale)
    const links = linksOf(html).map((href) => new URL(href))
    expect(links.map((url) => url.pathname)).toEqual(['/newsletter/confirm', '/'])
    expect(links[0]!.searchParams.get('token')).toBe('c0nf1rm')
    for (const url of links) {
      expect([url.searchParams.get('utm_source'), url.searchParams.get('utm_medium'), url.searchParams.get('utm_campaign')]).toEqual(['northwind', 'email', 'newsletter_confirmation'])
      expect(text).toContain(url.toString())
    }
  })
})

describe('newsletter confirmation', () => {
  it('puts the button text and its link on one plain-text line', async () => {
    const { text } = await render('en')
    const line = text.split('\n').find((candidate) => candidate.startsWith('Yes, subscribe me '))
    expect(line).toMatch(/^Yes, subscribe me https:\/\/shop\.example\.com\/newsletter\/confirm\?token=c0nf1rm&utm_source=northwind&/)
  })

  it('refuses to render outside renderEmail, where its links would carry no campaign', async () => {
    const { render: renderHtml } = await import('@react-email/render')
    const { Body } = newsletterConfirmationEmail
    await expect(renderHtml(<Body {...sampleNewsletterConfirmation} />)).rejects.toThrow('Render emails with renderEmail()')
  })
})
