import { expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, plain, renderIn } from '../render/test-helpers'
import { sampleRefund } from './fixtures'
import { refundNoticeEmail } from './refund-notice'

const render = renderIn(refundNoticeEmail, sampleRefund)

const expected = {
  en: { subject: 'Your refund for order NW-10042', amount: '€227.25', points: 'The 222 loyalty points this order earned have been taken back.' },
  de: { subject: 'Deine Erstattung für die Bestellung NW-10042', amount: '227,25 €', points: 'Die 222 Treuepunkte aus dieser Bestellung wurden zurückgebucht.' },
  'zh-CN': { subject: '订单 NW-10042 的退款', amount: '€227.25', points: '此订单获得的 222 积分已被扣回。' },
  ro: { subject: 'Rambursarea pentru comanda NW-10042', amount: '227,25 EUR', points: 'Cele 222 de puncte de fidelitate câștigate cu această comandă au fost retrase.' },
} as const

describeInEachLocale('refund notice', expected, (strings, locale) => {

  it('states the amount refunded and the points taken back in both parts', async () => {
    const { subject, html, text } = await render(locale)
    expect(subject).toBe(strings.subject)
    for (const part of [html, text].map(plain)) {
      expect(part).toContain(strings.amount)
      expect(part).toContain(strings.points)
    }
  })

  it('tags every link with utm_campaign=refund_notice', async () => {
    const { html, text } = await render(locale)
    const links = linksOf(html)
    expect(links.map((href) => new URL(href).pathname)).toEqual(['/orders/NW-10042', '/'])
    for (const href of links) {
      expect(new URL(href).searchParams.get('utm_campaign')).toBe('refund_notice')
      expect(text).toContain(href)
    }
  })
})

it('leaves out the points line when the order had earned none', async () => {
  const { text } = await render('en', { ...sampleRefund, pointsVoided: 0 })
  expect(text).not.toContain('loyalty point')
})
