import { env } from '../lib/env.server'
import { robotsTxt } from '../lib/seo/robots'

/** GET /robots.txt */
export function loader() {
  return new Response(robotsTxt(env.shopUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } })
}
