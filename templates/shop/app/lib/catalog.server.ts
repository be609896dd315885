import type { AttributeGroup, AttributeValue, ComparisonProduct } from '@journeykit/compare'
import type { Money } from '@journeykit/core'
import type { Queryable } from './db.server'
import { publishedProduct } from './published.server'

/** A category with the attribute groups its products are compared on. */
export interface Category {
  id: string
  name: string
  description: string
  attributeGroups: AttributeGroup[]
}

export interface ProductImage {
  src: string
  alt: string
}

export interface ProductVariant {
  id: string
  label: string
  stock: number
  /** The variant's own price; absent: the product's `price`. */
  price?: Money
}

/** The average review rating of a product; absent when it has no reviews. */
export interface ProductRatingSummary {
  /** 0–5, rounded to one decimal. */
  value: number
  count: number
}

/** A product as a listing shows it: price, first image, rating and availability. */
export interface ProductSummary {
  id: string
  slug: string
  categoryId: string
  categoryName: string
  name: string
  brand: string
  price: Money
  /** The former price, only when it is higher than `price`. */
  compareAtPrice?: Money
  /** The first image; the listing's card picture. */
  image?: ProductImage
  rating?: ProductRatingSummary
  /** Units in stock over all variants. */
  stock: number
  attributes: Record<string, string | number | boolean | null>
  /** When the product was added to the catalog (ISO); 'newest' sorts on it. */
  createdAt: string
}

/** A product with everything its page shows. */
export interface Product extends ProductSummary {
  description: string
  images: ProductImage[]
  /** In display order. */
  variants: ProductVariant[]
}

export const PRODUCT_SORTS = ['featured', 'price-asc', 'price-desc', 'rating', 'newest'] as const
export type ProductSort = (typeof PRODUCT_SORTS)[number]

/** What a listing asks for; every field but `categoryId` narrows or orders the result. */
export interface ProductQuery {
  categoryId: string
  /** Any of these brands. */
  brands?: string[]
  /** Minor units, inclusive. */
  priceMin?: number
  /** Minor units, inclusive. */
  priceMax?: number
  /** Only products with at least one variant in stock. */
  inStock?: boolean
  /** Attribute id → accepted values (any of them); `true` for a feature that must be present. */
  attributes?: Record<string, Array<string | boolean>>
  sort?: ProductSort
}

/** A filter a listing offers for one attribute of its category. */
export interface AttributeFacet {
  attributeId: string
  label: string
  /** `feature`: a yes/no attribute where yes is better ("Active noise cancelling"); `options`: a few text values. */
  kind: 'feature' | 'options'
  /** For `options`: the values found in the category, sorted. */
  options: string[]
}

/** What a category's listing can be filtered on, from the products it holds. */
export interface ListingFacets {
  brands: string[]
  /** Minor units; both 0 for an empty category. */
  priceRange: { min: number; max: number }
  attributes: AttributeFacet[]
}

interface CategoryRow {
  id: string
  name: string
  description: string
  attribute_groups: AttributeGroup[]
}

interface ProductRow {
  id: string
  slug: string
  category_id: string
  category_name: string
  name: string
  brand: string
  description: string
  price_amount: number
  compare_at_amount: number | null
  currency: string
  images: ProductImage[]
  attributes: Record<string, string | number | boolean | null>
  created_at: Date | string
  rating_value: number | null
  rating_count: number
  stock: number
}

const toCategory = (row: CategoryRow): Category => ({
  id: row.id,
  name: row.name,
  description: row.description,
  attributeGroups: row.attribute_groups,
})

export async function listCategories(db: Queryable): Promise<Category[]> {
  const { rows } = await db.query<CategoryRow>('SELECT id, name, description, attribute_groups FROM categories ORDER BY position, id')
  return rows.map(toCategory)
}

export async function getCategory(db: Queryable, id: string): Promise<Category | undefined> {
  const { rows } = await db.query<CategoryRow>('SELECT id, name, description, attribute_groups FROM categories WHERE id = $1', [id])
  return rows[0] && toCategory(rows[0])
}

// One row per product with its category name, review average and stock over all variants. The
// aggregates are LATERAL per product, so a query for one product reads that product's reviews and
// variants only, not every product's.
const PRODUCT_COLUMNS = `
  p.id, p.slug, p.category_id, c.name AS category_name, p.name, p.brand, p.description, p.price_amount,
  p.compare_at_amount, p.currency, p.images, p.attributes, p.created_at,
  round(r.average::numeric, 1)::float8 AS rating_value, coalesce(r.count, 0)::int AS rating_count,
  coalesce(v.stock, 0)::int AS stock`
const PRODUCT_FROM = `
  FROM products p
  JOIN categories c ON c.id = p.category_id
  LEFT JOIN LATERAL (SELECT avg(rating) AS average, count(*) AS count FROM reviews WHERE product_id = p.id AND status = 'published') r ON true
  LEFT JOIN LATERAL (SELECT sum(stock) AS stock FROM variants WHERE product_id = p.id) v ON true`
const PRODUCT_SELECT = `SELECT ${PRODUCT_COLUMNS} ${PRODUCT_FROM}`

// A product page's variants, in display order, as one JSON column of the product's own row; a
// variant's own price only when it has one (jsonb_strip_nulls drops the null key).
const VARIANTS_COLUMN = `
  (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('id', pv.id, 'label', pv.label, 'stock', pv.stock,
            'price', CASE WHEN pv.price_amount IS NULL THEN NULL ELSE jsonb_build_object('amount', pv.price_amount, 'currency', p.currency) END))
          ORDER BY pv.position, pv.id), '[]')
     FROM variants pv WHERE pv.product_id = p.id) AS variants`
const PRODUCT_WITH_VARIANTS_SELECT = `SELECT ${PRODUCT_COLUMNS}, ${VARIANTS_COLUMN} ${PRODUCT_FROM}`

const ORDER_BY: Record<ProductSort, string> = {
  // In stock first, then the most reviewed and best rated: what most shoppers end up buying.
  featured: '(coalesce(v.stock, 0) > 0) DESC, coalesce(r.count, 0) DESC, r.average DESC NULLS LAST, p.name',
  'price-asc': 'p.price_amount ASC, p.name',
  'price-desc': 'p.price_amount DESC, p.name',
  rating: 'r.average DESC NULLS LAST, coalesce(r.count, 0) DESC, p.name',
  newest: 'p.created_at DESC, p.name',
}

function toSummary(row: ProductRow): ProductSummary {
  const price = { amount: row.price_amount, currency: row.currency }
  const image = row.images[0]
  return {
    id: row.id,
    slug: row.slug,
    categoryId: row.category_id,
    categoryName: row.category_name,
    name: row.name,
    brand: row.brand,
    price,
    ...(row.compare_at_amount !== null && row.compare_at_amount > row.price_amount
      ? { compareAtPrice: { amount: row.compare_at_amount, currency: row.currency } }
      : {}),
    ...(image ? { image } : {}),
    ...(row.rating_value !== null && row.rating_count > 0 ? { rating: { value: row.rating_value, count: row.rating_count } } : {}),
    stock: row.stock,
    attributes: row.attributes,
    createdAt: new Date(row.created_at).toISOString(),
  }
}

/**
 * The products of one category, filtered and sorted as asked. Attribute filters name attributes
 * of the category (others are ignored); values are compared as text, `true` as a present feature.
 */
export async function listProducts(db: Queryable, query: ProductQuery): Promise<ProductSummary[]> {
  const params: unknown[] = [query.categoryId]
  const where = ['p.category_id = $1', publishedProduct('p')]
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (query.brands?.length) where.push(`p.brand = ANY(${param(query.brands)}::text[])`)
  if (query.priceMin !== undefined) where.push(`p.price_amount >= ${param(query.priceMin)}`)
  if (query.priceMax !== undefined) where.push(`p.price_amount <= ${param(query.priceMax)}`)
  if (query.inStock) where.push('coalesce(v.stock, 0) > 0')
  for (const [attributeId, values] of Object.entries(query.attributes ?? {})) {
    if (values.length === 0) continue
    // jsonb ->> turns true into 'true', so features and text options compare the same way.
    where.push(`p.attributes ->> ${param(attributeId)} = ANY(${param(values.map(String))}::text[])`)
  }
  const { rows } = await db.query<ProductRow>(
    `${PRODUCT_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${ORDER_BY[query.sort ?? 'featured']}`,
    params,
  )
  return rows.map(toSummary)
}

function toProduct(row: ProductRow & { variants: ProductVariant[] }): Product {
  return { ...toSummary(row), description: row.description, images: row.images, variants: row.variants }
}

export async function getProductBySlug(db: Queryable, slug: string): Promise<Product | undefined> {
  const { rows } = await db.query<ProductRow & { variants: ProductVariant[] }>(`${PRODUCT_WITH_VARIANTS_SELECT} WHERE p.slug = $1 AND ${publishedProduct('p')}`, [slug])
  return rows[0] && toProduct(rows[0])
}

/** The products with these ids, in the order asked; unknown ids and repeats are left out. */
export async function getProductsByIds(db: Queryable, ids: readonly string[]): Promise<Product[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const { rows } = await db.query<ProductRow & { variants: ProductVariant[] }>(
    `${PRODUCT_WITH_VARIANTS_SELECT} WHERE p.id = ANY($1::text[]) AND ${publishedProduct('p')}`,
    [unique],
  )
  const products = rows.map(toProduct)
  return unique.flatMap((id) => products.find((product) => product.id === id) ?? [])
}

/** Text-option filters per listing at most: the first ones in the category's attribute order. */
const MAX_OPTION_FACETS = 2

/** The filters a category's listing offers: its brands, price range and the attributes worth filtering on. */
export async function getListingFacets(db: Queryable, category: Category): Promise<ListingFacets> {
  const { rows } = await db.query<{ brand: string; price_amount: number; attributes: ProductRow['attributes'] }>(
    `SELECT brand, price_amount, attributes FROM products p WHERE category_id = $1 AND ${publishedProduct('p')}`,
    [category.id],
  )
  const prices = rows.map((row) => row.price_amount)
  const attributes: AttributeFacet[] = []
  let optionFacets = 0
  for (const attribute of category.attributeGroups.flatMap((group) => group.attributes)) {
    if (attribute.kind === 'boolean' && attribute.better === 'higher') {
      attributes.push({ attributeId: attribute.id, label: attribute.label, kind: 'feature', options: [] })
    } else if (attribute.kind === 'text' && optionFacets < MAX_OPTION_FACETS) {
      // Worth a filter: a handful of short values shared by products, not lists ("LDAC, AAC") or measurements.
      const values = new Set(rows.map((row) => row.attributes[attribute.id]).filter((value): value is string => typeof value === 'string'))
      if (values.size >= 2 && values.size <= 4 && ![...values].some((value) => value.includes(','))) {
        attributes.push({ attributeId: attribute.id, label: attribute.label, kind: 'options', options: [...values].sort() })
        optionFacets++
      }
    }
  }
  return {
    brands: [...new Set(rows.map((row) => row.brand))].sort(),
    priceRange: { min: prices.length ? Math.min(...prices) : 0, max: prices.length ? Math.max(...prices) : 0 },
    attributes,
  }
}

const LIST_SIZE_LIMIT = 20

/**
 * Reads a listing's filters from its URL (`brand`, `min`/`max` in whole euros, `stock=1`, `sort`,
 * `f.<attribute>` per attribute facet). Values the category does not offer are dropped rather
 * than refused, so an old shared link still opens with the filters that still make sense.
 */
export function parseListingQuery(params: URLSearchParams, category: Category, facets: ListingFacets): ProductQuery {
  const query: ProductQuery = { categoryId: category.id, sort: 'featured' }
  const sort = params.get('sort')
  if (sort && (PRODUCT_SORTS as readonly string[]).includes(sort)) query.sort = sort as ProductSort
  const brands = params.getAll('brand').filter((brand) => facets.brands.includes(brand))
  if (brands.length) query.brands = [...new Set(brands)].slice(0, LIST_SIZE_LIMIT)
  const priceMin = wholeEuros(params.get('min'))
  const priceMax = wholeEuros(params.get('max'))
  if (priceMin !== undefined) query.priceMin = priceMin
  if (priceMax !== undefined) query.priceMax = priceMax
  if (params.get('stock') === '1') query.inStock = true
  const attributes: NonNullable<ProductQuery['attributes']> = {}
  for (const facet of facets.attributes) {
    const values = params.getAll(`f.${facet.attributeId}`)
    if (facet.kind === 'feature' && values.includes('1')) attributes[facet.attributeId] = [true]
    if (facet.kind === 'options') {
      const chosen = [...new Set(values.filter((value) => facet.options.includes(value)))]
      if (chosen.length) attributes[facet.attributeId] = chosen
    }
  }
  if (Object.keys(attributes).length) query.attributes = attributes
  return query
}

/** A whole, non-negative euro amount from the URL in minor units; anything else is no filter. */
function wholeEuros(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined
  return Number(value.trim()) * 100
}

/** Whether a query narrows the listing (anything beyond the category and the sort). */
export function hasFilters(query: ProductQuery): boolean {
  return Boolean(
    query.brands?.length || query.priceMin !== undefined || query.priceMax !== undefined || query.inStock || Object.keys(query.attributes ?? {}).length,
  )
}

const PRODUCT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
/** Ids read from one URL at most: a full comparison plus a few that may be left out. */
const MAX_URL_IDS = 12

/** The product ids of a list like `?ids=a,b,c`: well-formed ones only, each once, at most 12. */
export function parseProductIds(value: string | null): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => PRODUCT_ID.test(id))
  return [...new Set(ids)].slice(0, MAX_URL_IDS)
}

/** The first variant with stock, the one a one-click "Add to cart" adds. */
export function firstAvailableVariant(product: Product): ProductVariant | undefined {
  return product.variants.find((variant) => variant.stock > 0)
}

/** A product as a column of the ComparisonTable, linking to its page. */
export function toComparisonProduct(product: Product): ComparisonProduct {
  return {
    id: product.id,
    name: product.name,
    href: `/p/${product.slug}`,
    ...(product.image ? { image: product.image } : {}),
    price: product.price,
    ...(product.compareAtPrice ? { compareAtPrice: product.compareAtPrice } : {}),
    ...(product.rating ? { rating: product.rating } : {}),
    brand: product.brand,
    category: product.categoryName,
    values: product.attributes satisfies Record<string, AttributeValue>,
    available: product.stock > 0,
  }
}
