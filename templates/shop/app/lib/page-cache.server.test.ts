// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createPageCache, type CatalogChanges } from './page-cache.server'

const URL_ = 'http://shop.test/p/aurora-5'
const PUBLIC = { 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=600', Vary: 'Cookie', ETag: '"v1"', 'Content-Type': 'text/html' }

/** The catalog cache's side as the page cache sees it: a switch and the change announcements. */
function catalogChanges(): CatalogChanges & { change(): void } {
  const listeners: Array<() => void> = []
  return {
    caching: true,
    onChange: (listener) => void listeners.push(listener),
    change: () => listeners.forEach((listener) => listener()),
  }
}

function setup() {
  const catalog = catalogChanges()
  const pages = createPageCache({ maxEntries: 10, maxSeconds: 60 }, catalog)
  /** Renders `html` with `headers` for a request, through the cache, as the server does. */
  const render = (html: string, headers: Record<string, string> = PUBLIC, init: RequestInit = {}) => {
    const request = new Request(URL_, init)
    const renderedAt = pages.generation
    return pages.lookup(request) ?? pages.keep(request, new Response(html, { headers }), new Headers(headers), renderedAt)
  }
  return { catalog, pages, render }
}

describe('createPageCache', () => {
  it('serves a public page again to a visitor without cookies, with 304 for its ETag and no body for HEAD', async () => {
    const { render, pages } = setup()
    expect(await (await render('<p>first</p>')).text()).toBe('<p>first</p>')
    const again = await render('<p>second</p>')
    expect(again.headers.get('ETag')).toBe('"v1"')
    expect(await again.text()).toBe('<p>first</p>')
    expect(pages.lookup(new Request(URL_, { headers: { 'If-None-Match': '"v1"' } }))!.status).toBe(304)
    expect(await pages.lookup(new Request(URL_, { method: 'HEAD' }))!.text()).toBe('')
  })

  it('renders for a visitor with cookies, and keeps no private page, cookie-setting page, other Vary or error', async () => {
    const { render } = setup()
    await render('<p>shared</p>')
    expect(await (await render('<p>yours</p>', PUBLIC, { headers: { Cookie: 'jk_session=abc' } })).text()).toBe('<p>yours</p>')
    const fromSearch = { headers: { Referer: 'https://www.google.com/' } }
    expect(await (await render('<p>your hero</p>', { ...PUBLIC, 'Cache-Control': 'private, no-cache' }, fromSearch)).text()).toBe('<p>your hero</p>')

    for (const headers of [
      { ...PUBLIC, 'Cache-Control': 'private, no-cache' },
      { ...PUBLIC, 'Set-Cookie': 'jk_session=abc' },
      { ...PUBLIC, Vary: 'Cookie, Accept-Language' },
      { ...PUBLIC, 'Cache-Control': 'public, max-age=60' },
    ]) {
      const { render: renderOther } = setup()
      await renderOther('<p>first</p>', headers)
      expect(await (await renderOther('<p>second</p>', headers)).text(), JSON.stringify(headers)).toBe('<p>second</p>')
    }
  })

  it('drops its pages on a catalog change, and does not keep a page rendered before one', async () => {
    const { render, catalog, pages } = setup()
    await render('<p>old</p>')
    catalog.change()
    expect(await (await render('<p>new</p>')).text()).toBe('<p>new</p>')

    catalog.change()
    const request = new Request(URL_)
    const renderedAt = pages.generation
    catalog.change()
    await pages.keep(request, new Response('<p>raced</p>', { headers: PUBLIC }), new Headers(PUBLIC), renderedAt)
    expect(pages.lookup(new Request(URL_))).toBeUndefined()
  })

  it('keeps nothing while the catalog cache is not caching (its listener reconnecting)', async () => {
    const { render, catalog } = setup()
    Object.assign(catalog, { caching: false })
    await render('<p>first</p>')
    expect(await (await render('<p>second</p>')).text()).toBe('<p>second</p>')
  })
})
