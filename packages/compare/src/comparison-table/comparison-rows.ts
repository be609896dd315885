import type { Item, Money } from '@journeykit/core'
import type { Attribute, AttributeGroup, AttributeValue, ComparisonProduct } from './types'

/** A value that matches its attribute's kind; `undefined` when missing or of the wrong type. */
export type CellValue = string | number | boolean | Money | undefined

/** One attribute across the compared products. */
export interface ComparisonRow {
  attribute: Attribute
  /** One value per product, in column order. */
  values: CellValue[]
  /** Per product: whether it holds the best value of the row. */
  best: boolean[]
  /** Every product has a value and they are all equal; hidden by "show differences only". */
  same: boolean
}

export interface ComparisonSection {
  group: AttributeGroup
  rows: ComparisonRow[]
}

// Call sites check NODE_ENV themselves so production bundles drop the messages too.
function warn(message: string): void {
  console.warn(`[journeykit] ComparisonTable: ${message}`)
}

export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isFinite((value as Money).amount) &&
    typeof (value as Money).currency === 'string'
  )
}

function fitsKind(attribute: Attribute, value: NonNullable<AttributeValue>): boolean {
  switch (attribute.kind) {
    case 'text':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'price':
      return isMoney(value)
    default:
      return typeof value === 'number' && Number.isFinite(value)
  }
}

function cellValue(attribute: Attribute, value: AttributeValue, productId: string): CellValue {
  if (value === null || value === undefined) return undefined
  if (fitsKind(attribute, value)) return value
  if (process.env.NODE_ENV !== 'production') {
    warn(`"${attribute.id}" of product "${productId}" is not a valid ${attribute.kind} (${JSON.stringify(value)}); shown as not available`)
  }
  return undefined
}

function rank(value: CellValue): number | undefined {
  if (value === undefined || typeof value === 'string') return undefined
  if (typeof value === 'boolean') return value ? 1 : 0
  return typeof value === 'number' ? value : value.amount
}

function equal(a: CellValue, b: CellValue): boolean {
  return isMoney(a) && isMoney(b) ? a.amount === b.amount && a.currency === b.currency : a === b
}

function bestOf(attribute: Attribute, values: CellValue[]): boolean[] {
  const ranks = values.map(rank)
  const present = ranks.filter((r): r is number => r !== undefined)
  const currencies = new Set(values.filter(isMoney).map((money) => money.currency))
  // A best needs a winner: two values at least, not all equal, and prices in one currency.
  if (!attribute.better || attribute.kind === 'text' || present.length < 2 || currencies.size > 1) {
    return values.map(() => false)
  }
  const target = attribute.better === 'higher' ? Math.max(...present) : Math.min(...present)
  if (present.every((r) => r === target)) return values.map(() => false)
  return ranks.map((r) => r === target)
}

/** One attribute's row from each product's raw value (in column order): values checked, best marked, equality flagged. */
export function buildRow(attribute: Attribute, products: readonly ComparisonProduct[], read: (product: ComparisonProduct) => AttributeValue): ComparisonRow {
  const values = products.map((product) => cellValue(attribute, read(product), product.id))
  return {
    attribute,
    values,
    best: bestOf(attribute, values),
    same: values.every((value) => value !== undefined && equal(value, values[0])),
  }
}

/** The rows of every group for the products, from their `values`. */
export function buildSections(groups: readonly AttributeGroup[], products: readonly ComparisonProduct[]): ComparisonSection[] {
  return groups.map((group) => ({
    group,
    rows: (group.attributes ?? []).map((attribute) => buildRow(attribute, products, (product) => product.values?.[attribute.id])),
  }))
}

/** The product's former price, when it is valid money above `price` in the same currency; else undefined (with a development warning when one was given). */
export function formerPrice(product: ComparisonProduct): Money | undefined {
  const was = product.compareAtPrice
  if (was === undefined) return undefined
  if (isMoney(was) && isMoney(product.price) && was.currency === product.price.currency && was.amount > product.price.amount) return was
  if (process.env.NODE_ENV !== 'production') {
    warn(`compareAtPrice of product "${product.id}" is not a higher price in the price's currency (${JSON.stringify(was)}); not shown`)
  }
  return undefined
}

/** The products to show: not removed, duplicate ids dropped, at most `max`. */
export function visibleProducts(products: readonly ComparisonProduct[], removedIds: readonly string[], max: number): ComparisonProduct[] {
  const shown = products.filter(
    (product, index) => !removedIds.includes(product.id) && products.findIndex((other) => other.id === product.id) === index,
  )
  if (process.env.NODE_ENV !== 'production' && shown.length > max) warn(`showing the first ${max} of ${shown.length} products (maxProducts)`)
  return shown.slice(0, max)
}

/** A compared product as an event `Item` (1-based position in the table, list "comparison"). */
export function toItem(product: ComparisonProduct, index: number): Item {
  return {
    id: product.id,
    name: product.name,
    price: product.price,
    brand: product.brand,
    category: product.category,
    position: index + 1,
    listId: 'comparison',
  }
}
