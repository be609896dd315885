/** The campaign parameters every link of an email carries, so the visit it brings is attributed to the email. */
export interface UtmParameters {
  /** `utm_source`: who sent it, e.g. the shop's name or `newsletter`. */
  source: string
  /** `utm_campaign`: which email, e.g. `order_confirmation`. */
  campaign: string
  /** `utm_medium`; `email` unless you have a reason (attribution counts email, newsletter… as owned). */
  medium?: string
  /** `utm_content`: which link of the email, e.g. `view_order`. */
  content?: string
}

/**
 * `href` with `utm_source`, `utm_medium` (default `email`), `utm_campaign` and, if given,
 * `utm_content` set (replacing any it had; its other parameters and fragment stay). `mailto:` and
 * `tel:` links come back unchanged.
 *
 * @throws {TypeError} for a relative or non-http(s) URL: a link in an email must be absolute.
 */
export function withUtm(href: string, utm: UtmParameters): string {
  if (/^(mailto|tel):/i.test(href)) return href
  const url = URL.canParse(href) ? new URL(href) : undefined
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(`An email link must be an absolute http(s) URL: ${href}`)
  }
  url.searchParams.set('utm_source', utm.source)
  url.searchParams.set('utm_medium', utm.medium ?? 'email')
  url.searchParams.set('utm_campaign', utm.campaign)
  if (utm.content) url.searchParams.set('utm_content', utm.content)
  else url.searchParams.delete('utm_content')
  return url.toString()
}
