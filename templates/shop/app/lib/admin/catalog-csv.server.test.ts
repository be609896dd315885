// @vitest-environment node
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { insertTestCatalog, openTestDatabase } from '../test-database.server'
import { applyCatalogImport, CatalogImportError, exportCatalogCsv, previewCatalogImport } from './catalog-csv.server'
import { createStaff, type StaffMember } from './staff.server'

let db: Database
let staff: StaffMember
const NOW = new Date('2026-12-01T10:00:00Z')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'packs', name: 'Packs' }, [
    { id: 'p-day', slug: 'day-pack', name: 'Day Pack', price: 5000, variants: [{ id: 'v-day-green', label: 'Green', stock: 10 }, { id: 'v-day-red', label: 'Red', stock: 2 }] },
    { id: 'p-sum', slug: 'sum-pack', name: '=SUM(A1:A2)', price: 9000, variants: [{ id: 'v-sum', label: 'Grey', stock: 0 }] },
  ])
  staff = (await createStaff(db, { email: 'importer@shop.example', role: 'staff' })).staff
}, 60_000)
afterAll(() => db.close())

const HEADER = 'product_id,slug,category_id,name,brand,description,price,currency,variant_id,variant_label,stock'
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n')
const catalog = async () => (await db.query('SELECT p.id, p.name, p.price_amount, v.id AS variant, v.label, v.stock FROM products p JOIN variants v ON v.product_id = p.id ORDER BY p.id, v.id')).rows

describe('the export', () => {
  it('has one row per variant with its product, prices in major units, and formulas defused', async () => {
    const rows = parse(await exportCatalogCsv(db), { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(3)
    expect(rows[0]).toEqual({
      product_id: 'p-day',
      slug: 'day-pack',
      category_id: 'packs',
      name: 'Day Pack',
      brand: 'Northwind',
      description: 'Day Pack.',
      price: '50.00',
      currency: 'EUR',
      published: 'true',
      variant_id: 'v-day-green',
      variant_label: 'Green',
      stock: '10',
      variant_price: '',
    })
    expect(rows[2]!.name).toBe("'=SUM(A1:A2)")
  })

  it('imports back unchanged, formula cell included', async () => {
    const plan = await previewCatalogImport(db, await exportCatalogCsv(db))
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: 3, error: 0 })
  })
})

describe('the import', () => {
  it('previews each row as created, updated or unchanged, and writes nothing', async () => {
    const before = await catalog()
    const plan = await previewCatalogImport(
      db,
      csv(
        'p-day,day-pack,packs,Day Pack,Northwind,Day Pack.,50.00,EUR,v-day-green,Green,10',
        'p-day,day-pack,packs,Day Pack,Northwind,Day Pack.,50.00,EUR,v-day-red,Red,7',
        'p-new,new-pack,packs,"New Pack, 20 l",Northwind,"A new pack.",39.90,EUR,v-new,Blue,5',
      ),
    )
    expect(plan.rows.map(({ line, variantId, status }) => ({ line, variantId, status }))).toEqual([
      { line: 2, variantId: 'v-day-green', status: 'unchanged' },
      { line: 3, variantId: 'v-day-red', status: 'updated' },
      { line: 4, variantId: 'v-new', status: 'created' },
    ])
    expect(await catalog()).toEqual(before)
  })

  it('lists every row’s errors, and applying it writes nothing', async () => {
    const before = await catalog()
    const file = csv(
      'p-day,day-pack,packs,Day Pack,Northwind,Day Pack.,50.00,EUR,v-day-green,Green,11',
      'p-day,day-pack,packs,Day Pack,Northwind,Day Pack.,free,EUR,v-day-red,Red,-1',
      'p-new,day-pack,tents,New,Northwind,New.,10.00,EUR,v-sum,Blue,1',
      'p-day,other-slug,packs,Day Pack,Northwind,Day Pack.,50.00,EUR,v-day-green,Green,12',
    )
    const plan = await previewCatalogImport(db, file)
    expect(plan.counts).toEqual({ created: 0, updated: 1, unchanged: 0, error: 3 })
    expect(plan.rows[1]!.errors).toEqual(['price: a price above zero, like 129.00.', 'stock: a whole number from 0 to 1000000.'])
    expect(plan.rows[2]!.errors).toEqual(['category_id: no category tents.', 'slug: day-pack belongs to p-day.', 'variant_id: v-sum is a variant of p-sum.'])
    expect(plan.rows[3]!.errors).toEqual([
      'slug: p-day has the slug day-pack; it cannot change (links to the product would break).',
      "The product's fields differ from line 2: give each of its rows the same values.",
      'variant_id: v-day-green is on line 2 too.',
    ])
    const error = await applyCatalogImport(db, staff, file, NOW).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CatalogImportError)
    expect((error as CatalogImportError).plan.counts.error).toBe(3)
    expect(await catalog()).toEqual(before)
  })

  it('refuses a file that is not the catalog’s CSV as a whole', async () => {
    expect((await previewCatalogImport(db, 'name,price\nDay Pack,50')).fileError).toMatch(/lacks the columns product_id, slug, category_id/)
    expect((await previewCatalogImport(db, `${HEADER}\n"p-day,unclosed`)).fileError).toMatch(/not a CSV file/)
    expect((await previewCatalogImport(db, HEADER)).fileError).toBe('The file has no rows.')
  })

  it('applies a clean file in one go: new products and variants, changed stock, audited with the counts', async () => {
    const plan = await applyCatalogImport(
      db,
      staff,
      csv(
        'p-day,day-pack,packs,Day Pack,Northwind,Day Pack.,52.00,EUR,v-day-green,Green,10',
        'p-day,day-pack,packs,Day Pack,Northwind,Day Pack.,52.00,EUR,v-day-yellow,Yellow,4',
        'p-new,new-pack,packs,"New Pack, 20 l",Northwind,A new pack.,39.90,EUR,v-new,Blue,5',
      ),
      NOW,
    )
    expect(plan.counts).toEqual({ created: 2, updated: 1, unchanged: 0, error: 0 })
    expect(await catalog()).toEqual([
      { id: 'p-day', name: 'Day Pack', price_amount: 5200, variant: 'v-day-green', label: 'Green', stock: 10 },
      { id: 'p-day', name: 'Day Pack', price_amount: 5200, variant: 'v-day-red', label: 'Red', stock: 2 },
      { id: 'p-day', name: 'Day Pack', price_amount: 5200, variant: 'v-day-yellow', label: 'Yellow', stock: 4 },
      { id: 'p-new', name: 'New Pack, 20 l', price_amount: 3990, variant: 'v-new', label: 'Blue', stock: 5 },
      { id: 'p-sum', name: '=SUM(A1:A2)', price_amount: 9000, variant: 'v-sum', label: 'Grey', stock: 0 },
    ])
    expect((await db.query("SELECT position FROM variants WHERE id = 'v-day-yellow'")).rows).toEqual([{ position: 2 }])
    expect((await db.query("SELECT after FROM audit_log WHERE action = 'catalog.import'")).rows).toEqual([{ after: { created: 2, updated: 1, unchanged: 0 } }])
  })

  it('reads published and variant_price: drafts and variant prices written, every row’s error listed first and nothing half-imported', async () => {
    const NEW_HEADER = `${HEADER},published,variant_price`
    const file = (...lines: string[]) => [NEW_HEADER, ...lines].join('\n')
    const before = await catalog()
    const wrong = file(
      'p-draft,draft-pack,packs,Draft Pack,Northwind,Draft.,30.00,EUR,v-draft-s,S,3,false,',
      'p-draft,draft-pack,packs,Draft Pack,Northwind,Draft.,30.00,EUR,v-draft-l,L,3,false,cheap',
      'p-sum,sum-pack,packs,=SUM(A1:A2),Northwind,=SUM(A1:A2).,90.00,EUR,v-sum,Grey,0,maybe,',
    )
    const plan = await previewCatalogImport(db, wrong)
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, error: 2 })
    expect(plan.rows[1]!.errors).toEqual(['variant_price: a price above zero, like 19.50, or empty for the product’s price.'])
    expect(plan.rows[2]!.errors).toEqual(['published: true (shown in the shop) or false (a draft).'])
    await expect(applyCatalogImport(db, staff, wrong, NOW)).rejects.toBeInstanceOf(CatalogImportError)
    expect(await catalog()).toEqual(before)

    const applied = await applyCatalogImport(
      db,
      staff,
      file(
        'p-draft,draft-pack,packs,Draft Pack,Northwind,Draft.,30.00,EUR,v-draft-s,S,3,false,',
        'p-draft,draft-pack,packs,Draft Pack,Northwind,Draft.,30.00,EUR,v-draft-l,L,3,false,34.50',
      ),
      NOW,
    )
    expect(applied.counts).toEqual({ created: 2, updated: 0, unchanged: 0, error: 0 })
    expect((await db.query("SELECT published FROM products WHERE id = 'p-draft'")).rows).toEqual([{ published: false }])
    expect((await db.query("SELECT id, price_amount FROM variants WHERE product_id = 'p-draft' ORDER BY id")).rows).toEqual([
      { id: 'v-draft-l', price_amount: 3450 },
      { id: 'v-draft-s', price_amount: null },
    ])
    // exported as written, and an older file without the two columns leaves both as they are
    const exported = parse(await exportCatalogCsv(db), { columns: true }) as Record<string, string>[]
    expect(exported.filter((row) => row.product_id === 'p-draft').map(({ published, variant_price }) => ({ published, variant_price }))).toEqual([
      { published: 'false', variant_price: '' },
      { published: 'false', variant_price: '34.50' },
    ])
    const old = await previewCatalogImport(db, csv('p-draft,draft-pack,packs,Draft Pack,Northwind,Draft.,30.00,EUR,v-draft-l,L,3'))
    expect(old.rows.map((row) => row.status)).toEqual(['unchanged'])
  })
})
