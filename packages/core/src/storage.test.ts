import { afterEach, describe, expect, it, vi } from 'vitest'
import { createJourney } from './journey'
import { memoryStorage } from './journey-test-helpers'
import { createStore, defaultStorage, STORAGE_KEYS } from './storage'

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage')
})

describe('defaultStorage', () => {
  it('is null where there is no localStorage (the server)', () => {
    expect(defaultStorage()).toBeNull()
  })

  it('is null where reading localStorage throws (blocked storage, sandboxed frames)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError')
      },
    })
    expect(defaultStorage()).toBeNull()
    const onError = vi.fn()
    const journey = createJourney({ consent: 'granted', onError })
    expect(journey.track('page_viewed', {})).toBeDefined()
    expect(onError).not.toHaveBeenCalled()
  })

  it('is localStorage when it can be read', () => {
    const storage = memoryStorage()
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage })
    expect(defaultStorage()).toBe(storage)
  })
})

describe('createStore', () => {
  it('turns failures into storage errors', () => {
    const report = vi.fn()
    const failure = new Error('quota')
    const store = createStore(
      {
        getItem: () => {
          throw failure
        },
        setItem: () => {
          throw failure
        },
        removeItem: () => {
          throw failure
        },
      },
      report,
    )
    expect(store.read(STORAGE_KEYS.session)).toBeUndefined()
    store.write(STORAGE_KEYS.session, '{}')
    store.clear()
    expect(report.mock.calls.map(([error]) => error)).toEqual([
      { kind: 'storage', message: 'storage read of jk:session failed', cause: failure },
      { kind: 'storage', message: 'storage write of jk:session failed', cause: failure },
      { kind: 'storage', message: 'storage clear failed', cause: failure },
    ])
  })

  it('removes the known keys from a storage that cannot list its keys', () => {
    const storage = memoryStorage({ 'jk:anonymousId': 'a', 'jk:session': '{}', 'jk:returning': '1', other: 'x' })
    createStore(storage, vi.fn()).clear()
    expect([...storage.data.keys()]).toEqual(['other'])
  })

  it('ignores a stored session in an unknown shape', () => {
    const storage = memoryStorage({ [STORAGE_KEYS.session]: '{"id":1}', [STORAGE_KEYS.anonymousId]: 'a-1' })
    const journey = createJourney({ storage, consent: 'granted', id: () => 'fresh' })
    expect(journey.track('page_viewed', {})?.context).toMatchObject({ anonymousId: 'a-1', sessionId: 'fresh' })
  })
})
