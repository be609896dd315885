import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { countSitemapEntries, renderSitemapIndex, renderUrlSet, sitemapEntries, SITEMAP_HEADERS } from '../lib/seo/sitemap.server'

/** GET /sitemap.xml: every product and category page with its lastmod; an index of /sitemap/<n>.xml files when they exceed SITEMAP_MAX_URLS. */
export async function loader() {
  const db = await getDatabase()
  const total = await countSitemapEntries(db)
  const body =
    total > env.sitemapMaxUrls
      ? renderSitemapIndex(env.shopUrl, Math.ceil(total / env.sitemapMaxUrls))
      : renderUrlSet(env.shopUrl, await sitemapEntries(db, { limit: env.sitemapMaxUrls }))
  return new Response(body, { headers: SITEMAP_HEADERS })
}
