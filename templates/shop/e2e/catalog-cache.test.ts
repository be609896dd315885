import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startShop, type RunningShop } from './harness'

// The catalog pages over HTTP, on the built production server: no cookie for a visitor who has done
// nothing yet, Cache-Control for shared caches (PAGE_CACHE_*), an ETag that holds across renders, 304.
let shop: RunningShop
beforeAll(async () => {
  shop = await startShop({ PAGE_CACHE_MAX_AGE: '120', PAGE_CACHE_STALE_WHILE_REVALIDATE: '900' })
}, 600_000)
afterAll(() => shop?.stop())

const CATALOG_PAGES = ['/', '/c/headphones', '/p/aurora-5']
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${shop.url}${path}`, { headers, redirect: 'manual' })
const scriptNonce = (policy: string | null) => /script-src[^;]*'nonce-([^']+)'/.exec(policy ?? '')?.[1]

/** Adds a product to the cart as a first-time visitor's browser would (a same-origin form post; `/cart` itself without JavaScript). */
async function addToCart(headers: Record<string, string>, path = '/cart.data'): Promise<Response> {
  const page = await (await get('/p/aurora-5')).text()
  const variantId = /name="variantId" value="([^"]+)"/.exec(page)?.[1]
  expect(variantId).toBeTruthy()
  return fetch(`${shop.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ intent: 'add', variantId: variantId!, quantity: '1', _csrf: '' }),
    redirect: 'manual',
  })
}

describe('catalog pages for a visitor without cookies', () => {
  it.each(CATALOG_PAGES)('%s sets no cookie and may be kept by shared caches for the configured time', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=120, stale-while-revalidate=900')
    expect(response.headers.get('vary')).toMatch(/cookie/i)
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
  })

  it.each(CATALOG_PAGES)('%s fetches its module scripts at low priority, after what the first paint needs', async (path) => {
    const preloads = (await (await get(path)).text()).match(/<link rel="modulepreload"[^>]*>/g) ?? []
    expect(preloads.length).toBeGreaterThan(3)
    expect(preloads.filter((link) => !link.includes('fetchpriority="low"'))).toEqual([])
  })

  it.each(CATALOG_PAGES)('%s is the same bytes on every render, and answers 304 to its ETag', async (path) => {
    const first = await get(path)
    const second = await get(path)
    const body = await first.text()
    expect(await second.text()).toBe(body)
    const etag = first.headers.get('etag')!
    expect(second.headers.get('etag')).toBe(etag)

    const revalidated = await get(path, { 'If-None-Match': `"stale", ${etag}` })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
    // The policy sent with the 304 replaces the stored one: it must allow the stored page's scripts.
    expect(scriptNonce(revalidated.headers.get('content-security-policy'))).toBe(scriptNonce(first.headers.get('content-security-policy')))

    expect((await get(path, { 'If-None-Match': '"another-version"' })).status).toBe(200)
  })

  it('gives every inline script of a shared page the nonce of its policy', async () => {
    const response = await get('/p/aurora-5')
    const nonce = scriptNonce(response.headers.get('content-security-policy'))
    const page = await response.text()
    const inlineScripts = [...page.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)([^>]*)>/g)]
    expect(inlineScripts.length).toBeGreaterThan(0)
    for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`)
  })

  it('does not share a page whose hero was chosen by the referrer', async () => {
    const response = await get('/', { Referer: 'https://www.google.com/' })
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
  })

  it('answers 404 for an unknown product without letting shared caches keep it', async () => {
    const response = await get('/p/no-such-product')
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/public/)
  })
})

describe('the first thing that needs a session', () => {
  it('starts the session on a first add to cart from the shop’s own page; the pages are private from then on', async () => {
    const added = await addToCart({ 'Sec-Fetch-Site': 'same-origin', Origin: shop.url })
    expect(added.status).toBe(200)
    const cookie = added.headers.get('set-cookie')?.split(';')[0]
    expect(cookie).toMatch(/^jk_session=/)

    const page = await get('/p/aurora-5', { Cookie: cookie! })
    expect(page.headers.get('cache-control')).toBe('private, no-cache')
    expect(page.headers.get('set-cookie')).toBeNull()
    expect(await page.text()).toMatch(/class="cart-count">\((?:<!-- -->)?1(?:<!-- -->)?\)</)
  })

  it('keeps the first add of a visitor without JavaScript: the cart page answering the post sets only the new session', async () => {
    const added = await addToCart({ 'Sec-Fetch-Site': 'same-origin', Origin: shop.url }, '/cart')
    expect(added.status).toBe(200)
    const cookies = added.headers.getSetCookie().filter((cookie) => cookie.startsWith('jk_session='))
    expect(cookies).toHaveLength(1)
    const cart = await get('/cart', { Cookie: cookies[0]!.split(';')[0]! })
    expect(await cart.text()).toMatch(/Aurora 5/)
  })

  it('refuses a first post that does not come from the shop’s own pages, and sets no cookie', async () => {
    const crossSite = await addToCart({ 'Sec-Fetch-Site': 'cross-site', Origin: 'https://attacker.example' })
    expect(crossSite.status).toBeGreaterThanOrEqual(400)
    expect(crossSite.headers.get('set-cookie')).toBeNull()
    // Every browser names the origin of a form post; a post that does not has no session to start.
    const unnamed = await addToCart({})
    expect(unnamed.status).toBe(403)
    expect(unnamed.headers.get('set-cookie')).toBeNull()
  })

  it('keeps a visitor who chose about consent off the shared page', async () => {
    const response = await get('/c/headphones', { Cookie: 'jk_consent=granted' })
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
  })
})
