'use client'
export { useCompare, type UseCompareOptions, type UseCompareResult } from './use-compare'
export { compareStorageKey, type CompareEntry, type CompareStorage } from './compare-store'
