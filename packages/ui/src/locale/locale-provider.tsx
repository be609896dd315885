'use client'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { MessageValue, Translation } from './message-catalog'
import { DEFAULT_LOCALE, resolveLocale, type SupportedLocale } from './resolve-locale'

/** Per-locale message overrides, keyed by supported locale and then by the full message key. */
export interface MessageOverrides {
  readonly [locale: string]: Readonly<Record<string, MessageValue>> | undefined
}

export interface LocaleProviderProps {
  /** A BCP 47 tag such as 'de-AT'; resolved to the closest supported locale. Defaults to the enclosing provider's locale, else 'en'. */
  locale?: string
  /**
   * Overrides of any catalog message, e.g. `{ de: { 'ui.close': 'Zumachen' } }`. They win over
   * the built-in catalogs. When omitted, the overrides of an enclosing provider apply.
   */
  messages?: MessageOverrides
  /**
   * The translations to use, e.g. `[uiDe, compareDe]` from `@journeykit/ui/locales/de` and
   * `@journeykit/compare/locales/de`. English is built in. Added to those of an enclosing provider.
   */
  translations?: readonly Translation[]
  children?: ReactNode
}

interface LocaleContextValue {
  locale: SupportedLocale
  overrides: MessageOverrides
  /** Translation messages merged per locale. */
  translations: MessageOverrides
}

const NONE: MessageOverrides = {}
const LocaleContext = createContext<LocaleContextValue>({ locale: DEFAULT_LOCALE, overrides: NONE, translations: NONE })

/** Sets the locale, translations and message overrides for every Journeykit component inside it. */
export function LocaleProvider({ locale, messages, translations, children }: LocaleProviderProps) {
  const parent = useContext(LocaleContext)
  const resolved = locale === undefined ? parent.locale : resolveLocale(locale)
  const overrides = messages ?? parent.overrides
  const merged = useMemo(() => mergeTranslations(parent.translations, translations), [parent.translations, translations])
  const value = useMemo(() => ({ locale: resolved, overrides, translations: merged }), [resolved, overrides, merged])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

function mergeTranslations(inherited: MessageOverrides, added: readonly Translation[] | undefined): MessageOverrides {
  if (!added?.length) return inherited
  const merged: Record<string, Record<string, MessageValue>> = {}
  for (const [locale, messages] of Object.entries(inherited)) merged[locale] = { ...messages }
  for (const { locale, messages } of added) merged[locale] = { ...merged[locale], ...messages }
  return merged
}

/** The resolved supported locale of the nearest `LocaleProvider` ('en' without one). */
export function useLocale(): { locale: SupportedLocale } {
  return { locale: useContext(LocaleContext).locale }
}

/** @internal the locale together with the provider's message overrides. */
export function useLocaleContext(): LocaleContextValue {
  return useContext(LocaleContext)
}
