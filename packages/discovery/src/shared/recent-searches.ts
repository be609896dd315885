'use client'
import { useCallback } from 'react'
import { useConsentedList } from './consented-list'

export const RECENT_SEARCHES_KEY = 'jk:discovery:recent-searches'

const isQuery = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''
const sameQuery = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** The visitor's last 5 searches, newest first, kept only while analytics consent is granted. */
export function useRecentSearches(): { searches: string[]; remember: (query: string) => void } {
  const { entries, remember } = useConsentedList({ key: RECENT_SEARCHES_KEY, limit: 5, isEntry: isQuery, same: sameQuery })
  const rememberQuery = useCallback((query: string) => {
    if (query.trim()) remember(query.trim())
  }, [remember])
  return { searches: entries, remember: rememberQuery }
}
