import { describe, expect, it, vi } from 'vitest'
import { isSnoozed, snooze, snoozeKey } from './snooze'

describe('survey snooze', () => {
  const now = Date.parse('2026-11-22T10:00:00Z')

  it('stores the end of the snooze and respects it until then', () => {
    snooze('post-purchase-nps', 14, now)
    expect(localStorage.getItem(snoozeKey('post-purchase-nps'))).toBe('2026-12-06T10:00:00.000Z')
    expect(snoozeKey('post-purchase-nps')).toBe('jk:survey:post-purchase-nps:snoozedUntil')
    expect(isSnoozed('post-purchase-nps', now + 13 * 86_400_000)).toBe(true)
    expect(isSnoozed('post-purchase-nps', now + 14 * 86_400_000)).toBe(false)
    expect(isSnoozed('another-survey', now)).toBe(false)
  })

  it('ignores garbage and survives storage that throws', () => {
    localStorage.setItem(snoozeKey('nps'), 'tomorrow-ish')
    expect(isSnoozed('nps', now)).toBe(false)
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(() => snooze('nps', 30, now)).not.toThrow()
    expect(isSnoozed('nps', now)).toBe(false)
  })
})
