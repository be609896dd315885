// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../db.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { createStaff, type StaffMember } from './staff.server'

let db: Database
// The product page reads this file's database.
vi.mock('../db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../db.server')>()),
  getDatabase: async () => db,
}))
const { listCatalog, getCatalogProduct, ProductNotFoundError, updateCatalogProduct } = await import('./catalog.server')
const { AdminInputError } = await import('./orders.server')
const { catalogCache } = await import('../catalog-cache.server')
const productPage = await import('../../routes/product')

let staff: StaffMember
const NOW = new Date('2026-12-01T10:00:00Z')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-day', slug: 'day-pack', name: 'Day Pack', price: 5000, variants: [{ id: 'v-day-green', label: 'Green', stock: 10 }, { id: 'v-day-red', label: 'Red', stock: 2 }] },
    { id: 'p-trail', slug: 'trail-pack', name: 'Trail Pack 30%', price: 9000, variants: [{ id: 'v-trail', label: 'Grey', stock: 0 }] },
  ])
  await insertTestCatalog(db, { id: 'tents', name: 'Tents' }, [{ id: 'p-dome', slug: 'dome', name: 'Dome Tent', price: 20000, variants: [{ id: 'v-dome', label: 'Green', stock: 3 }] }])
  staff = (await createStaff(db, { email: 'catalog@shop.example', role: 'staff' })).staff
}, 60_000)
afterAll(async () => {
  await (await catalogCache(db)).close()
  await db.close()
})

const edit = (overrides: Partial<Parameters<typeof updateCatalogProduct>[3]> = {}) => ({
  name: 'Day Pack',
  description: 'Day Pack.',
  price: '50.00',
  published: true,
  variants: [
    { id: 'v-day-green', label: 'Green', stock: '10', price: '' },
    { id: 'v-day-red', label: 'Red', stock: '2', price: '' },
  ],
  ...overrides,
})
const productRow = async () => (await db.query("SELECT name, description, price_amount FROM products WHERE id = 'p-day'")).rows[0]
const stocks = async () => (await db.query("SELECT id, label, stock FROM variants WHERE product_id = 'p-day' ORDER BY id")).rows

describe('the products list', () => {
  it('searches names (any case, % taken literally) and filters by category, with totals per product', async () => {
    expect((await listCatalog(db, {})).products.map((product) => product.name)).toEqual(['Day Pack', 'Dome Tent', 'Trail Pack 30%'])
    expect((await listCatalog(db, { query: 'PACK' })).products.map((product) => product.name)).toEqual(['Day Pack', 'Trail Pack 30%'])
    expect((await listCatalog(db, { query: '30%' })).products.map((product) => product.name)).toEqual(['Trail Pack 30%'])
    expect((await listCatalog(db, { query: '%' })).total).toBe(1)
    const tents = await listCatalog(db, { categoryId: 'tents' })
    expect(tents).toMatchObject({ total: 1, products: [{ name: 'Dome Tent', categoryName: 'Tents', stock: 3, variantCount: 1, price: { amount: 20000 } }] })
    expect(tents.categories.map((category) => category.id).sort()).toEqual(['packs', 'tents'])
    expect((await listCatalog(db, { query: 'day' })).products[0]).toMatchObject({ stock: 12, variantCount: 2 })
  })
})

describe('editing a product', () => {
  it('saves name, description, price and each variant in one go, audited with only what changed', async () => {
    const saved = await updateCatalogProduct(
      db,
      staff,
      'p-day',
      edit({ name: ' Day Pack 20 ', price: '54,90', variants: [{ id: 'v-day-green', label: 'Forest green', stock: '7', price: '' }, { id: 'v-day-red', label: 'Red', stock: '2', price: '' }] }),
      NOW,
    )
    expect(saved).toBe(true)
    expect(await productRow()).toEqual({ name: 'Day Pack 20', description: 'Day Pack.', price_amount: 5490 })
    expect(await stocks()).toEqual([
      { id: 'v-day-green', label: 'Forest green', stock: 7 },
      { id: 'v-day-red', label: 'Red', stock: 2 },
    ])
    const audit = await db.query("SELECT staff_email, subject, before, after FROM audit_log WHERE action = 'product.update'")
    expect(audit.rows).toEqual([
      {
        staff_email: 'catalog@shop.example',
        subject: 'product:day-pack',
        before: { name: 'Day Pack', price: 5000, variants: { 'v-day-green': { label: 'Green', stock: 10, price: null }, 'v-day-red': { label: 'Red', stock: 2, price: null } } },
        after: { name: 'Day Pack 20', price: 5490, variants: { 'v-day-green': { label: 'Forest green', stock: 7, price: null }, 'v-day-red': { label: 'Red', stock: 2, price: null } } },
      },
    ])
    // the same values again change nothing and log nothing
    const current = await getCatalogProduct(db, 'p-day')
    const again = edit({ name: current!.name, price: '54.90', variants: current!.variants.map((variant) => ({ ...variant, stock: String(variant.stock), price: '' })) })
    expect(await updateCatalogProduct(db, staff, 'p-day', again, NOW)).toBe(false)
    expect((await db.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'product.update'")).rows).toEqual([{ n: 1 }])
  })

  it('writes nothing when any field is wrong, and names each wrong field', async () => {
    const [product, variants] = [await productRow(), await stocks()]
    const wrong = edit({
      name: 'A better name',
      description: '  ',
      price: '0',
      variants: [
        { id: 'v-day-green', label: '', stock: '-1', price: '' },
        { id: 'v-day-red', label: 'Red', stock: '2.5', price: '0' },
        { id: 'v-dome', label: 'Green', stock: '1', price: '' },
      ],
    })
    const error = await updateCatalogProduct(db, staff, 'p-day', wrong, NOW).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AdminInputError)
    expect(Object.keys((error as InstanceType<typeof AdminInputError>).fields).sort()).toEqual([
      'description',
      'label:v-day-green',
      'price',
      'price:v-day-red',
      'stock:v-day-green',
      'stock:v-day-red',
      'variant:v-dome',
    ])
    expect(await productRow()).toEqual(product)
    expect(await stocks()).toEqual(variants)
    expect((await db.query("SELECT stock FROM variants WHERE id = 'v-dome'")).rows).toEqual([{ stock: 3 }])
  })

  it('refuses an unknown product', async () => {
    await expect(updateCatalogProduct(db, staff, 'p-nothing', edit(), NOW)).rejects.toBeInstanceOf(ProductNotFoundError)
  })

  it('shows on the product page at once, though the page is served from the catalog cache', async () => {
    const page = async () => (await productPage.loader({ params: { slug: 'trail-pack' }, request: new Request('http://shop.test/p/trail-pack'), context: {} } as never)).data
    expect((await page()).product).toMatchObject({ name: 'Trail Pack 30%', stock: 0 })
    expect((await page()).product.name).toBe('Trail Pack 30%')
    await updateCatalogProduct(db, staff, 'p-trail', { name: 'Trail Pack 30', description: 'Back in stock.', price: '89.00', published: true, variants: [{ id: 'v-trail', label: 'Grey', stock: '4', price: '' }] }, NOW)
    // on PostgreSQL the notification reaches the listener just after the commit
    await expect.poll(async () => (await page()).product.name).toBe('Trail Pack 30')
    expect((await page()).product).toMatchObject({ description: 'Back in stock.', price: { amount: 8900 }, stock: 4, variants: [{ id: 'v-trail', stock: 4 }] })
  })
})
