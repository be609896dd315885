'use client'
import { createContext, useContext } from 'react'
import type { MessageValue } from './message-catalog'
import { DEFAULT_LOCALE, type SupportedLocale } from './resolve-locale'

// Apart from LocaleProvider, so that a block reading the locale does not bring the provider's code.

/** Per-locale message overrides, keyed by supported locale and then by the full message key. */
export interface MessageOverrides {
  readonly [locale: string]: Readonly<Record<string, MessageValue>> | undefined
}

export interface LocaleContextValue {
  locale: SupportedLocale
  overrides: MessageOverrides
  /** Translation messages merged per locale. */
  translations: MessageOverrides
}

const NONE: MessageOverrides = {}
export const LocaleContext = createContext<LocaleContextValue>({ locale: DEFAULT_LOCALE, overrides: NONE, translations: NONE })

/** The resolved supported locale of the nearest `LocaleProvider` ('en' without one). */
export function useLocale(): { locale: SupportedLocale } {
  return { locale: useContext(LocaleContext).locale }
}

/** @internal the locale together with the provider's message overrides. */
export function useLocaleContext(): LocaleContextValue {
  return useContext(LocaleContext)
}
