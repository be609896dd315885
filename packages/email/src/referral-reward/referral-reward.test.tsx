import { expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, plain, renderIn } from '../render/test-helpers'
import { sampleReferralCodeReward, sampleReferralReward } from './fixtures'
import { referralRewardEmail } from './referral-reward'

const render = renderIn(referralRewardEmail, sampleReferralReward)

const expected = {
  en: { subject: 'A friend ordered with your link: your reward is here', points: 'We added 500 loyalty points to your account.', balance: 'Your balance is now 722 points.', code: 'Your thank-you: €10.00 off your next order with the code THANKS-7K2Q, valid until November 22, 2027.', viewCode: 'See your codes' },
  de: { subject: 'Eine Freundin oder ein Freund hat über deinen Link bestellt: deine Belohnung ist da', points: 'Wir haben deinem Konto 500 Treuepunkte gutgeschrieben.', balance: 'Dein Punktestand ist jetzt 722.', code: 'Dein Dankeschön: 10,00 € Rabatt auf deine nächste Bestellung mit dem Code THANKS-7K2Q, gültig bis 22. November 2027.', viewCode: 'Deine Codes ansehen' },
  'zh-CN': { subject: '好友通过您的链接下单了：您的奖励已到账', points: '我们已向您的账户添加 500 积分。', balance: '您当前的积分为 722。', code: '感谢礼：下次下单使用代码 THANKS-7K2Q 立减 €10.00，有效期至 2027年11月22日。', viewCode: '查看优惠码' },
  ro: { subject: 'Un prieten a comandat cu linkul tău: recompensa ta a sosit', points: 'Am adăugat 500 de puncte de fidelitate în contul tău.', balance: 'Soldul tău este acum de 722 de puncte.', code: 'Mulțumirea noastră: 10,00 EUR reducere la următoarea comandă cu codul THANKS-7K2Q, valabil până la 22 noiembrie 2027.', viewCode: 'Vezi codurile' },
} as const

describeInEachLocale('referral reward', expected, (strings, locale) => {

  it('states the points earned and the new balance in both parts', async () => {
    const { subject, html, text } = await render(locale)
    expect(subject).toBe(strings.subject)
    for (const part of [html, text]) {
      expect(part).toContain(strings.points)
      expect(part).toContain(strings.balance)
    }
  })

  it('states a discount code reward with its amount and expiry instead of points, and links to the codes', async () => {
    const { html, text } = await render(locale, sampleReferralCodeReward)
    for (const part of [html, text].map(plain)) {
      expect(part).toContain(strings.code)
      expect(part).toContain(strings.viewCode)
      expect(part).not.toContain(strings.balance)
    }
    expect(new URL(linksOf(html)[0]!).searchParams.get('utm_content')).toBe('view_code')
  })

  it('tags every link with utm_campaign=referral_reward', async () => {
    const { html, text } = await render(locale)
    const links = linksOf(html)
    expect(links.map((href) => new URL(href).pathname)).toEqual(['/account', '/r/ADA-7K2Q', '/'])
    for (const href of links) {
      expect(new URL(href).searchParams.get('utm_campaign')).toBe('referral_reward')
      expect(text).toContain(href)
    }
  })
})

it('says "point" for a reward of one', async () => {
  const { text } = await render('en', { ...sampleReferralReward, reward: { points: 1, balance: 223 } })
  expect(text).toContain('We added 1 loyalty point to your account.')
})
