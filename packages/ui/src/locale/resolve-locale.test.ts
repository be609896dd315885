import { describe, expect, it } from 'vitest'
import { resolveLocale, SUPPORTED_LOCALES } from './resolve-locale'

describe('resolveLocale', () => {
  it('keeps every supported locale as it is', () => {
    for (const locale of SUPPORTED_LOCALES) expect(resolveLocale(locale)).toBe(locale)
  })

  it('matches exactly regardless of case and separator', () => {
    expect(resolveLocale('zh-cn')).toBe('zh-CN')
    expect(resolveLocale('zh_CN')).toBe('zh-CN')
    expect(resolveLocale('DE')).toBe('de')
  })

  it('falls back to a supported locale of the same language', () => {
    expect(resolveLocale('de-AT')).toBe('de')
    expect(resolveLocale('de-CH')).toBe('de')
    expect(resolveLocale('zh')).toBe('zh-CN')
    expect(resolveLocale('zh-Hans')).toBe('zh-CN')
    expect(resolveLocale('ro-MD')).toBe('ro')
    expect(resolveLocale('en-GB')).toBe('en')
  })

  it('falls back to English for unsupported, empty or malformed tags', () => {
    expect(resolveLocale('fr-FR')).toBe('en')
    expect(resolveLocale('')).toBe('en')
    expect(resolveLocale(undefined)).toBe('en')
    expect(resolveLocale('!!')).toBe('en')
  })
})
