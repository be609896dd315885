/** A step of a page's breadcrumb trail: its name and absolute URL. */
export interface Breadcrumb {
  name: string
  url: string
}

/** The trail as schema.org BreadcrumbList JSON-LD (positions from 1, the page itself last). */
export function breadcrumbsJsonLd(trail: Breadcrumb[]) {
  return {
    '@context': 'https://schema.org' as const,
    '@type': 'BreadcrumbList' as const,
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem' as const, position: index + 1, name: crumb.name, item: crumb.url })),
  }
}
