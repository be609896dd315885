'use client'
export { useCompare, type UseCompareOptions, type UseCompareResult } from './use-compare'
export type { CompareEntry, CompareStorage } from './compare-store'
