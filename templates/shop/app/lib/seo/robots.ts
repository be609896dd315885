/** Pages that are private, per visitor, or endless combinations (search results): not for crawlers. */
export const DISALLOWED_PATHS = ['/cart', '/checkout', '/account', '/orders/', '/admin', '/search', '/api/', '/journey', '/dev/'] as const

/** The shop's robots.txt: everything but DISALLOWED_PATHS may be crawled; the sitemap is at the public origin. */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`), '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n')
}
