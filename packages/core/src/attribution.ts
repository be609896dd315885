import type { Campaign, Touchpoint, TouchpointChannel } from './types'

/** Where a visit came from: the UTM campaign and the paid / owned / earned / direct touchpoint. */
export interface Attribution {
  campaign: Campaign
  touchpoint: Touchpoint
}

export interface AttributionOptions {
  /** Hosts that belong to the shop (a referrer from one of them, or a subdomain, is internal). The page's own host always is. */
  ownHosts?: string[]
}

/** Ad-platform click ids: their presence marks a paid visit. */
const CLICK_ID = /^(gclid|gbraid|wbraid|dclid|fbclid|msclkid|ttclid|twclid|li_fat_id)$/

/** `utm_<field>` → `campaign.<field>`, except `utm_campaign` → `campaign.name`. */
const UTM_FIELDS = ['source', 'medium', 'campaign', 'term', 'content'] as const

const PAID_MEDIUM = /paid|^(cpc|ppc|cpa|cpm|cpv|cpp|display|banner|retargeting|affiliates?)$/
const OWNED_MEDIUM = /^(e[-_]?mail|newsletter|sms|mms|push.*|in[-_]?app|owned.*)$/
const EARNED_MEDIUM = /^(organic.*|social.*|referral|review|pr|earned.*)$/

/**
 * Resolves the campaign and touchpoint of a landing page.
 *
 * - `campaign` holds the UTM parameters: `utm_source` → source, `utm_medium` → medium,
 *   `utm_campaign` → name, `utm_term` → term, `utm_content` → content (absent ones are left out).
 * - `touchpoint.channel`, first rule that matches (medium compared case-insensitively):
 *   1. `paid`: a click id is present (gclid, gbraid, wbraid, dclid, fbclid, msclkid, ttclid, twclid,
 *      li_fat_id), or the medium contains `paid` or is cpc, ppc, cpa, cpm, cpv, cpp, display, banner,
 *      retargeting, affiliate(s);
 *   2. `owned`: the medium is email (e-mail, e_mail), newsletter, sms, mms, push…, in-app, owned…;
 *   3. `earned`: the medium is organic…, social…, referral, review, pr, earned…, or the referrer is
 *      an external host (search engines and social sites included);
 *   4. `direct`: none of these. A referrer on the page's own host (ignoring `www.`), on one of
 *      `ownHosts` or their subdomains, or an unparsable one counts as no referrer.
 * - `touchpoint.source`: `utm_source`, else the external referrer's host, else `direct`.
 */
export function resolveAttribution(url: string, referrer: string, options: AttributionOptions = {}): Attribution {
  const params = parseUrl(url)?.searchParams
  const campaign: Campaign = {}
  for (const field of UTM_FIELDS) {
    const value = params?.get(`utm_${field}`)
    if (value) campaign[field === 'campaign' ? 'name' : field] = value
  }
  const referrerHost = externalReferrerHost(url, referrer, options.ownHosts ?? [])
  const medium = campaign.medium?.toLowerCase() ?? ''
  let channel: TouchpointChannel = 'direct'
  if (hasKey(params, (key) => CLICK_ID.test(key)) || PAID_MEDIUM.test(medium)) channel = 'paid'
  else if (OWNED_MEDIUM.test(medium)) channel = 'owned'
  else if (EARNED_MEDIUM.test(medium) || referrerHost) channel = 'earned'
  return { campaign, touchpoint: { channel, source: campaign.source ?? referrerHost ?? 'direct' } }
}

/** Whether a URL starts a new campaign (a UTM parameter or a click id), which replaces the session's attribution. */
export function carriesCampaign(url: string): boolean {
  return hasKey(parseUrl(url)?.searchParams, (key) => key.startsWith('utm_') || CLICK_ID.test(key))
}

function hasKey(params: URLSearchParams | undefined, test: (key: string) => boolean): boolean {
  return [...(params?.keys() ?? [])].some(test)
}

function externalReferrerHost(url: string, referrer: string, ownHosts: string[]): string | undefined {
  const host = parseUrl(referrer)?.hostname
  if (!host) return undefined
  const own = [parseUrl(url)?.hostname ?? '', ...ownHosts].map(withoutWww)
  const bare = withoutWww(host)
  // The host itself or one of its subdomains.
  return own.some((ownHost) => ownHost && `.${bare}`.endsWith(`.${ownHost}`)) ? undefined : host
}

function withoutWww(host: string): string {
  return host.toLowerCase().replace(/^www\./, '')
}

function parseUrl(value: string): URL | undefined {
  try {
    return value ? new URL(value) : undefined
  } catch {
    return undefined
  }
}
