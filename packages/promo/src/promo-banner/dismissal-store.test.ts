import { describe, expect, it, vi } from 'vitest'
import { dismissalKey, isDismissed, rememberDismissal, subscribeToDismissals } from './dismissal-store'

describe('dismissal store', () => {
  it('stores a dismissal under jk:promo:dismissed:<promotionId>', () => {
    expect(isDismissed('winter-sale-2026')).toBe(false)
    rememberDismissal('winter-sale-2026')
    expect(dismissalKey('winter-sale-2026')).toBe('jk:promo:dismissed:winter-sale-2026')
    expect(localStorage.getItem('jk:promo:dismissed:winter-sale-2026')).not.toBeNull()
    expect(isDismissed('winter-sale-2026')).toBe(true)
    expect(isDismissed('spring-sale-2027')).toBe(false)
  })

  it('tells subscribers about dismissals here and in other tabs until they unsubscribe', () => {
    const onChange = vi.fn()
    const unsubscribe = subscribeToDismissals(onChange)
    rememberDismissal('winter-sale-2026')
    window.dispatchEvent(new StorageEvent('storage', { key: dismissalKey('winter-sale-2026') }))
    expect(onChange).toHaveBeenCalledTimes(2)
    unsubscribe()
    rememberDismissal('winter-sale-2026')
    window.dispatchEvent(new StorageEvent('storage'))
    expect(onChange).toHaveBeenCalledTimes(2)
  })

  it('never throws when storage is full or blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError')
    })
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    const onChange = vi.fn()
    subscribeToDismissals(onChange)
    expect(() => rememberDismissal('winter-sale-2026')).not.toThrow()
    expect(onChange).toHaveBeenCalledOnce()
    expect(isDismissed('winter-sale-2026')).toBe(false)
  })

  it('treats storage that cannot even be reached as empty', () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    try {
      expect(() => rememberDismissal('winter-sale-2026')).not.toThrow()
      expect(isDismissed('winter-sale-2026')).toBe(false)
    } finally {
      // Restored here rather than by Vitest, because the shared afterEach clears localStorage first.
      blocked.mockRestore()
    }
  })
})
