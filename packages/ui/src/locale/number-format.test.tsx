import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from './locale-provider'
import { useNumberFormat } from './number-format'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

function formatter(locale?: string) {
  return renderHook(() => useNumberFormat(), {
    wrapper: locale ? ({ children }) => <LocaleProvider locale={locale}>{children}</LocaleProvider> : undefined,
  }).result.current
}

describe('useNumberFormat()', () => {
  it('formats money, numbers and percentages in the provider’s locale', () => {
    const german = formatter('de')
    expect(plain(german.money({ amount: 1999, currency: 'EUR' }))).toBe('19,99 €')
    expect(german.number(1234.5)).toBe('1.234,5')
    expect(plain(german.percent(0.125))).toBe('12,5 %')
  })

  it('falls back to English without a provider', () => {
    expect(formatter().money({ amount: 1999, currency: 'EUR' })).toBe('€19.99')
  })

  it('returns an empty string, with a development warning, for invalid money', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(formatter().money({ amount: Number.NaN, currency: 'EUR' })).toBe('')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invalid money'))
    warn.mockRestore()
  })

  it('is the same object across renders, so memoised children do not re-render', () => {
    const { result, rerender } = renderHook(() => useNumberFormat())
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
  })
})
