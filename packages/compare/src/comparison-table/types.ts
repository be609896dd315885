import type { Money } from '@journeykit/core'

/**
 * How an attribute's values are read and formatted:
 * - `text`: a string, shown as is;
 * - `number`: a number, formatted for the locale with the attribute's `unit`;
 * - `boolean`: `true` / `false`, shown as "Yes" / "No";
 * - `rating`: a number from 0 to 5, shown as stars with a text alternative;
 * - `price`: `Money` in minor units, formatted for the locale.
 */
export type AttributeKind = 'text' | 'number' | 'boolean' | 'rating' | 'price'

/**
 * One product's value for an attribute. `null` or `undefined` (or a value of the wrong type for
 * the attribute's kind) means "not available" and shows as "—" with an accessible label.
 */
export type AttributeValue = string | number | boolean | Money | null | undefined

/** A row of the comparison. */
export interface Attribute {
  /** Key of the value in each product's `values`. */
  id: string
  /** The row header ("Weight"). */
  label: string
  kind: AttributeKind
  /**
   * For `number`: an Intl sanctioned unit (`'gram'`, `'millimeter'`, `'hour'`, `'kilogram'`…),
   * formatted per locale ("300 g"), or a free label appended after the number ("5,000 mAh").
   */
  unit?: string
  /**
   * Which end of the scale wins (`number`, `rating`, `price`; for `boolean`, 'higher' means `true`
   * is better). When set, the best value of the row is marked with a "Best" badge and `data-best`.
   */
  better?: 'higher' | 'lower'
  /** A short explanation shown under the row header. */
  description?: string
}

/** Rows shown together under a header that collapses them. */
export interface AttributeGroup {
  id: string
  /** The group header ("Battery"). */
  label: string
  attributes: Attribute[]
}

/** A product's average review rating. */
export interface ProductRating {
  /** The average, from 0 to 5. */
  value: number
  /** How many reviews the average comes from. */
  count?: number
}

/** A product as a column of the comparison. */
export interface ComparisonProduct {
  id: string
  name: string
  /** The product page; the name links to it and following it emits `product_clicked`. */
  href?: string
  image?: { src: string; alt: string }
  /** Shown as the first row; the lowest price is marked best. */
  price: Money
  /**
   * The former price, shown struck through after the price ("Was €399.00" to screen readers) when
   * it is higher than `price` in the same currency; otherwise ignored with a development warning.
   */
  compareAtPrice?: Money
  /**
   * The average review rating (`value`, 0–5) and how many reviews it comes from (`count`); shown
   * as a "Rating" row under the price when any product has one ("4.5 out of 5 stars, 212 reviews").
   */
  rating?: ProductRating
  brand?: string
  category?: string
  /** Attribute values keyed by `Attribute.id`; a missing key shows as "not available". */
  values: Record<string, AttributeValue>
  /** `false` shows "Out of stock" instead of "Add to cart". Defaults to true. */
  available?: boolean
}
