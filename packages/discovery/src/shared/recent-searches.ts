'use client'
import type { ConsentState, Journey } from '@journeykit/core'
import { useJourney } from '@journeykit/react'
import { useCallback, useEffect, useState } from 'react'

export const RECENT_SEARCHES_KEY = 'jk:discovery:recent-searches'
const LIMIT = 5

const analyticsGranted = (consent: ConsentState | 'pending') => consent !== 'pending' && consent.analytics

function read(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(RECENT_SEARCHES_KEY) ?? '[]')
    return Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string').slice(0, LIMIT) : []
  } catch {
    return []
  }
}

function write(searches: string[]): void {
  try {
    if (searches.length) localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify(searches))
    else localStorage.removeItem(RECENT_SEARCHES_KEY)
  } catch {
    // storage blocked or full: recent searches are a convenience, the search still works
  }
}

/**
 * The visitor's last searches, newest first, kept in localStorage only while analytics consent
 * is granted; withdrawing it (or a journey that starts without it) forgets them.
 */
export function useRecentSearches(): { searches: string[]; remember: (query: string) => void } {
  const journey: Journey = useJourney()
  const [searches, setSearches] = useState<string[]>([])

  useEffect(() => {
    const follow = (consent: ConsentState | 'pending') => {
      if (analyticsGranted(consent)) setSearches(read())
      else {
        if (consent !== 'pending') write([])
        setSearches([])
      }
    }
    follow(journey.getConsent())
    return journey.onConsent?.(follow)
  }, [journey])

  const remember = useCallback(
    (query: string) => {
      const trimmed = query.trim()
      if (!trimmed || !analyticsGranted(journey.getConsent())) return
      const next = [trimmed, ...read().filter((entry) => entry.toLowerCase() !== trimmed.toLowerCase())].slice(0, LIMIT)
      write(next)
      setSearches(next)
    },
    [journey],
  )

  return { searches, remember }
}
