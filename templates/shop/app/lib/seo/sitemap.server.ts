import type { Queryable } from '../db.server'
import { publishedProduct } from '../published.server'

/** A page of the sitemap: its path and when it last changed. */
export interface SitemapEntry {
  path: string
  lastmod: Date
}

// The pages worth indexing (home, categories, products), in a stable order, each with when it last changed:
// a product when its row or its newest published review did, a category and the home page with their newest product.
const ENTRIES = `
  WITH product_pages AS (
    SELECT p.slug, p.category_id, greatest(p.updated_at, r.newest) AS lastmod
      FROM products p
      LEFT JOIN (SELECT product_id, max(created_at) AS newest FROM reviews WHERE status = 'published' GROUP BY product_id) r ON r.product_id = p.id
     WHERE ${publishedProduct('p')}
  ),
  pages AS (
    SELECT 0 AS kind, 0 AS position, '/' AS path, (SELECT max(lastmod) FROM product_pages) AS lastmod
    UNION ALL
    SELECT 1, c.position, '/c/' || c.id, (SELECT max(lastmod) FROM product_pages WHERE category_id = c.id) FROM categories c
    UNION ALL
    SELECT 2, 0, '/p/' || slug, lastmod FROM product_pages
  )`

/** How many pages the sitemap lists. */
export async function countSitemapEntries(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ count: number }>(`SELECT 1 + (SELECT count(*) FROM categories) + (SELECT count(*) FROM products p WHERE ${publishedProduct('p')}) AS count`)
  return Number(rows[0]?.count ?? 0)
}

/** The sitemap's pages from `offset`, at most `limit`. */
export async function sitemapEntries(db: Queryable, { offset = 0, limit }: { offset?: number; limit: number }): Promise<SitemapEntry[]> {
  const { rows } = await db.query<{ path: string; lastmod: Date | string | null }>(
    `${ENTRIES} SELECT path, coalesce(lastmod, now()) AS lastmod FROM pages ORDER BY kind, position, path LIMIT $1 OFFSET $2`,
    [limit, offset],
  )
  return rows.map((row) => ({ path: row.path, lastmod: new Date(row.lastmod ?? Date.now()) }))
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const xml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!)
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** A sitemap file (sitemaps.org protocol) of these pages under `origin`. */
export function renderUrlSet(origin: string, entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => `  <url><loc>${xml(origin + entry.path)}</loc><lastmod>${entry.lastmod.toISOString()}</lastmod></url>`)
  return `${XML_HEAD}<urlset xmlns="${NAMESPACE}">\n${urls.join('\n')}\n</urlset>\n`
}

/** The path of the n-th (1-based) sitemap file of an index. */
export const sitemapFilePath = (file: number) => `/sitemap/${file}.xml`

/** A sitemap index listing `files` sitemap files under `origin`. */
export function renderSitemapIndex(origin: string, files: number): string {
  const sitemaps = Array.from({ length: files }, (_, index) => `  <sitemap><loc>${xml(origin + sitemapFilePath(index + 1))}</loc></sitemap>`)
  return `${XML_HEAD}<sitemapindex xmlns="${NAMESPACE}">\n${sitemaps.join('\n')}\n</sitemapindex>\n`
}

/** Sitemaps change as the catalog does; crawlers may keep one an hour. */
export const SITEMAP_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }
