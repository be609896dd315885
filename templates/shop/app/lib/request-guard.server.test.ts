import { describe, expect, it } from 'vitest'
import { malformedTarget } from './request-guard.server'

describe('malformedTarget', () => {
  it.each(['/', '/p/aurora-5', '/c/headphones?sort=price-asc&q=caf%C3%A9+noir', '/orders/1?token=abc%2Bdef', '/?q=100%25'])('serves %s', (target) => {
    expect(malformedTarget(target)).toBeUndefined()
  })

  it.each([
    ['/p/%00', 'NUL byte'],
    ['/c/x?q=a%00b', 'NUL byte'],
    ['/c/x?%00=1', 'NUL byte'],
    ['/c/%ZZ', 'percent-encoding'],
    ['/?q=%E0%A4%A', 'percent-encoding'],
    ['/?q=%C3%28', 'not UTF-8'],
    ['*', 'must be a path'],
  ])('refuses %s', (target, reason) => {
    expect(malformedTarget(target)).toContain(reason)
  })
})
