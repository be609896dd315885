import { expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, plain, renderIn } from '../render/test-helpers'
import { abandonedCheckoutEmail } from './abandoned-checkout'
import { sampleAbandonedCheckout } from './fixtures'

const render = renderIn(abandonedCheckoutEmail, sampleAbandonedCheckout)

const expected = {
  en: { subject: 'Your cart at Northwind Outfitters is waiting', restore: 'Return to your cart', subtotal: '€247.00', unsubscribe: 'Unsubscribe from these emails' },
  de: { subject: 'Dein Warenkorb bei Northwind Outfitters wartet auf dich', restore: 'Zurück zum Warenkorb', subtotal: '247,00 €', unsubscribe: 'Von diesen E-Mails abmelden' },
  'zh-CN': { subject: '您在 Northwind Outfitters 的购物车还在等您', restore: '返回购物车', subtotal: '€247.00', unsubscribe: '退订此类邮件' },
  ro: { subject: 'Coșul tău de la Northwind Outfitters te așteaptă', restore: 'Înapoi la coș', subtotal: '247,00 EUR', unsubscribe: 'Dezabonează-te de la aceste e-mailuri' },
} as const

describeInEachLocale('abandoned-checkout reminder', expected, (strings, locale) => {

  it('lists the cart’s lines and subtotal, the restore button and the unsubscribe link in both parts', async () => {
    const { subject, html, text } = await render(locale)
    expect(subject).toBe(strings.subject)
    for (const part of [html, text].map(plain)) {
      for (const fact of ['Alpine Down Jacket (M / Navy)', 'Merino Beanie', strings.subtotal, strings.restore, strings.unsubscribe]) expect(part).toContain(fact)
    }
  })

  it('tags every link with utm_campaign=abandoned_checkout and keeps the cart and unsubscribe tokens', async () => {
    const { html, text } = await render(locale)
    const [restore, unsubscribe, home] = linksOf(html)
    expect(new URL(restore!).pathname).toBe('/cart/restore')
    expect(new URL(restore!).searchParams.get('token')).toBe('c4rt')
    expect([new URL(unsubscribe!).pathname, new URL(unsubscribe!).searchParams.get('token'), new URL(unsubscribe!).searchParams.get('utm_content')]).toEqual(['/newsletter/unsubscribe', 'uns', 'unsubscribe'])
    for (const href of [restore!, unsubscribe!, home!]) {
      expect([new URL(href).searchParams.get('utm_medium'), new URL(href).searchParams.get('utm_campaign')]).toEqual(['email', 'abandoned_checkout'])
      expect(text).toContain(href)
    }
    expect(new URL(restore!).searchParams.get('utm_content')).toBe('restore_cart')
  })
})

it('greets without a name when the checkout had none', async () => {
  const { text } = await render('en', { ...sampleAbandonedCheckout, customerName: undefined })
  expect(text).toContain('Hello,')
  expect(text).not.toContain('Hello Ada')
})
