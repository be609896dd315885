import type { Database, Queryable } from './db.server'
import { CATEGORIES, COUPONS, PRODUCTS, REVIEWS } from './seed-data'
import type { SeedCategory, SeedProduct } from './seed-types'

export const CURRENCY = 'EUR'

/** A product without its own date joined the catalog a week after the one before it, so "newest" sorts. */
function launchDate(index: number): string {
  return new Date(Date.UTC(2026, 0, 5) + index * 7 * 86_400_000).toISOString()
}

/** Inserts the demo catalog into an empty database (one transaction); a seeded database is left alone. */
export async function seedIfEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM products')
  if ((rows[0]?.count ?? 0) > 0) return false
  await db.transaction(async (tx) => {
    await insertCatalog(tx, { categories: CATEGORIES, products: PRODUCTS })
    for (const review of REVIEWS) {
      await tx.query(
        `INSERT INTO reviews (id, product_id, rating, title, body, author_name, verified, variant_label, photos, merchant_reply, helpful_count, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          review.id,
          review.productId,
          review.rating,
          review.title,
          review.body,
          review.authorName,
          review.verified,
          review.variantLabel ?? null,
          JSON.stringify(review.photos),
          review.merchantReply ?? null,
          review.helpfulCount,
          review.createdAt,
        ],
      )
    }
    for (const coupon of COUPONS) {
      await tx.query('INSERT INTO coupons (code, kind, value, expires_at, min_subtotal, usage_limit) VALUES ($1, $2, $3, $4, $5, $6)', [
        coupon.code.toUpperCase(),
        coupon.kind,
        coupon.value,
        coupon.expiresAt ?? null,
        coupon.minSubtotal ?? null,
        coupon.usageLimit ?? null,
      ])
    }
  })
  return true
}

/** Inserts categories, their products and each product's variants (the demo seed's and the tests' one way to do it). */
export async function insertCatalog(
  db: Queryable,
  { categories, products }: { categories: readonly SeedCategory[]; products: readonly SeedProduct[] },
): Promise<void> {
  for (const [position, category] of categories.entries()) {
    await db.query('INSERT INTO categories (id, name, description, position, attribute_groups) VALUES ($1, $2, $3, $4, $5)', [
      category.id,
      category.name,
      category.description,
      position,
      JSON.stringify(category.attributeGroups),
    ])
  }
  for (const [index, product] of products.entries()) {
    await db.query(
      `INSERT INTO products (id, slug, category_id, name, brand, description, price_amount, compare_at_amount, currency, images, attributes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        product.id,
        product.slug,
        product.categoryId,
        product.name,
        product.brand,
        product.description,
        product.price,
        product.compareAt ?? null,
        CURRENCY,
        JSON.stringify(product.images),
        JSON.stringify(product.attributes),
        product.createdAt ?? launchDate(index),
      ],
    )
    for (const [position, variant] of product.variants.entries()) {
      await db.query('INSERT INTO variants (id, product_id, label, position, stock) VALUES ($1, $2, $3, $4, $5)', [
        variant.id,
        product.id,
        variant.label,
        position,
        variant.stock,
      ])
    }
  }
}
