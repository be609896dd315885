import { describe, expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { renderEmail } from '../render/render-email'
import { bothParts, describeInEachLocale, renderIn } from '../render/test-helpers'
import { sampleOrder } from './fixtures'
import { orderConfirmationEmail } from './order-confirmation'

const render = renderIn(orderConfirmationEmail, sampleOrder)

const expected = {
  en: { subject: 'Your order NW-10042 is confirmed', heading: 'Thank you for your order', total: '€227.25', points: 'You earned 222 loyalty points', country: 'Germany', date: 'November 22, 2026' },
  de: { subject: 'Deine Bestellung NW-10042 ist bestätigt', heading: 'Danke für deine Bestellung', total: '227,25 €', points: 'Mit dieser Bestellung hast du 222 Treuepunkte gesammelt.', country: 'Deutschland', date: '22. November 2026' },
  'zh-CN': { subject: '您的订单 NW-10042 已确认', heading: '感谢您的订购', total: '€227.25', points: '您通过此订单获得了 222 积分。', country: '德国', date: '2026年11月22日' },
  ro: { subject: 'Comanda ta NW-10042 este confirmată', heading: 'Îți mulțumim pentru comandă', total: '227,25 EUR', points: 'Ai câștigat 222 de puncte de fidelitate', country: 'Germania', date: '22 noiembrie 2026' },
} as const

describeInEachLocale('order confirmation', expected, (text, locale) => {
  it('has a translated subject, lines, totals, address, points and next steps in HTML and plain text', async () => {
    const email = await render(locale)
    expect(email.subject).toBe(text.subject)
    expect(email.html).toContain(`lang="${locale}"`)
    for (const part of bothParts(email)) {
      expect(part).toContain(text.heading)
      expect(part).toContain('Alpine Down Jacket (M / Navy)')
      expect(part).toContain('Merino Beanie')
      expect(part).toContain(text.total)
      expect(part).toContain(text.points)
      expect(part).toContain(text.country)
      expect(part).toContain('Invalidenstraße 117')
      expect(part).toContain(text.date)
    }
  })

  it('tags every link with utm_source, utm_medium=email and utm_campaign=order_confirmation', async () => {
    const { html, text } = await render(locale)
    const links = linksOf(html)
    expect(links.map((href) => new URL(href).pathname)).toEqual(['/orders/NW-10042', '/'])
    for (const href of links) {
      const params = new URL(href).searchParams
      expect([params.get('utm_source'), params.get('utm_medium'), params.get('utm_campaign')]).toEqual(['northwind', 'email', 'order_confirmation'])
      expect(text).toContain(href)
    }
    expect(new URL(links[0]!).searchParams.get('token')).toBe('t0k3n')
  })
})

describe('order confirmation', () => {
  it('has a plain-text part a person can read: one line per fact, no markup, no preview filler', async () => {
    const { text } = await render('en')
    expect(text).not.toMatch(/<[a-z/]|&[a-z]+;|\u200c|\u00a0{2}/i)
    const lines = text.split('\n').map((line) => line.trim()).filter(Boolean)
    expect(lines).toContain('Hello Ada,')
    expect(lines).toContain('Total €227.25')
    expect(lines).toContain('Including tax €36.28')
    expect(lines).toContain('Discount −€24.70')
    expect(lines.some((line) => line.startsWith('View your order https://shop.example.com/orders/NW-10042?'))).toBe(true)
    expect(lines.every((line) => line.length <= 200)).toBe(true)
  })

  it('leaves out the discount and points when there are none, and names added tax "Tax"', async () => {
    const { text } = await render('en', { ...sampleOrder, discount: undefined, pointsEarned: 0, taxIncluded: false })
    expect(text).not.toContain('Discount')
    expect(text).not.toContain('loyalty point')
    expect(text).toContain('Tax €36.28')
  })

  it('uses the singular for one point, and a campaign the app chose', async () => {
    const { text, html } = await renderEmail(orderConfirmationEmail, { ...sampleOrder, pointsEarned: 1 }, { utm: { source: 'northwind', campaign: 'winter_order' } })
    expect(text).toContain('You earned 1 loyalty point with this order.')
    expect(linksOf(html).every((href) => new URL(href).searchParams.get('utm_campaign') === 'winter_order')).toBe(true)
  })

  it('refuses a relative order link (it would not open from a mailbox)', async () => {
    await expect(render('en', { ...sampleOrder, orderUrl: '/orders/NW-10042' })).rejects.toThrow('absolute http(s) URL')
  })

  it('escapes what the customer typed', async () => {
    const { html, subject } = await render('en', { ...sampleOrder, customerName: '<b>Ada</b>' })
    expect(html).not.toContain('<b>Ada</b>')
    expect(html).toContain('&lt;b&gt;Ada&lt;/b&gt;')
    expect(subject).toBe('Your order NW-10042 is confirmed')
  })
})
