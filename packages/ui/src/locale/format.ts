'use client'
import { getDateTimeFormat, getRelativeTimeFormat } from './intl-cache'
import { useLocale } from './locale-context'
import { createNumberFormatter, type NumberFormatter } from './number-format'

/** Locale-aware formatting of money, numbers, percentages, dates and relative times. */
export interface Formatter extends NumberFormatter {
  /** Defaults to the medium date style ("Nov 22, 2026"). An invalid date → "". */
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string
  /** "3 days ago", "in 2 hours", "yesterday", relative to `now` (default: the current time). */
  relativeTime(value: Date | string | number, now?: Date): string
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

function warn(message: string): void {
  if (process.env.NODE_ENV !== 'production') console.warn(`[journeykit] ${message}`)
}

function toDate(value: Date | string | number): Date | undefined {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

const formatters = new Map<string, Formatter>()

/** The formatter for a locale (one per locale, its Intl instances cached). */
export function createFormatter(locale: string): Formatter {
  const existing = formatters.get(locale)
  if (existing) return existing
  const formatter: Formatter = {
    ...createNumberFormatter(locale),
    date(value, options = { dateStyle: 'medium' }) {
      const date = toDate(value)
      if (!date) {
        warn(`invalid date ${String(value)}`)
        return ''
      }
      return getDateTimeFormat(locale, options).format(date)
    },
    relativeTime(value, now = new Date()) {
      const date = toDate(value)
      if (!date) {
        warn(`invalid date ${String(value)}`)
        return ''
      }
      const seconds = (date.getTime() - now.getTime()) / 1000
      const [unit, size] = RELATIVE_UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1]
      // `+ 0` turns -0 into 0, which formats as "now" rather than "0 seconds ago".
      return getRelativeTimeFormat(locale).format(Math.round(seconds / size) + 0, unit)
    },
  }
  formatters.set(locale, formatter)
  return formatter
}

/** Formatting in the locale of the nearest `LocaleProvider`. */
export function useFormat(): Formatter {
  // `createFormatter` keeps one formatter per locale, so this is stable across renders.
  return createFormatter(useLocale().locale)
}
