import { afterAll, beforeAll, expect, it } from 'vitest'
import { generateJourneyEvents } from '../app/lib/journey-test-data.server'
import { startShop, type RunningShop } from './harness'

// A flood of collector posts on the built production server: the catalog pages keep answering, and
// every post is stored or refused with Retry-After (503 beyond COLLECTOR_LIMITS.maxInFlight, 429).
// That the bound sheds, and that no accepted or shed event is lost, is checked against the database
// in collector.server.test.ts.
let shop: RunningShop
beforeAll(async () => {
  // One proxy in front: each post names its own client, as many visitors' browsers would.
  shop = await startShop({ TRUST_PROXY: '1' })
}, 600_000)
afterAll(() => shop?.stop())

const CONNECTIONS = 20
const POSTS_PER_CONNECTION = 8

it('keeps answering pages while 20 connections flood the collector, which answers each post or refuses it with Retry-After', async () => {
  const events = generateJourneyEvents({ sessions: 2000, seed: 5, from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-02T00:00:00Z') })
  let next = 0
  const statuses: number[] = []
  const refusedWithoutRetryAfter: number[] = []
  const flood = Array.from({ length: CONNECTIONS }, async (_, connection) => {
    for (let post = 0; post < POSTS_PER_CONNECTION; post++) {
      const batch = events.slice(next, (next += 20))
      const response = await fetch(`${shop.url}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.${connection}.${post + 1}` },
        body: JSON.stringify({ events: batch }),
      })
      await response.arrayBuffer()
      statuses.push(response.status)
      if (response.status !== 200 && !response.headers.get('retry-after')) refusedWithoutRetryAfter.push(response.status)
    }
  })
  const pages: number[] = []
  const browsing = (async () => {
    for (let visit = 0; visit < 5; visit++) {
      const response = await fetch(`${shop.url}/c/headphones`)
      await response.text()
      pages.push(response.status)
    }
  })()
  await Promise.all([...flood, browsing])

  expect(pages).toEqual([200, 200, 200, 200, 200])
  expect(statuses).toHaveLength(CONNECTIONS * POSTS_PER_CONNECTION)
  expect(statuses.every((status) => status === 200 || status === 503 || status === 429)).toBe(true)
  expect(refusedWithoutRetryAfter).toEqual([])
  expect(statuses).toContain(200)
}, 180_000)
