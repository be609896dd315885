import type { Database, Queryable } from '../db.server'
import { storeImage } from '../media.server'
import { changedFields, recordAudit } from './audit.server'
import { PRODUCT_DESCRIPTION_MAX, PRODUCT_NAME_MAX, STOCK_MAX, VARIANT_LABEL_MAX } from './constants'
import { AdminInputError } from './orders.server'
import { parseAmount } from './route-kit.server'
import type { StaffMember } from './staff.server'

/**
 * The back office's catalog: the products list and a product's edit. Each write fires the catalog
 * triggers of migration 005, so every shop process drops its catalog cache when the edit commits.
 */

export const CATALOG_PAGE_SIZE = 50

export class ProductNotFoundError extends Error {
  override name = 'ProductNotFoundError'
}

export interface CatalogListRow {
  id: string
  slug: string
  name: string
  categoryName: string
  price: { amount: number; currency: string }
  stock: number
  variantCount: number
  /** False for a draft, which the shop does not show. */
  published: boolean
}

export interface CatalogFilters {
  /** Part of the name, any case. */
  query?: string
  categoryId?: string
  page?: number
}

/** The products by name, filtered; `CATALOG_PAGE_SIZE` a page (1-based), with the categories to filter by. */
export async function listCatalog(db: Queryable, { query = '', categoryId = '', page = 1 }: CatalogFilters) {
  const { rows } = await db.query<CatalogListRow & { total: number }>(
    `SELECT p.id, p.slug, p.name, p.published, c.name AS "categoryName", json_build_object('amount', p.price_amount, 'currency', p.currency) AS price,
            coalesce(sum(v.stock), 0)::int AS stock, count(v.id)::int AS "variantCount", count(*) OVER ()::int AS total
       FROM products p JOIN categories c ON c.id = p.category_id LEFT JOIN variants v ON v.product_id = p.id
      WHERE ($1 = '' OR p.name ILIKE '%' || $1 || '%') AND ($2 = '' OR p.category_id = $2)
      GROUP BY p.id, c.name ORDER BY p.name, p.id LIMIT $3 OFFSET $4`,
    [query.trim().replace(/[\\%_]/g, '\\$&'), categoryId, CATALOG_PAGE_SIZE, (Math.max(1, page) - 1) * CATALOG_PAGE_SIZE],
  )
  const categories = await db.query<{ id: string; name: string }>('SELECT id, name FROM categories ORDER BY position, name')
  return { products: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0, categories: categories.rows }
}

export interface CatalogVariant {
  id: string
  label: string
  stock: number
  /** The variant's own price in minor units; null: the product's price. */
  price: number | null
}

export interface CatalogProduct {
  id: string
  slug: string
  name: string
  description: string
  categoryName: string
  price: { amount: number; currency: string }
  /** False for a draft: only the back office shows it. */
  published: boolean
  images: Array<{ src: string; alt: string }>
  variants: CatalogVariant[]
}

async function readProduct(db: Queryable, productId: string, lock = false): Promise<CatalogProduct | null> {
  const { rows } = await db.query<Omit<CatalogProduct, 'variants'>>(
    `SELECT p.id, p.slug, p.name, p.description, p.published, p.images, c.name AS "categoryName", json_build_object('amount', p.price_amount, 'currency', p.currency) AS price
       FROM products p JOIN categories c ON c.id = p.category_id WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`,
    [productId],
  )
  if (!rows[0]) return null
  const variants = await db.query<CatalogVariant>(`SELECT id, label, stock, price_amount AS price FROM variants WHERE product_id = $1 ORDER BY position, id${lock ? ' FOR UPDATE' : ''}`, [
    productId,
  ])
  return { ...rows[0], variants: variants.rows }
}

export const getCatalogProduct = (db: Queryable, productId: string) => readProduct(db, productId)

/**
 * A product's edit as the form sends it: text, the price in major units (`12.50`), whether the shop shows it
 * (absent: as it is), each variant's label, stock and own price (empty: the product's price).
 */
export interface ProductEdit {
  name: string
  description: string
  price: string
  published?: boolean | undefined
  variants: Array<{ id: string; label: string; stock: string; price: string }>
}

type ProductFields = { name: string; description: string; price: number; published: boolean | undefined; variants: CatalogVariant[] }

/** Checks an edit against the product's variants: the values to write, or every field's error (keys `name`, `price`, `stock:<variant id>` …). */
function validateEdit(edit: ProductEdit, variantIds: readonly string[]): ProductFields {
  const errors: Record<string, string> = {}
  const name = edit.name.trim()
  const description = edit.description.trim()
  if (!name || name.length > PRODUCT_NAME_MAX) errors.name = `Give the product a name of at most ${PRODUCT_NAME_MAX} characters.`
  if (!description || description.length > PRODUCT_DESCRIPTION_MAX) errors.description = `Describe the product in at most ${PRODUCT_DESCRIPTION_MAX} characters.`
  const price = parseAmount(edit.price)
  if (!(price > 0)) errors.price = 'Enter a price above zero, like 129.00.'
  const variants: CatalogVariant[] = []
  for (const variant of edit.variants) {
    if (!variantIds.includes(variant.id)) {
      errors[`variant:${variant.id}`] = 'This variant is not one of the product’s.'
      continue
    }
    const label = variant.label.trim()
    if (!label || label.length > VARIANT_LABEL_MAX) errors[`label:${variant.id}`] = `Name the variant in at most ${VARIANT_LABEL_MAX} characters.`
    const stock = /^\s*\d+\s*$/.test(variant.stock) ? Number(variant.stock) : Number.NaN
    if (!(stock >= 0 && stock <= STOCK_MAX)) errors[`stock:${variant.id}`] = `Enter a whole number of units from 0 to ${STOCK_MAX}.`
    const variantPrice = variant.price.trim() === '' ? null : parseAmount(variant.price)
    if (variantPrice !== null && !(variantPrice > 0)) errors[`price:${variant.id}`] = 'Enter a price above zero, like 19.50, or leave it empty for the product’s price.'
    variants.push({ id: variant.id, label, stock, price: variantPrice })
  }
  if (Object.keys(errors).length > 0) throw new AdminInputError(errors)
  return { name, description, price, published: edit.published, variants }
}

const auditView = (product: Pick<CatalogProduct, 'name' | 'description' | 'price' | 'published' | 'variants'>) => ({
  name: product.name,
  description: product.description,
  price: product.price.amount,
  published: product.published,
  variants: Object.fromEntries(product.variants.map((variant) => [variant.id, { label: variant.label, stock: variant.stock, price: variant.price }])),
})

/**
 * Saves a product's edit in one transaction (the product's rows locked), audited with before and
 * after; nothing is written when any field is wrong. False when nothing changed (no audit row).
 * @throws {AdminInputError} {ProductNotFoundError}
 */
export async function updateCatalogProduct(db: Database, staff: StaffMember, productId: string, edit: ProductEdit, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await readProduct(tx, productId, true)
    if (!before) throw new ProductNotFoundError(productId)
    const next = validateEdit(edit, before.variants.map((variant) => variant.id))
    const after = { ...before, name: next.name, description: next.description, price: { ...before.price, amount: next.price }, published: next.published ?? before.published }
    after.variants = before.variants.map((variant) => next.variants.find((edited) => edited.id === variant.id) ?? variant)
    const [was, will] = changedFields(auditView(before), auditView(after))
    if (!was) return false
    await tx.query('UPDATE products SET name = $2, description = $3, price_amount = $4, published = $5 WHERE id = $1', [
      productId,
      next.name,
      next.description,
      next.price,
      after.published,
    ])
    for (const variant of next.variants) {
      await tx.query('UPDATE variants SET label = $2, stock = $3, price_amount = $4 WHERE id = $1', [variant.id, variant.label, variant.stock, variant.price])
    }
    await recordAudit(tx, staff, { action: 'product.update', subject: `product:${before.slug}`, before: was, after: will }, now)
    return true
  })
}

/**
 * Stores an uploaded image (app/lib/media.server.ts) and makes it the product's main image, the one listings
 * show; an image already among the product's moves to the front. Audited. Returns the image's address.
 * @throws {MediaUploadError} {ProductNotFoundError}
 */
export async function setProductImage(db: Database, staff: StaffMember, productId: string, bytes: Uint8Array, now: Date = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const product = await readProduct(tx, productId, true)
    if (!product) throw new ProductNotFoundError(productId)
    const { url } = await storeImage(tx, bytes)
    const images = [{ src: url, alt: product.name }, ...product.images.filter((image) => image.src !== url)]
    await tx.query('UPDATE products SET images = $2 WHERE id = $1', [productId, JSON.stringify(images)])
    await recordAudit(tx, staff, { action: 'product.image', subject: `product:${product.slug}`, before: { image: product.images[0]?.src ?? null }, after: { image: url } }, now)
    return url
  })
}
