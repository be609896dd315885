import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { Database, Queryable } from '../db.server'
import { recordAudit } from './audit.server'
import { PRODUCT_DESCRIPTION_MAX, PRODUCT_NAME_MAX, STOCK_MAX, VARIANT_LABEL_MAX } from './constants'
import { parseAmount } from './route-kit.server'
import type { StaffMember } from './staff.server'

/**
 * The catalog as CSV, one row per variant with its product's fields repeated: exported, edited in a
 * spreadsheet, imported again. An import is previewed first (each row: created, updated, unchanged, or
 * its errors) and applied in one transaction only when no row has an error.
 */
export const CSV_COLUMNS = [
  'product_id',
  'slug',
  'category_id',
  'name',
  'brand',
  'description',
  'price',
  'currency',
  'variant_id',
  'variant_label',
  'stock',
  // added later, last so files and spreadsheets made for the earlier columns keep their places
  'published',
  'variant_price',
] as const
type CsvRecord = Record<(typeof CSV_COLUMNS)[number], string>

/**
 * Columns a file may leave out (files exported before they existed): then each product keeps whether it is
 * published (a new one is), each variant keeps its own price (a new one has none).
 */
const OPTIONAL_COLUMNS: ReadonlyArray<(typeof CSV_COLUMNS)[number]> = ['published', 'variant_price']

export const IMPORT_MAX_ROWS = 5000
export const IMPORT_MAX_BYTES = 2_000_000

const formatPrice = (amount: number) => (amount / 100).toFixed(2)

/** Every variant with its product, in product then variant order. Cells a spreadsheet would run as a formula are prefixed with `'`. */
export async function exportCatalogCsv(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ product_id: string; slug: string; category_id: string; name: string; brand: string; description: string; price_amount: number; currency: string; published: boolean; variant_id: string; variant_label: string; stock: number; variant_price_amount: number | null }>(
    `SELECT p.id AS product_id, p.slug, p.category_id, p.name, p.brand, p.description, p.price_amount, p.currency, p.published,
            v.id AS variant_id, v.label AS variant_label, v.stock, v.price_amount AS variant_price_amount
       FROM products p JOIN variants v ON v.product_id = p.id ORDER BY p.id, v.position, v.id`,
  )
  const records = rows.map((row) => ({
    ...row,
    price: formatPrice(row.price_amount),
    published: String(row.published),
    stock: String(row.stock),
    variant_price: row.variant_price_amount === null ? '' : formatPrice(row.variant_price_amount),
  }))
  return stringify(records, { header: true, columns: [...CSV_COLUMNS], escape_formulas: true })
}

export type ImportRowStatus = 'created' | 'updated' | 'unchanged' | 'error'

export interface ImportRow {
  /** The row's line in the file (the header is line 1). */
  line: number
  productId: string
  variantId: string
  status: ImportRowStatus
  errors: string[]
}

export interface ImportPlan {
  /** A problem with the whole file (not CSV, wrong columns, too large); then `rows` is empty. */
  fileError?: string
  rows: ImportRow[]
  counts: Record<ImportRowStatus, number>
}

/** An import that has errors: nothing was written. */
export class CatalogImportError extends Error {
  override name = 'CatalogImportError'
  constructor(readonly plan: ImportPlan) {
    super(plan.fileError ?? `${plan.counts.error} rows have errors`)
  }
}

type ProductValues = { slug: string; categoryId: string; name: string; brand: string; description: string; price: number; currency: string; published: boolean }
type VariantValues = { productId: string; label: string; stock: number; price: number | null }
type Write =
  | { kind: 'product'; create: boolean; id: string; values: ProductValues }
  | { kind: 'variant'; create: boolean; id: string; values: VariantValues }

/** `'=SUM(…)` as exported → `=SUM(…)`: undoes the formula escape of the export. */
const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value)

function readCsv(csv: string): { records: Array<{ line: number; record: CsvRecord }>; absent: Set<string> } | { error: string } {
  if (Buffer.byteLength(csv) > IMPORT_MAX_BYTES) return { error: `The file is larger than ${IMPORT_MAX_BYTES / 1_000_000} MB.` }
  let parsed: Array<{ record: Record<string, string>; info: { lines: number } }>
  try {
    parsed = parse(csv, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, max_record_size: 20_000 })
  } catch (error) {
    return { error: `This is not a CSV file the import can read: ${(error as Error).message}` }
  }
  const header = parsed[0] ? Object.keys(parsed[0].record) : []
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column) && !OPTIONAL_COLUMNS.includes(column))
  if (parsed.length === 0) return { error: 'The file has no rows.' }
  if (missing.length > 0) return { error: `The file lacks the columns ${missing.join(', ')} (export the catalog for a file with the right ones).` }
  if (parsed.length > IMPORT_MAX_ROWS) return { error: `The file has more than ${IMPORT_MAX_ROWS} rows.` }
  return {
    absent: new Set(OPTIONAL_COLUMNS.filter((column) => !header.includes(column))),
    records: parsed.map(({ record, info }) => ({
      line: info.lines,
      record: Object.fromEntries(CSV_COLUMNS.map((column) => [column, unescapeFormula(record[column] ?? '')])) as CsvRecord,
    })),
  }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/
const PUBLISHED_VALUES = new Map([
  ['true', true],
  ['false', false],
])
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A row's values as the file gives them; an empty `published` is resolved by the caller (the product keeps its own). */
function rowValues(record: CsvRecord, errors: string[]): { product: ProductValues; variant: Omit<VariantValues, 'productId'> } {
  const text = (column: keyof CsvRecord, max: number) => {
    const value = record[column]
    if (!value || value.length > max) errors.push(`${column}: required, at most ${max} characters.`)
    return value
  }
  if (!ID.test(record.product_id)) errors.push('product_id: letters, digits, - and _ only (at most 64).')
  if (!ID.test(record.variant_id)) errors.push('variant_id: letters, digits, - and _ only (at most 64).')
  if (!SLUG.test(record.slug) || record.slug.length > 100) errors.push('slug: lower-case letters and digits joined by -, like trail-pack-30.')
  const price = parseAmount(record.price)
  if (!(price > 0)) errors.push('price: a price above zero, like 129.00.')
  if (!/^[A-Z]{3}$/.test(record.currency)) errors.push('currency: a three-letter code, like EUR.')
  const stock = /^\d+$/.test(record.stock) ? Number(record.stock) : Number.NaN
  if (!(stock >= 0 && stock <= STOCK_MAX)) errors.push(`stock: a whole number from 0 to ${STOCK_MAX}.`)
  const published = PUBLISHED_VALUES.get(record.published.toLowerCase())
  if (record.published !== '' && published === undefined) errors.push('published: true (shown in the shop) or false (a draft).')
  const variantPrice = record.variant_price === '' ? null : parseAmount(record.variant_price)
  if (variantPrice !== null && !(variantPrice > 0)) errors.push('variant_price: a price above zero, like 19.50, or empty for the product’s price.')
  return {
    product: {
      slug: record.slug,
      categoryId: record.category_id,
      name: text('name', PRODUCT_NAME_MAX),
      brand: text('brand', 100),
      description: text('description', PRODUCT_DESCRIPTION_MAX),
      price,
      currency: record.currency,
      published: published ?? true,
    },
    variant: { label: text('variant_label', VARIANT_LABEL_MAX), stock, price: variantPrice },
  }
}

/** What the database holds for the file's products and variants. */
async function currentState(db: Queryable, records: Array<{ record: CsvRecord }>) {
  const productIds = [...new Set(records.map(({ record }) => record.product_id))]
  const slugs = [...new Set(records.map(({ record }) => record.slug))]
  const variantIds = [...new Set(records.map(({ record }) => record.variant_id))]
  const [products, variants, categories] = await Promise.all([
    db.query<ProductValues & { id: string }>(
      `SELECT id, slug, category_id AS "categoryId", name, brand, description, price_amount AS price, currency, published FROM products WHERE id = ANY($1::text[]) OR slug = ANY($2::text[])`,
      [productIds, slugs],
    ),
    db.query<VariantValues & { id: string }>('SELECT id, product_id AS "productId", label, stock, price_amount AS price FROM variants WHERE id = ANY($1::text[])', [variantIds]),
    db.query<{ id: string }>('SELECT id FROM categories'),
  ])
  return {
    products: new Map(products.rows.map(({ id, ...values }) => [id, values])),
    productIdOfSlug: new Map(products.rows.map((row) => [row.slug, row.id])),
    variants: new Map(variants.rows.map(({ id, ...values }) => [id, values])),
    categories: new Set(categories.rows.map((row) => row.id)),
  }
}

const same = (a: object, b: object) => JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort())
const countOf = (rows: ImportRow[]) => {
  const counts: Record<ImportRowStatus, number> = { created: 0, updated: 0, unchanged: 0, error: 0 }
  for (const row of rows) counts[row.status]++
  return counts
}

/** Checks every row against the database and the rows before it; the preview and the writes it would make. */
async function planImport(db: Queryable, csv: string): Promise<{ plan: ImportPlan; writes: Write[] }> {
  const read = readCsv(csv)
  if ('error' in read) return { plan: { fileError: read.error, rows: [], counts: countOf([]) }, writes: [] }
  const state = await currentState(db, read.records)
  const writes: Write[] = []
  const productRows = new Map<string, { line: number; values: ProductValues }>()
  const slugOwners = new Map<string, string>()
  const variantLines = new Map<string, number>()
  const rows = read.records.map(({ line, record }): ImportRow => {
    const errors: string[] = []
    const { product, variant } = rowValues(record, errors)
    const valuesValid = errors.length === 0
    const productId = record.product_id
    const existing = state.products.get(productId)
    const variantBefore = state.variants.get(record.variant_id)
    if (read.absent.has('published') || record.published === '') product.published = existing?.published ?? true
    if (read.absent.has('variant_price')) variant.price = variantBefore?.productId === productId ? variantBefore.price : null
    if (!state.categories.has(product.categoryId)) errors.push(`category_id: no category ${product.categoryId || '(empty)'}.`)
    if (existing && existing.slug !== product.slug) errors.push(`slug: ${productId} has the slug ${existing.slug}; it cannot change (links to the product would break).`)
    if (existing && existing.currency !== product.currency) errors.push(`currency: ${productId} is priced in ${existing.currency}.`)
    const slugOwner = slugOwners.get(product.slug) ?? state.productIdOfSlug.get(product.slug)
    if (!existing && slugOwner && slugOwner !== productId) errors.push(`slug: ${product.slug} belongs to ${slugOwner}.`)
    const earlier = productRows.get(productId)
    if (earlier && valuesValid && !same(earlier.values, product)) errors.push(`The product's fields differ from line ${earlier.line}: give each of its rows the same values.`)
    if (variantBefore && variantBefore.productId !== productId) errors.push(`variant_id: ${record.variant_id} is a variant of ${variantBefore.productId}.`)
    if (variantLines.has(record.variant_id)) errors.push(`variant_id: ${record.variant_id} is on line ${variantLines.get(record.variant_id)} too.`)
    variantLines.set(record.variant_id, line)
    if (errors.length > 0) return { line, productId, variantId: record.variant_id, status: 'error', errors }

    const productChanged = !existing || !same(existing, product)
    if (!earlier) {
      productRows.set(productId, { line, values: product })
      slugOwners.set(product.slug, productId)
      if (productChanged) writes.push({ kind: 'product', create: !existing, id: productId, values: product })
    }
    const variantValues = { productId, ...variant }
    const variantChanged = !variantBefore || !same(variantBefore, variantValues)
    if (variantChanged) writes.push({ kind: 'variant', create: !variantBefore, id: record.variant_id, values: variantValues })
    const status = !existing || !variantBefore ? 'created' : productChanged || variantChanged ? 'updated' : 'unchanged'
    return { line, productId, variantId: record.variant_id, status, errors }
  })
  return { plan: { rows, counts: countOf(rows) }, writes }
}

/** The dry run: what an import of `csv` would do to each row. Writes nothing. */
export async function previewCatalogImport(db: Queryable, csv: string): Promise<ImportPlan> {
  return (await planImport(db, csv)).plan
}

/**
 * Imports `csv` in one transaction (the catalog's tables locked against other writers meanwhile, so the
 * rows are checked against what is written): everything, or nothing when any row has an error. Audited
 * with the counts. @throws {CatalogImportError}
 */
export async function applyCatalogImport(db: Database, staff: StaffMember, csv: string, now: Date = new Date()): Promise<ImportPlan> {
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE products, variants IN SHARE ROW EXCLUSIVE MODE')
    const { plan, writes } = await planImport(tx, csv)
    if (plan.fileError || plan.counts.error > 0) throw new CatalogImportError(plan)
    for (const write of writes) await applyWrite(tx, write, now)
    const { created, updated, unchanged } = plan.counts
    await recordAudit(tx, staff, { action: 'catalog.import', subject: 'catalog', after: { created, updated, unchanged } }, now)
    return plan
  })
}

async function applyWrite(tx: Queryable, write: Write, now: Date): Promise<void> {
  if (write.kind === 'product') {
    const { slug, categoryId, name, brand, description, price, currency, published } = write.values
    if (write.create) {
      await tx.query(
        `INSERT INTO products (id, slug, category_id, name, brand, description, price_amount, currency, published, images, attributes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '[]', '{}', $10)`,
        [write.id, slug, categoryId, name, brand, description, price, currency, published, now],
      )
    } else {
      await tx.query('UPDATE products SET category_id = $2, name = $3, brand = $4, description = $5, price_amount = $6, published = $7 WHERE id = $1', [
        write.id,
        categoryId,
        name,
        brand,
        description,
        price,
        published,
      ])
    }
    return
  }
  const { productId, label, stock, price } = write.values
  if (write.create) {
    await tx.query(
      `INSERT INTO variants (id, product_id, label, position, stock, price_amount)
       VALUES ($1, $2, $3, (SELECT coalesce(max(position), -1) + 1 FROM variants WHERE product_id = $2), $4, $5)`,
      [write.id, productId, label, stock, price],
    )
  } else {
    await tx.query('UPDATE variants SET label = $2, stock = $3, price_amount = $4 WHERE id = $1', [write.id, label, stock, price])
  }
}
