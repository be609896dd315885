import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { LocaleProvider, useLocale, type MessageOverrides } from './locale-provider'
import { defineMessages, useMessages, type MessageKey, type MessageValue, type Translation } from './message-catalog'

const catalog = defineMessages({
  en: {
    'test.greeting': 'Hello, {name}!',
    'test.reviews': { one: '{count} review', other: '{count} reviews' },
    'test.total': 'Total: {amount}',
  },
})

type Key = MessageKey<typeof catalog>

const translations: Translation[] = [
  {
    locale: 'de',
    messages: {
      'test.greeting': 'Hallo, {name}!',
      'test.reviews': { one: '{count} Bewertung', other: '{count} Bewertungen' },
      'test.total': 'Summe: {amount}',
    } satisfies Record<Key, MessageValue>,
  },
  {
    locale: 'zh-CN',
    messages: { 'test.greeting': '你好，{name}！', 'test.reviews': '{count} 条评价', 'test.total': '合计：{amount}' } satisfies Record<
      Key,
      MessageValue
    >,
  },
  {
    locale: 'ro',
    messages: {
      'test.greeting': 'Salut, {name}!',
      'test.reviews': { one: 'o recenzie', few: '{count} recenzii', other: '{count} de recenzii' },
      'test.total': 'Total: {amount}',
    } satisfies Record<Key, MessageValue>,
  },
]

function translate(locale?: string, messages?: MessageOverrides) {
  const wrapper =
    locale === undefined && messages === undefined
      ? undefined
      : ({ children }: { children: ReactNode }) => (
          <LocaleProvider locale={locale} messages={messages} translations={translations}>
            {children}
          </LocaleProvider>
        )
  return renderHook(() => useMessages(catalog), { wrapper }).result.current
}

describe('useLocale', () => {
  it('is English without a provider', () => {
    expect(renderHook(() => useLocale()).result.current).toEqual({ locale: 'en' })
  })

  it('resolves the provider locale to a supported one', () => {
    const { result } = renderHook(() => useLocale(), {
      wrapper: ({ children }) => <LocaleProvider locale="de-AT">{children}</LocaleProvider>,
    })
    expect(result.current.locale).toBe('de')
  })

  it('falls back to English for an unsupported locale', () => {
    const { result } = renderHook(() => useLocale(), {
      wrapper: ({ children }) => <LocaleProvider locale="fr">{children}</LocaleProvider>,
    })
    expect(result.current.locale).toBe('en')
  })
})

describe('useMessages', () => {
  it('translates in English without a provider', () => {
    expect(translate()('test.greeting', { name: 'Ana' })).toBe('Hello, Ana!')
  })

  it('translates in the provider locale', () => {
    expect(translate('de')('test.greeting', { name: 'Ana' })).toBe('Hallo, Ana!')
    expect(translate('zh-Hans')('test.greeting', { name: 'Ana' })).toBe('你好，Ana！')
  })

  it('formats numeric placeholders for the locale', () => {
    expect(translate('en')('test.total', { amount: 1234.5 })).toBe('Total: 1,234.5')
    expect(translate('de')('test.total', { amount: 1234.5 })).toBe('Summe: 1.234,5')
  })

  it('inserts string placeholders as given and leaves unknown ones visible', () => {
    expect(translate('en')('test.total', { amount: '12,00' })).toBe('Total: 12,00')
    expect(translate('en')('test.greeting')).toBe('Hello, {name}!')
    expect(translate('en')('test.greeting', { other: 'x' })).toBe('Hello, {name}!')
  })

  it('chooses the plural form by count', () => {
    const en = translate('en')
    expect(en('test.reviews', { count: 1 })).toBe('1 review')
    expect(en('test.reviews', { count: 0 })).toBe('0 reviews')
    expect(en('test.reviews', { count: 1200 })).toBe('1,200 reviews')
  })

  it('uses the Romanian "few" form', () => {
    const ro = translate('ro')
    expect(ro('test.reviews', { count: 1 })).toBe('o recenzie')
    expect(ro('test.reviews', { count: 3 })).toBe('3 recenzii')
    expect(ro('test.reviews', { count: 0 })).toBe('0 recenzii')
    expect(ro('test.reviews', { count: 25 })).toBe('25 de recenzii')
  })

  it('uses the "other" form without a numeric count', () => {
    expect(translate('en')('test.reviews')).toBe('{count} reviews')
  })

  it('lets provider overrides win over the catalog', () => {
    const t = translate('de', { de: { 'test.greeting': 'Servus, {name}!' }, en: { 'test.greeting': 'Hi {name}' } })
    expect(t('test.greeting', { name: 'Ana' })).toBe('Servus, Ana!')
    expect(t('test.total', { amount: 1 })).toBe('Summe: 1')
  })

  it('accepts plural forms as overrides', () => {
    const t = translate('en', { en: { 'test.reviews': { one: 'one opinion', other: '{count} opinions' } } })
    expect(t('test.reviews', { count: 1 })).toBe('one opinion')
    expect(t('test.reviews', { count: 2 })).toBe('2 opinions')
  })

  it('inherits the overrides of an enclosing provider', () => {
    const { result } = renderHook(() => useMessages(catalog), {
      wrapper: ({ children }) => (
        <LocaleProvider locale="en" messages={{ de: { 'test.greeting': 'Servus, {name}!' } }} translations={translations}>
          <LocaleProvider locale="de">{children}</LocaleProvider>
        </LocaleProvider>
      ),
    })
    expect(result.current('test.greeting', { name: 'Ana' })).toBe('Servus, Ana!')
  })

  it('falls back to English, naming the translation to import, when a locale has no translation', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { result } = renderHook(() => useMessages(catalog), {
      wrapper: ({ children }) => <LocaleProvider locale="de">{children}</LocaleProvider>,
    })
    expect(result.current('test.greeting', { name: 'Ana' })).toBe('Hello, Ana!')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('@journeykit/test/locales/de'))
  })

  it("names a package's import by its package name, not its key namespace", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const socialProof = defineMessages({ en: { 'socialProof.ratingSummary.heading': 'Customer reviews' } })
    const { result } = renderHook(() => useMessages(socialProof), {
      wrapper: ({ children }) => <LocaleProvider locale="zh-CN">{children}</LocaleProvider>,
    })
    expect(result.current('socialProof.ratingSummary.heading')).toBe('Customer reviews')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('pass @journeykit/social-proof/locales/zh-CN to'))
  })

  it('adds the translations of nested providers to those of enclosing ones', () => {
    const extra: Translation = { locale: 'de', messages: { 'test.total': 'Gesamt: {amount}' } }
    const { result } = renderHook(() => useMessages(catalog), {
      wrapper: ({ children }) => (
        <LocaleProvider locale="de" translations={translations}>
          <LocaleProvider translations={[extra]}>{children}</LocaleProvider>
        </LocaleProvider>
      ),
    })
    expect(result.current('test.greeting', { name: 'Ana' })).toBe('Hallo, Ana!')
    expect(result.current('test.total', { amount: 2 })).toBe('Gesamt: 2')
  })

  it('falls back to the key, with a development warning, when no locale has the message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const t = translate('de') as (key: string) => string
    expect(t('test.missing')).toBe('test.missing')
    expect(t('toString')).toBe('toString')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('test.missing'))
  })
})

describe('translations', () => {
  it('must define every key of the catalogs they translate, and no other', () => {
    // @ts-expect-error 'test.total' is missing
    const missing = { 'test.greeting': 'Hallo', 'test.reviews': 'Bewertungen' } satisfies Record<Key, MessageValue>
    const unknown = {
      'test.greeting': 'Hallo',
      'test.reviews': 'Bewertungen',
      'test.total': 'Summe',
      // @ts-expect-error 'test.other' is not a key of the catalog
      'test.other': 'x',
    } satisfies Record<Key, MessageValue>
    expect(Object.keys(missing)).toHaveLength(2)
    expect(Object.keys(unknown)).toHaveLength(4)
  })
})
