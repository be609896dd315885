'use client'
import type { ConsentState } from '@journeykit/core'
import { useJourney } from '@journeykit/react'
import { useCallback, useEffect, useRef, useState } from 'react'

const analyticsGranted = (consent: ConsentState | 'pending') => consent !== 'pending' && consent.analytics

interface ConsentedListOptions<T> {
  /** The localStorage key. */
  key: string
  /** The most entries kept. */
  limit: number
  /** Whether a stored value is a valid entry (storage is the visitor's to change). */
  isEntry: (value: unknown) => value is T
  /** Whether two entries are the same one (a repeated entry moves to the front). */
  same: (a: T, b: T) => boolean
}

function read<T>({ key, limit, isEntry }: ConsentedListOptions<T>): T[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(stored) ? stored.filter(isEntry).slice(0, limit) : []
  } catch {
    return []
  }
}

function write(key: string, entries: unknown[]): void {
  try {
    if (entries.length) localStorage.setItem(key, JSON.stringify(entries))
    else localStorage.removeItem(key)
  } catch {
    // storage blocked or full: these lists are a convenience, the page works without them
  }
}

/**
 * A list of the visitor's own recent things, newest first, kept in localStorage only while the
 * journey's analytics consent is granted: nothing is read or written while it is pending, and the
 * list is deleted when consent is denied or withdrawn. Empty on the server and until mounted.
 */
export function useConsentedList<T>(options: ConsentedListOptions<T>): { entries: T[]; remember: (entry: T) => void } {
  const journey = useJourney()
  const [entries, setEntries] = useState<T[]>([])
  // The latest options, so the effects need not re-run when a caller passes them inline.
  const latest = useRef(options)
  latest.current = options

  useEffect(() => {
    const follow = (consent: ConsentState | 'pending') => {
      if (analyticsGranted(consent)) setEntries(read(latest.current))
      else {
        if (consent !== 'pending') write(latest.current.key, [])
        setEntries([])
      }
    }
    follow(journey.getConsent())
    return journey.onConsent?.(follow)
  }, [journey])

  const remember = useCallback(
    (entry: T) => {
      if (!analyticsGranted(journey.getConsent())) return
      const current = latest.current
      const next = [entry, ...read(current).filter((other) => !current.same(other, entry))].slice(0, current.limit)
      write(current.key, next)
      setEntries(next)
    },
    [journey],
  )

  return { entries, remember }
}
