import { expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, renderIn } from '../render/test-helpers'
import { sampleReferralReward } from './fixtures'
import { referralRewardEmail } from './referral-reward'

const render = renderIn(referralRewardEmail, sampleReferralReward)

const expected = {
  en: { subject: 'A friend ordered with your link: your reward is here', points: 'We added 500 loyalty points to your account.', balance: 'Your balance is now 722 points.' },
  de: { subject: 'Eine Freundin oder ein Freund hat über deinen Link bestellt: deine Belohnung ist da', points: 'Wir haben deinem Konto 500 Treuepunkte gutgeschrieben.', balance: 'Dein Punktestand ist jetzt 722.' },
  'zh-CN': { subject: '好友通过您的链接下单了：您的奖励已到账', points: '我们已向您的账户添加 500 积分。', balance: '您当前的积分为 722。' },
  ro: { subject: 'Un prieten a comandat cu linkul tău: recompensa ta a sosit', points: 'Am adăugat 500 de puncte de fidelitate în contul tău.', balance: 'Soldul tău este acum de 722 de puncte.' },
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
  const { text } = await render('en', { ...sampleReferralReward, points: 1 })
  expect(text).toContain('We added 1 loyalty point to your account.')
})
