import { describe, expect, it } from 'vitest'
import { ADMIN_MESSAGES, adminLocale, translator } from './messages'

describe('back-office messages', () => {
  it('has every English string in German too, with the same placeholders', () => {
    for (const [key, english] of Object.entries(ADMIN_MESSAGES.en)) {
      const german = ADMIN_MESSAGES.de[key as keyof typeof ADMIN_MESSAGES.en]
      expect(german, key).toBeTruthy()
      expect(german.match(/\{\w+\}/g)?.sort(), key).toEqual(english.match(/\{\w+\}/g)?.sort())
    }
  })

  it('picks German only when the browser prefers it to English', () => {
    expect(adminLocale('de-DE,de;q=0.9,en;q=0.8')).toBe('de')
    expect(adminLocale('en-GB,de;q=0.5')).toBe('en')
    expect(adminLocale('fr-FR')).toBe('en')
    expect(adminLocale(null)).toBe('en')
  })

  it('fills in placeholders', () => {
    expect(translator('de')('order.title', { id: 'NW-1' })).toBe('Bestellung NW-1')
  })
})
