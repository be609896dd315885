import { describe, expect, it } from 'vitest'
import { createIsoFormatter } from './clock'

describe('createIsoFormatter', () => {
  it('formats like Date#toISOString across minutes, years and padding edges', () => {
    const toIso = createIsoFormatter()
    const instants = [
      '2026-03-01T10:00:00.000Z',
      '2026-03-01T10:00:00.007Z',
      '2026-03-01T10:00:09.070Z',
      '2026-03-01T10:00:59.999Z',
      '2026-03-01T10:01:00.000Z',
      '1999-12-31T23:59:59.999Z',
      '2000-01-01T00:00:00.000Z',
      '1969-12-31T23:59:58.500Z',
    ].map(Date.parse)
    for (let ms = Date.parse('2026-06-30T23:58:00Z'); ms < Date.parse('2026-07-01T00:02:00Z'); ms += 997) instants.push(ms)
    for (const ms of instants) {
      expect(toIso(ms)).toBe(new Date(ms).toISOString())
      expect(toIso(ms)).toBe(new Date(ms).toISOString())
    }
  })
})
