// @vitest-environment node
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { loader } = await import('./cart.restore')
const { addToCart, getCart } = await import('../lib/cart.server')
const { cartRestoreUrl } = await import('../lib/email/abandoned-checkout.server')
const { getShopSession } = await import('../lib/session.server')

beforeAll(async () => {
  db = await openTestDatabase()
}, 60_000)
afterAll(() => db.close())

const args = (request: Request) => ({ request, params: {}, context: {} }) as never

describe('/cart/restore', () => {
  it('puts the reminded cart’s lines into the visitor’s own cart and opens the cart with the email’s utm parameters', async () => {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM variants WHERE stock > 5 ORDER BY id LIMIT 1')
    const reminded = randomUUID()
    await addToCart(db, reminded, rows[0]!.id, 3)
    const visitor = await getShopSession(new Request('http://shop.test/'))
    const link = new URL(cartRestoreUrl(reminded))
    link.searchParams.set('utm_source', 'northwind')
    link.searchParams.set('utm_campaign', 'abandoned_checkout')

    const response = (await loader(args(new Request(link, { headers: { Cookie: visitor.setCookie!.split(';')[0]! } })))) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('/cart?utm_source=northwind&utm_campaign=abandoned_checkout')
    expect((await getCart(db, visitor.cartId)).lines.map((line) => [line.variantId, line.quantity])).toEqual([[rows[0]!.id, 3]])
    expect((await getCart(db, reminded)).lines).toHaveLength(1)
  })

  it('answers 400 to a link the shop did not sign', async () => {
    const response = (await loader(args(new Request(`http://shop.test/cart/restore?token=${randomUUID()}.forged`)))) as Response
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/not valid/)
  })
})
