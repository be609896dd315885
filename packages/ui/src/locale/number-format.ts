'use client'
import { toMajorUnits, type Money } from '@journeykit/core'
import { getNumberFormat } from './intl-cache'
import { useLocale } from './locale-context'

/** Locale-aware formatting of money and numbers: what most blocks need, without the date formatting of `Formatter`. */
export interface NumberFormatter {
  /** `{ amount: 1999, currency: 'EUR' }` → "€19.99" (en), "19,99 €" (de). Invalid money → "". */
  money(value: Money): string
  number(n: number, options?: Intl.NumberFormatOptions): string
  /** A ratio as a percentage: 0.125 → "12.5%". */
  percent(ratio: number): string
}

const formatters = new Map<string, NumberFormatter>()

/** The number formatter for a locale (one per locale, its Intl instances cached). */
export function createNumberFormatter(locale: string): NumberFormatter {
  let formatter = formatters.get(locale)
  if (formatter) return formatter
  formatter = {
    money(value) {
      try {
        if (!Number.isFinite(value.amount)) throw new RangeError(`amount ${value.amount}`)
        return getNumberFormat(locale, { style: 'currency', currency: value.currency }).format(toMajorUnits(value))
      } catch {
        if (process.env.NODE_ENV !== 'production') console.warn(`[journeykit] invalid money ${JSON.stringify(value)}`)
        return ''
      }
    },
    number(n, options) {
      return getNumberFormat(locale, options).format(n)
    },
    percent(ratio) {
      return getNumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio)
    },
  }
  formatters.set(locale, formatter)
  return formatter
}

/** Money and number formatting in the locale of the nearest `LocaleProvider`; stable across renders. */
export function useNumberFormat(): NumberFormatter {
  return createNumberFormatter(useLocale().locale)
}
