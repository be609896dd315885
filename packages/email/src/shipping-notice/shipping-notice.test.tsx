import { expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, renderIn } from '../render/test-helpers'
import { sampleShipment } from './fixtures'
import { shippingNoticeEmail } from './shipping-notice'

const render = renderIn(shippingNoticeEmail, sampleShipment)

const expected = {
  en: { subject: 'Your order NW-10042 is on its way', track: 'Track your parcel', country: 'Germany' },
  de: { subject: 'Deine Bestellung NW-10042 ist unterwegs', track: 'Sendung verfolgen', country: 'Deutschland' },
  'zh-CN': { subject: '您的订单 NW-10042 已发货', track: '跟踪包裹', country: '德国' },
  ro: { subject: 'Comanda ta NW-10042 este pe drum', track: 'Urmărește coletul', country: 'Germania' },
} as const

describeInEachLocale('shipping notice', expected, (strings, locale) => {

  it('names the carrier, tracking number, parcel contents and address in both parts', async () => {
    const { subject, html, text } = await render(locale)
    expect(subject).toBe(strings.subject)
    for (const part of [html, text]) {
      for (const fact of ['DHL', '00340434161094042557', strings.track, 'Alpine Down Jacket (M / Navy)', 'Merino Beanie', strings.country]) expect(part).toContain(fact)
    }
  })

  it('tags the links to the shop with utm_campaign=shipping_notice and leaves the carrier’s tracking link as it is', async () => {
    const { html, text } = await render(locale)
    const [tracking, ...shopLinks] = linksOf(html)
    expect(tracking).toBe(sampleShipment.trackingUrl)
    expect(shopLinks.map((href) => new URL(href).pathname)).toEqual(['/orders/NW-10042', '/'])
    for (const href of shopLinks) {
      expect(new URL(href).searchParams.get('utm_campaign')).toBe('shipping_notice')
      expect(new URL(href).searchParams.get('utm_medium')).toBe('email')
    }
    expect(text).toContain(`${strings.track} ${sampleShipment.trackingUrl}`)
  })
})

it('puts each parcel line on one plain-text line', async () => {
  const { text } = await render('en')
  expect(text.split('\n').map((line) => line.trim())).toEqual(expect.arrayContaining(['1 × Alpine Down Jacket (M / Navy)', '2 × Merino Beanie']))
})
