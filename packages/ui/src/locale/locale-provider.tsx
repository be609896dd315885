'use client'
import { useContext, useMemo, type ReactNode } from 'react'
import { LocaleContext, type MessageOverrides } from './locale-context'
import type { MessageValue, Translation } from './message-catalog'
import { resolveLocale } from './resolve-locale'

export { useLocale, useLocaleContext, type MessageOverrides } from './locale-context'

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

