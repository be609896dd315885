/** The `href` of every link in rendered HTML, entities decoded (for tests and apps that audit links). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map(([, href]) => href!.replaceAll('&amp;', '&'))
}
