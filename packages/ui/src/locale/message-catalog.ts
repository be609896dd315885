'use client'
import { useCallback } from 'react'
import { getNumberFormat, getPluralRules } from './intl-cache'
import { useLocaleContext } from './locale-provider'
import { DEFAULT_LOCALE, type SupportedLocale } from './resolve-locale'

/**
 * A message: a template with `{name}` placeholders, or plural forms chosen by the `count` value
 * with `Intl.PluralRules` (`other` is required; a missing form falls back to it).
 */
export type MessageValue =
  | string
  | { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string }

/** Every supported locale with every key `K`: made by `defineMessages`, read by `useMessages`. */
export type MessageCatalog<K extends string> = {
  readonly [L in SupportedLocale]: Readonly<Record<K, MessageValue>>
}

/** Values for a message's placeholders; numbers are formatted for the locale. */
export type MessageValues = Record<string, string | number>

/** Translates a key of a catalog into the current locale. */
export type TranslateFunction<K extends string> = (key: K, values?: MessageValues) => string

/**
 * Declares a message catalog. Every locale must define every key: a key missing in one locale
 * is a compile error.
 */
export function defineMessages<K extends string>(
  catalog: Record<SupportedLocale, Record<K, MessageValue>>,
): MessageCatalog<K> {
  return catalog
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g

/** Fills a message for a locale: picks the plural form by `values.count`, then the placeholders. */
export function formatMessage(locale: string, message: MessageValue, values?: MessageValues): string {
  const template = typeof message === 'string' ? message : pluralForm(locale, message, values?.count)
  if (!values) return template
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (!Object.hasOwn(values, name)) return placeholder
    const value = values[name]!
    return typeof value === 'number' ? getNumberFormat(locale).format(value) : value
  })
}

function pluralForm(locale: string, forms: Exclude<MessageValue, string>, count: unknown): string {
  if (typeof count !== 'number' || !Number.isFinite(count)) return forms.other
  const category = getPluralRules(locale).select(count) as keyof typeof forms
  return forms[category] ?? forms.other
}

function lookup(
  table: Readonly<Record<string, MessageValue>> | undefined,
  key: string,
): MessageValue | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined
}

/**
 * The translate function for a catalog in the current locale. Provider overrides win over the
 * catalog; a message missing in the locale falls back to English, then to the key itself.
 * Works without a `LocaleProvider` (English).
 */
export function useMessages<K extends string>(catalog: MessageCatalog<K>): TranslateFunction<K> {
  const { locale, overrides } = useLocaleContext()
  return useCallback(
    (key: K, values?: MessageValues) => {
      for (const source of locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE]) {
        const message = lookup(overrides[source], key) ?? lookup(catalog[source], key)
        if (message !== undefined) return formatMessage(source, message, values)
      }
      if (process.env.NODE_ENV !== 'production') {
        console.warn(`[journeykit] missing message "${key}" for locale "${locale}"`)
      }
      return key
    },
    [catalog, locale, overrides],
  )
}
