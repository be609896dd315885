import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useFormat } from './format'
import { LocaleProvider } from './locale-provider'

// Intl output uses narrow/non-breaking spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

function formatter(locale?: string) {
  return renderHook(() => useFormat(), {
    wrapper: locale ? ({ children }) => <LocaleProvider locale={locale}>{children}</LocaleProvider> : undefined,
  }).result.current
}

describe('useFormat().money', () => {
  it('formats integer minor units in English without a provider', () => {
    expect(formatter().money({ amount: 1999, currency: 'EUR' })).toBe('€19.99')
    expect(formatter().money({ amount: 100000, currency: 'USD' })).toBe('$1,000.00')
  })

  it('formats for German', () => {
    expect(plain(formatter('de').money({ amount: 1999, currency: 'EUR' }))).toBe('19,99 €')
  })

  it('respects currencies without minor units (JPY)', () => {
    expect(formatter('en').money({ amount: 1999, currency: 'JPY' })).toBe('¥1,999')
    expect(formatter('ja').money({ amount: 1999, currency: 'JPY' })).toBe('¥1,999')
  })

  it('formats for Chinese and Romanian', () => {
    expect(formatter('zh-CN').money({ amount: 1999, currency: 'CNY' })).toBe('¥19.99')
    expect(plain(formatter('ro').money({ amount: 123456, currency: 'RON' }))).toBe('1.234,56 RON')
  })

  it('returns an empty string with a warning for invalid money', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(formatter().money({ amount: 100, currency: 'NOT-A-CURRENCY' })).toBe('')
    expect(formatter().money({ amount: Number.NaN, currency: 'EUR' })).toBe('')
    expect(warn).toHaveBeenCalledTimes(2)
  })
})

describe('useFormat', () => {
  it('formats numbers and percentages for the locale', () => {
    expect(formatter('de').number(1234.5)).toBe('1.234,5')
    expect(formatter('en').number(0.456, { maximumFractionDigits: 1 })).toBe('0.5')
    expect(formatter('en').percent(0.125)).toBe('12.5%')
    expect(plain(formatter('de').percent(0.2))).toBe('20 %')
  })

  it('formats dates from Date, ISO strings and timestamps', () => {
    const date = new Date(Date.UTC(2026, 10, 22, 12))
    const en = formatter('en')
    expect(en.date(date, { dateStyle: 'long', timeZone: 'UTC' })).toBe('November 22, 2026')
    expect(en.date('2026-11-22T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).toBe('November 22, 2026')
    expect(formatter('de').date(date.getTime(), { dateStyle: 'long', timeZone: 'UTC' })).toBe('22. November 2026')
  })

  it('returns an empty string for an invalid date', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(formatter().date('not a date')).toBe('')
    expect(formatter().relativeTime('not a date')).toBe('')
  })

  it('formats relative times against a given now', () => {
    const now = new Date('2026-11-22T12:00:00Z')
    const en = formatter('en')
    expect(en.relativeTime(new Date('2026-11-22T11:59:30Z'), now)).toBe('30 seconds ago')
    expect(en.relativeTime(new Date('2026-11-22T12:00:00Z'), now)).toBe('now')
    expect(en.relativeTime('2026-11-22T09:00:00Z', now)).toBe('3 hours ago')
    expect(en.relativeTime('2026-11-21T12:00:00Z', now)).toBe('yesterday')
    expect(en.relativeTime('2026-11-25T12:00:00Z', now)).toBe('in 3 days')
    expect(en.relativeTime('2026-09-22T12:00:00Z', now)).toBe('2 months ago')
    expect(formatter('de').relativeTime('2026-11-19T12:00:00Z', now)).toBe('vor 3 Tagen')
  })

  it('defaults now to the current time', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') })
    try {
      expect(formatter('en').relativeTime('2026-11-22T11:55:00Z')).toBe('5 minutes ago')
    } finally {
      vi.useRealTimers()
    }
  })
})
