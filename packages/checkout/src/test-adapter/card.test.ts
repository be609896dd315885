import { describe, expect, it } from 'vitest'
import { formatCardNumber, formatExpiry, isValidCardNumber, isValidCvc, isValidExpiry } from './card'

describe('card helpers', () => {
  it('checks the Luhn checksum', () => {
    expect(isValidCardNumber('4242 4242 4242 4242')).toBe(true)
    expect(isValidCardNumber('4000 0000 0000 0002')).toBe(true)
    expect(isValidCardNumber('4000 0025 0000 3155')).toBe(true)
    expect(isValidCardNumber('4242 4242 4242 4241')).toBe(false)
    expect(isValidCardNumber('4242')).toBe(false)
  })

  it('formats the number and expiry while typing', () => {
    expect(formatCardNumber('4242424242424242')).toBe('4242 4242 4242 4242')
    expect(formatExpiry('1')).toBe('1')
    expect(formatExpiry('122')).toBe('12 / 2')
    expect(formatExpiry('12/28')).toBe('12 / 28')
  })

  it('rejects past and impossible expiry dates', () => {
    const now = new Date(2026, 10, 22)
    expect(isValidExpiry('11 / 26', now)).toBe(true)
    expect(isValidExpiry('10 / 26', now)).toBe(false)
    expect(isValidExpiry('13 / 30', now)).toBe(false)
    expect(isValidExpiry('01 / 27', now)).toBe(true)
    expect(isValidExpiry('1 / 2', now)).toBe(false)
  })

  it('accepts three or four digit CVCs', () => {
    expect(isValidCvc('123')).toBe(true)
    expect(isValidCvc('1234')).toBe(true)
    expect(isValidCvc('12')).toBe(false)
    expect(isValidCvc('12a')).toBe(false)
  })
})
