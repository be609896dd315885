import { expect, it } from 'vitest'
import { linksOf } from '../render/links'
import { describeInEachLocale, renderIn } from '../render/test-helpers'
import { sampleNpsInvitation } from './fixtures'
import { npsInvitationEmail } from './nps-invitation'

const render = renderIn(npsInvitationEmail, sampleNpsInvitation)

const expected = {
  en: { subject: 'One question about Northwind Outfitters', low: '0 = not at all likely', high: '10 = extremely likely' },
  de: { subject: 'Eine Frage zu Northwind Outfitters', low: '0 = sehr unwahrscheinlich', high: '10 = sehr wahrscheinlich' },
  'zh-CN': { subject: '关于 Northwind Outfitters 的一个问题', low: '0 = 完全不可能', high: '10 = 非常可能' },
  ro: { subject: 'O întrebare despre Northwind Outfitters', low: '0 = deloc probabil', high: '10 = foarte probabil' },
} as const

describeInEachLocale('NPS invitation', expected, (strings, locale) => {

  it('asks the question with the ends of the scale explained, in both parts', async () => {
    const { subject, html, text } = await render(locale)
    expect(subject).toBe(strings.subject)
    for (const part of [html, text]) {
      expect(part).toContain(strings.low)
      expect(part).toContain(strings.high)
    }
  })

  it('links each score 0 to 10 to the survey with the respondent’s token, tagged with utm_campaign=nps_invitation', async () => {
    const { html, text } = await render(locale)
    const scores = linksOf(html).filter((href) => href.includes('/survey/nps')).map((href) => new URL(href))
    expect(scores.map((url) => url.searchParams.get('score'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    for (const url of scores) {
      expect([url.searchParams.get('token'), url.searchParams.get('utm_campaign'), url.searchParams.get('utm_content')]).toEqual(['r3sp', 'nps_invitation', `score_${url.searchParams.get('score')}`])
      expect(text).toContain(url.toString())
    }
    expect(linksOf(html).filter((href) => new URL(href).pathname === '/newsletter/unsubscribe').map((href) => new URL(href).searchParams.get('utm_campaign'))).toEqual(['nps_invitation'])
  })
})
