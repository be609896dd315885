/** The locales Journeykit ships messages for. */
export const SUPPORTED_LOCALES = ['en', 'de', 'zh-CN', 'ro'] as const

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]

export const DEFAULT_LOCALE: SupportedLocale = 'en'

/**
 * The supported locale for a BCP 47 tag: the exact locale ('zh-cn' → 'zh-CN'), else the one with
 * the same language ('de-AT' → 'de', 'zh-Hans' → 'zh-CN'), else 'en'.
 */
export function resolveLocale(tag: string | undefined | null): SupportedLocale {
  if (!tag) return DEFAULT_LOCALE
  const normalized = tag.trim().replace(/_/g, '-').toLowerCase()
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === normalized)
  if (exact) return exact
  const language = normalized.split('-')[0]
  return SUPPORTED_LOCALES.find((locale) => locale.split('-')[0]!.toLowerCase() === language) ?? DEFAULT_LOCALE
}
