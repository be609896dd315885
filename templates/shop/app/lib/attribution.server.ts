import { resolveAttribution, type Attribution } from '@journeykit/core'

/**
 * The visit's campaign and touchpoint, resolved on the server from the request URL (UTM
 * parameters, click ids) and its Referer header. Loaders pass it to the page as a prop, so the
 * server render and the hydrated page choose the same hero variant.
 */
export function attributionFor(request: Request): Attribution {
  return resolveAttribution(request.url, request.headers.get('Referer') ?? '')
}

/** Whether the request's URL starts a campaign of its own (UTM parameters or an ad click id), by the journey's rules. */
export function carriesCampaign(request: Request): boolean {
  const { campaign, touchpoint } = resolveAttribution(request.url, '')
  return Object.keys(campaign).length > 0 || touchpoint.channel === 'paid'
}
