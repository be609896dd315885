import { describe, expect, it, vi } from 'vitest'
import { getCompareStore } from './compare-store'

let lists = 0
const freshList = () => `store-test-${++lists}`
const aurora = { id: 'hp-aurora-5', name: 'Northwind Aurora 5' }
const kestrel = { id: 'hp-kestrel-studio', name: 'Kestrel Studio Pro' }
const lumen = { id: 'hp-lumen-air-2', name: 'Lumen Air 2' }

describe('getCompareStore', () => {
  it('keeps the picked products in sessionStorage under jk:compare:<listId>', () => {
    const listId = freshList()
    const store = getCompareStore(listId)
    store.add(aurora, 4)
    store.add(kestrel, 4)
    expect(JSON.parse(sessionStorage.getItem(`jk:compare:${listId}`)!)).toEqual([aurora, kestrel])
    store.remove(aurora.id)
    expect(store.getSnapshot()).toEqual([kestrel])
    store.clear()
    expect(store.getSnapshot()).toEqual([])
    expect(sessionStorage.getItem(`jk:compare:${listId}`)).toBeNull()
  })

  it('keeps a product’s image with it, and nothing else it was given', () => {
    const listId = freshList()
    const image = { src: '/img/aurora-5.webp', alt: 'Black over-ear headphones' }
    getCompareStore(listId).add({ ...aurora, image, price: 34900 } as typeof aurora, 4)
    expect(JSON.parse(sessionStorage.getItem(`jk:compare:${listId}`)!)).toEqual([{ ...aurora, image }])
  })

  it('restores the choice saved before a reload', () => {
    const listId = freshList()
    sessionStorage.setItem(`jk:compare:${listId}`, JSON.stringify([aurora, { id: 42 }, kestrel]))
    expect(getCompareStore(listId).getSnapshot()).toEqual([aurora, kestrel])
  })

  it('can use localStorage instead', () => {
    const listId = freshList()
    getCompareStore(listId, 'local').add(lumen, 4)
    expect(JSON.parse(localStorage.getItem(`jk:compare:${listId}`)!)).toEqual([lumen])
    expect(sessionStorage.getItem(`jk:compare:${listId}`)).toBeNull()
  })

  it('refuses a product beyond the limit and keeps a product picked twice once', () => {
    const store = getCompareStore(freshList())
    expect(store.add(aurora, 2)).toBe(true)
    expect(store.add(aurora, 2)).toBe(true)
    expect(store.add(kestrel, 2)).toBe(true)
    expect(store.add(lumen, 2)).toBe(false)
    expect(store.getSnapshot().map((entry) => entry.id)).toEqual([aurora.id, kestrel.id])
  })

  it('returns the same snapshot until something changes, and tells listeners what changed', () => {
    const store = getCompareStore(freshList())
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    const before = store.getSnapshot()
    expect(store.getSnapshot()).toBe(before)
    store.add(aurora, 4)
    store.remove('unknown-id')
    store.remove(aurora.id)
    store.add(kestrel, 4)
    store.clear()
    store.clear()
    expect(listener.mock.calls.map(([change]) => change)).toEqual([
      { type: 'add', entry: aurora },
      { type: 'remove', entry: aurora },
      { type: 'add', entry: kestrel },
      { type: 'clear' },
    ])
    unsubscribe()
    store.add(lumen, 4)
    expect(listener).toHaveBeenCalledTimes(4)
  })

  it('ignores unreadable stored data', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const listId = freshList()
    sessionStorage.setItem(`jk:compare:${listId}`, '{not json')
    expect(getCompareStore(listId).getSnapshot()).toEqual([])
    expect(warn).toHaveBeenCalled()
  })

  it('keeps working in memory when storage throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const store = getCompareStore(freshList())
    expect(store.getSnapshot()).toEqual([])
    expect(store.add(aurora, 4)).toBe(true)
    expect(store.getSnapshot()).toEqual([aurora])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not keep the comparison'))
  })

  it('works where there is no storage at all (server)', () => {
    vi.stubGlobal('sessionStorage', undefined)
    const store = getCompareStore(freshList())
    expect(store.add(aurora, 4)).toBe(true)
    expect(store.getSnapshot()).toEqual([aurora])
  })
})
