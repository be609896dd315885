import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from './db.server'
import { CLIENT_ADDRESS_HEADER, clientAddress, createRateLimiter, rateLimit, resetRateLimits, resolveClientAddress } from './rate-limit.server'
import { openTestDatabase } from './test-database.server'

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

})

describe('rateLimit', () => {
  let db: Database
  beforeAll(async () => {
    db = await openTestDatabase({ seed: false })
  }, 60_000)
  afterAll(() => db.close())
  beforeEach(() => resetRateLimits(db))

  /** The answer a refused call throws (React Router's `data(...)`), or 'allowed'. */
  const outcome = (call: Promise<void>) =>
    call.then(
      () => 'allowed' as const,
      (thrown: { init?: { status?: number; headers?: Record<string, string> } }) => ({ status: thrown.init?.status, retryAfter: thrown.init?.headers?.['Retry-After'] }),
    )
  const limit = { limit: 2, windowMs: 60_000 }
  const T = Date.parse('2026-12-04T12:00:00Z')

  it('keeps one client’s failures from limiting another', async () => {
    await rateLimit(db, 'login:203.0.113.7', limit, T)
    await rateLimit(db, 'login:203.0.113.7', limit, T)
    expect(await outcome(rateLimit(db, 'login:203.0.113.7', limit, T + 15_000))).toEqual({ status: 429, retryAfter: '45' })
    expect(await outcome(rateLimit(db, 'login:203.0.113.8', limit, T + 15_000))).toBe('allowed')
  })

  it('gives a client one budget however many shop processes serve it', async () => {
    const [first, second] = [createRateLimiter(), createRateLimiter()]
    const budget = { limit: 3, windowMs: 60_000 }
    expect(await outcome(first(db, 'quote:198.51.100.1', budget, T))).toBe('allowed')
    expect(await outcome(second(db, 'quote:198.51.100.1', budget, T + 1000))).toBe('allowed')
    expect(await outcome(first(db, 'quote:198.51.100.1', budget, T + 2000))).toBe('allowed')
    // the second process has seen the client once, yet the shared window is spent
    expect(await outcome(second(db, 'quote:198.51.100.1', budget, T + 3000))).toEqual({ status: 429, retryAfter: '57' })
    // the window ends for both
    expect(await outcome(second(db, 'quote:198.51.100.1', budget, T + 60_000))).toBe('allowed')
    expect(await outcome(first(db, 'quote:198.51.100.1', budget, T + 61_000))).toBe('allowed')
  })

  it('lets exactly the limit through when two processes take concurrent requests', async () => {
    const processes = [createRateLimiter(), createRateLimiter()]
    const calls = processes.flatMap((limiter) => Array.from({ length: 15 }, () => outcome(limiter(db, 'events:192.0.2.1', { limit: 10, windowMs: 60_000 }, T))))
    const outcomes = await Promise.all(calls)
    expect(outcomes.filter((result) => result === 'allowed')).toHaveLength(10)
    expect(outcomes.filter((result) => result !== 'allowed')).toHaveLength(20)
  })

  it('refuses a flood from the process’s own count, without a write per request', async () => {
    const flooded = createRateLimiter()
    for (let request = 0; request < 50; request++) await outcome(flooded(db, 'events:192.0.2.2', limit, T))
    // the only window in the database (each test starts without any)
    const { rows } = await db.query<{ count: number }>('SELECT count FROM rate_limit_windows')
    // two allowed and counted; from the third on this process's own count refuses, with no write
    expect(rows).toEqual([{ count: 2 }])
  })

  it('counts a key made of hostile input (a NUL byte, a lone surrogate, 10,000 characters) instead of failing', async () => {
    for (const id of ['review\u0000id', 'review\ud800', 'x'.repeat(10_000)]) {
      await rateLimit(db, `reviews-helpful:${id}`, limit, T)
      await rateLimit(db, `reviews-helpful:${id}`, limit, T)
      // a fresh process, so the database's count answers
      expect(await outcome(createRateLimiter()(db, `reviews-helpful:${id}`, limit, T))).toEqual({ status: 429, retryAfter: '60' })
    }
  })

  it('deletes windows that have ended as it goes', async () => {
    const limiter = createRateLimiter()
    await limiter(db, 'old:192.0.2.3', limit, T)
    for (let call = 0; call < 1000; call++) await limiter(db, `new:${call}`, limit, T + 120_000)
    // the old key's window ended at T + 60 s; the new ones end at T + 180 s
    const { rows } = await db.query<{ count: number }>('SELECT count FROM rate_limit_windows WHERE reset_at < $1', [T + 120_000])
    expect(rows).toEqual([])
  }, 60_000)
})
