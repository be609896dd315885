import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { countSitemapEntries, renderUrlSet, sitemapEntries, SITEMAP_HEADERS } from '../lib/seo/sitemap.server'
import type { Route } from './+types/sitemap.file'

/** GET /sitemap/<n>.xml: the n-th file of the sitemap index (see sitemap.ts); 404 past the last one. */
export async function loader({ params }: Route.LoaderArgs) {
  const file = /^([1-9]\d{0,5})\.xml$/.exec(params.file)
  const db = await getDatabase()
  const files = Math.ceil((await countSitemapEntries(db)) / env.sitemapMaxUrls)
  const index = Number(file?.[1])
  if (!file || index > files) return new Response('No such sitemap file', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const entries = await sitemapEntries(db, { offset: (index - 1) * env.sitemapMaxUrls, limit: env.sitemapMaxUrls })
  return new Response(renderUrlSet(env.shopUrl, entries), { headers: SITEMAP_HEADERS })
}
