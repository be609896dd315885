import { describe, expect, it } from 'vitest'
import { consentFromCookie } from './consent.server'
import { readCookie } from './cookies'
import { journeyIdFromCookie } from './experiments/journey-id'

describe('readCookie', () => {
  it('reads one cookie by its exact name, decoded', () => {
    const header = 'xjk_staff=evil; jk_staff=tok%3Den; other=1'
    expect(readCookie(header, 'jk_staff')).toBe('tok=en')
    expect(readCookie(header, 'jk_sta')).toBeUndefined()
  })

  it('treats a missing header, an absent cookie and an empty value alike', () => {
    expect(readCookie(null, 'jk_staff')).toBeUndefined()
    expect(readCookie('a=1', 'jk_staff')).toBeUndefined()
    expect(readCookie('jk_staff=; a=1', 'jk_staff')).toBeUndefined()
  })

  it('survives malformed pairs and bad percent-encoding', () => {
    expect(readCookie('garbage; ;=x; jk_aid=%E0%A4%A', 'jk_aid')).toBe('%E0%A4%A')
  })
})

describe('the shop cookies read through it', () => {
  it('takes the consent choice only from jk_consent', () => {
    expect(consentFromCookie('not_jk_consent=granted')).toBe('pending')
    expect(consentFromCookie('a=1; jk_consent=denied')).toBe('denied')
    expect(consentFromCookie('jk_consent=maybe')).toBe('pending')
  })

  it('takes the journey id only when it is a plain id', () => {
    expect(journeyIdFromCookie('jk_aid=abc-123')).toBe('abc-123')
    expect(journeyIdFromCookie('jk_aid=abc%3B123')).toBeUndefined()
    expect(journeyIdFromCookie('xjk_aid=abc')).toBeUndefined()
  })
})
