import { afterEach, describe, expect, it, vi } from 'vitest'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('randomId', () => {
  afterEach(() => {
    vi.resetModules()
  })

  it('returns distinct v4 UUIDs, also past the first pool of random bytes', async () => {
    const { randomId } = await import('./id')
    const ids = Array.from({ length: 600 }, randomId)
    for (const id of ids) expect(id).toMatch(UUID_V4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('falls back to Math.random without crypto', async () => {
    vi.stubGlobal('crypto', undefined)
    const random = vi.spyOn(Math, 'random')
    const { randomId } = await import('./id')
    const ids = [randomId(), randomId()]
    expect(random).toHaveBeenCalled()
    for (const id of ids) expect(id).toMatch(UUID_V4)
    expect(ids[0]).not.toBe(ids[1])
  })
})
