'use client'
import { useCallback } from 'react'
import { getNumberFormat, getPluralRules } from './intl-cache'
import { useLocaleContext } from './locale-context'
import { DEFAULT_LOCALE, type SupportedLocale } from './resolve-locale'

/**
 * A message: a template with `{name}` placeholders, or plural forms chosen by the `count` value
 * with `Intl.PluralRules` (`other` is required; a missing form falls back to it).
 */
export type MessageValue =
  | string
  | { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string }

/**
 * A block's messages in English, the built-in locale, made by `defineMessages` and read by
 * `useMessages`. The other locales ship as translations (see `Translation`), so an app bundles
 * only the languages it uses.
 */
export interface MessageCatalog<K extends string> {
  readonly en: Readonly<Record<K, MessageValue>>
}

/** The keys of a catalog: `MessageKey<typeof comparisonTableMessages>`. */
export type MessageKey<C> = C extends MessageCatalog<infer K> ? K : never

/**
 * The messages of one locale for one or more catalogs. Each package ships one per supported
 * locale as `@journeykit/<package>/locales/<locale>`, typed so that a missing or unknown key
 * is a compile error:
 *
 * ```ts
 * export default {
 *   locale: 'de',
 *   messages: { 'compare.comparisonTable.remove': 'Entfernen' } satisfies Record<CompareMessageKey, MessageValue>,
 * } satisfies Translation
 * ```
 *
 * Apps pass the translations they use to `<LocaleProvider translations={[...]}>`.
 */
export interface Translation {
  readonly locale: SupportedLocale
  readonly messages: Readonly<Record<string, MessageValue>>
}

/** Values for a message's placeholders; numbers are formatted for the locale. */
export type MessageValues = Record<string, string | number>

/** Translates a key of a catalog into the current locale. */
export type TranslateFunction<K extends string> = (key: K, values?: MessageValues) => string

/** Declares a catalog of English messages; keys are namespaced `<package>.<block>.<name>`. */
export function defineMessages<K extends string>(catalog: { en: Record<K, MessageValue> }): MessageCatalog<K> {
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

const warned = new Set<string>()

/**
 * The translate function for a catalog in the current locale. Lookup order: the provider's
 * overrides for the locale, the provider's translations for the locale, then English (overrides,
 * then the catalog), then the key itself. A missing translation warns once in development,
 * naming the translation to import. Works without a `LocaleProvider` (English).
 */
export function useMessages<K extends string>(catalog: MessageCatalog<K>): TranslateFunction<K> {
  const { locale, overrides, translations } = useLocaleContext()
  return useCallback(
    (key: K, values?: MessageValues) => {
      if (locale !== DEFAULT_LOCALE) {
        const message = lookup(overrides[locale], key) ?? lookup(translations[locale], key)
        if (message !== undefined) return formatMessage(locale, message, values)
        if (process.env.NODE_ENV !== 'production') warnOnce(`no "${locale}" translation for "${key}"; pass @journeykit/${packageOf(key)}/locales/${locale} to <LocaleProvider translations>`)
      }
      const message = lookup(overrides[DEFAULT_LOCALE], key) ?? lookup(catalog.en, key)
      if (message !== undefined) return formatMessage(DEFAULT_LOCALE, message, values)
      if (process.env.NODE_ENV !== 'production') warnOnce(`missing message "${key}"`)
      return key
    },
    [catalog, locale, overrides, translations],
  )
}

/** The package a key belongs to: its namespace in kebab case (`socialProof.…` → `social-proof`). */
function packageOf(key: string): string {
  return key.split('.')[0]!.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}

function warnOnce(message: string) {
  if (warned.has(message)) return
  warned.add(message)
  console.warn(`[journeykit] ${message}`)
}
