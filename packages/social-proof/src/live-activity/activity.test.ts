import { describe, expect, it, vi } from 'vitest'
import { sanitizeActivities, type Activity } from './activity'

describe('sanitizeActivities', () => {
  it('keeps only the allowed fields, newest first, and cuts names to the first word', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const input = [
      { id: 'a', kind: 'purchase', firstName: 'Lena Maier', city: 'Munich', productName: 'Trail Runner GTX', occurredAt: '2026-11-22T10:00:00Z', email: 'lena@example.com' },
      { id: 'b', kind: 'review', firstName: 'Tomasz', city: ' ', productName: 'Trail Runner GTX', occurredAt: new Date('2026-11-22T11:00:00Z') },
    ] as Activity[]
    expect(sanitizeActivities(input)).toEqual([
      { id: 'b', kind: 'review', firstName: 'Tomasz', productName: 'Trail Runner GTX', occurredAt: '2026-11-22T11:00:00.000Z' },
      { id: 'a', kind: 'purchase', firstName: 'Lena', city: 'Munich', productName: 'Trail Runner GTX', occurredAt: '2026-11-22T10:00:00.000Z' },
    ])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('first name only'))
  })

  it('drops records with a missing field, an unknown kind or an invalid time', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const base = { id: 'a', kind: 'purchase', firstName: 'Lena', productName: 'Socks', occurredAt: '2026-11-22T10:00:00Z' }
    const input = [
      { ...base, occurredAt: 'yesterday' },
      { ...base, kind: 'signup' },
      { ...base, firstName: '' },
      { ...base, productName: undefined },
      { ...base, id: undefined },
      null,
    ] as unknown as Activity[]
    expect(sanitizeActivities(input)).toEqual([])
    expect(warn).toHaveBeenCalledTimes(6)
  })
})
