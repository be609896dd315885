'use client'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { MessageValue } from './message-catalog'
import { DEFAULT_LOCALE, resolveLocale, type SupportedLocale } from './resolve-locale'

/** Per-locale message overrides, keyed by supported locale and then by the full message key. */
export interface MessageOverrides {
  readonly [locale: string]: Readonly<Record<string, MessageValue>> | undefined
}

export interface LocaleProviderProps {
  /** A BCP 47 tag such as 'de-AT'; resolved to the closest supported locale. Defaults to 'en'. */
  locale?: string
  /**
   * Overrides of any catalog message, e.g. `{ de: { 'ui.close': 'Zumachen' } }`. They win over
   * the built-in catalogs. When omitted, the overrides of an enclosing provider apply.
   */
  messages?: MessageOverrides
  children?: ReactNode
}

interface LocaleContextValue {
  locale: SupportedLocale
  overrides: MessageOverrides
}

const NO_OVERRIDES: MessageOverrides = {}
const LocaleContext = createContext<LocaleContextValue>({ locale: DEFAULT_LOCALE, overrides: NO_OVERRIDES })

/** Sets the locale and message overrides for every Journeykit component inside it. */
export function LocaleProvider({ locale = DEFAULT_LOCALE, messages, children }: LocaleProviderProps) {
  const parent = useContext(LocaleContext)
  const resolved = resolveLocale(locale)
  const overrides = messages ?? parent.overrides
  const value = useMemo(() => ({ locale: resolved, overrides }), [resolved, overrides])
  return <LocaleContext value={value}>{children}</LocaleContext>
}

/** The resolved supported locale of the nearest `LocaleProvider` ('en' without one). */
export function useLocale(): { locale: SupportedLocale } {
  return { locale: useContext(LocaleContext).locale }
}

/** @internal the locale together with the provider's message overrides. */
export function useLocaleContext(): LocaleContextValue {
  return useContext(LocaleContext)
}
