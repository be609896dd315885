import { describe, expect, it } from 'vitest'
import { CLIENT_ADDRESS_HEADER, clientAddress, rateLimit, resetRateLimits, resolveClientAddress } from './rate-limit.server'

describe('resolveClientAddress', () => {
  it.each([
    ['no proxy: the socket, whatever X-Forwarded-For claims', '10.0.0.9', '203.0.113.7', 0, '10.0.0.9'],
    ['one proxy: the entry that proxy appended', '10.0.0.9', '198.51.100.1, 203.0.113.7', 1, '203.0.113.7'],
    ['two proxies: two entries from the right', '10.0.0.9', 'spoofed, 203.0.113.7, 10.0.0.8', 2, '203.0.113.7'],
    ['more proxies configured than hops: the leftmost entry', '10.0.0.9', '203.0.113.7', 3, '203.0.113.7'],
    ['a proxy without the header: the socket', '10.0.0.9', null, 1, '10.0.0.9'],
    ['an IPv4-mapped IPv6 socket address', '::ffff:127.0.0.1', null, 0, '127.0.0.1'],
  ])('%s', (_name, socket, forwardedFor, trustProxy, expected) => {
    expect(resolveClientAddress(socket, forwardedFor, trustProxy)).toBe(expected)
  })
})

describe('clientAddress', () => {
  it('reads only the address the server set, never X-Forwarded-For', () => {
    expect(clientAddress(new Request('http://shop.test/', { headers: { 'x-forwarded-for': '203.0.113.7' } }))).toBe('local')
    expect(clientAddress(new Request('http://shop.test/', { headers: { [CLIENT_ADDRESS_HEADER]: '203.0.113.7' } }))).toBe('203.0.113.7')
  })

  it('keeps one client’s failures from limiting another', () => {
    resetRateLimits()
    const limit = { limit: 2, windowMs: 60_000 }
    rateLimit('login:203.0.113.7', limit)
    rateLimit('login:203.0.113.7', limit)
    expect(() => rateLimit('login:203.0.113.7', limit)).toThrow()
    expect(() => rateLimit('login:203.0.113.8', limit)).not.toThrow()
  })
})
