import type { EventProperties } from '@journeykit/core'

/**
 * The `email_clicked` a page's query string stands for: a link of one of the shop's emails carries
 * `utm_medium=email`, `utm_campaign` = the template and `utm_content` = which link (`withUtm` in
 * @journeykit/email). Null for any other visit.
 */
export function emailClickOf(search: string): EventProperties<'email_clicked'> | null {
  const params = new URLSearchParams(search)
  const campaign = params.get('utm_campaign')
  if (params.get('utm_medium')?.toLowerCase() !== 'email' || !campaign) return null
  const link = params.get('utm_content')
  return { campaign: campaign.slice(0, 100), ...(link ? { link: link.slice(0, 100) } : {}) }
}
