'use client'
export { ComparisonTable, type ComparisonTableProps } from './comparison-table'
export { comparisonTableMessages, type ComparisonTableMessageKey } from './messages'
export type { Attribute, AttributeGroup, AttributeKind, AttributeValue, ComparisonProduct, ProductRating } from './types'
