// Intl constructors are costly (locale negotiation, data loading): one instance per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>()
const pluralRules = new Map<string, Intl.PluralRules>()

function cached<T>(cache: Map<string, T>, locale: string, options: object | undefined, create: () => T): T {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale
  let instance = cache.get(key)
  if (instance === undefined) {
    instance = create()
    cache.set(key, instance)
  }
  return instance
}

export function getNumberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options))
}

export function getDateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options))
}

export function getRelativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  return cached(relativeTimeFormats, locale, undefined, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }))
}

export function getPluralRules(locale: string): Intl.PluralRules {
  return cached(pluralRules, locale, undefined, () => new Intl.PluralRules(locale))
}
