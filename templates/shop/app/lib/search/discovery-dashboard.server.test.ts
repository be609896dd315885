import type { AnyJourneyEvent, EventName, EventProperties, Item } from '@journeykit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { createServerEvent, storeJourneyEvents } from '../journey-events.server'
import { openTestDatabase } from '../test-database.server'
import { discoveryDashboard } from './discovery-dashboard.server'

let db: Database
const eur = (amount: number) => ({ amount, currency: 'EUR' })
const item = (id: string, amount: number, quantity = 1): Item => ({
  id,
  name: id,
  price: eur(amount),
  quantity,
})

/** An event of visit `session` at `time` (UTC, on 2026-11-10 unless a day is given), as the browser or the server stored it. */
async function event<N extends EventName>(origin: 'client' | 'server', session: string, time: string, name: N, properties: EventProperties<N>) {
  const occurredAt = time.includes('T') ? time : `2026-11-10T${time}:00Z`
  const stored = createServerEvent(name, properties, { sessionId: session, anonymousId: `a-${session}`, occurredAt }) as AnyJourneyEvent
  await storeJourneyEvents(db, [stored], origin)
}
const search = (session: string, time: string, query: string, resultsCount?: number) =>
  event('client', session, time, 'products_searched', resultsCount === undefined ? { query } : { query, resultsCount })
const click = (session: string, time: string, productId: string, listId: string) =>
  event('client', session, time, 'product_clicked', {
    item: item(productId, 0),
    listId,
  })
async function order(session: string, time: string, orderId: string, items: Item[]) {
  const total = eur(items.reduce((sum, line) => sum + line.price.amount * (line.quantity ?? 1), 0))
  const properties = {
    orderId,
    items,
    subtotal: total,
    shipping: eur(0),
    tax: eur(0),
    discount: eur(0),
    total,
  }
  await event('server', session, time, 'order_completed', properties)
  // the browser's copy of the same order is never counted twice
  await event('client', session, time, 'order_completed', properties)
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  // s1 searches twice (once misspelt, nothing found), follows a "bought together" click and orders it with another product
  await search('s1', '10:00', 'Hedphones', 0)
  await search('s1', '10:01', '  headphones ', 12)
  await click('s1', '10:02', 'p-case', 'bought-together')
  await click('s1', '10:03', 'p-cable', 'search')
  await order('s1', '10:10', 'NW-1', [item('p-case', 2500, 2), item('p-cable', 900)])
  // s2 searches, clicks a similar product, then the same product in "bought together": the last click is credited
  await search('s2', '11:00', 'headphones', 12)
  await click('s2', '11:01', 'p-stand', 'similar')
  await click('s2', '11:02', 'p-stand', 'bought-together')
  await order('s2', '11:30', 'NW-2', [item('p-stand', 4000)])
  // s3 searches for nothing that exists and leaves; s4 orders without searching, after a "similar" click
  await search('s3', '12:00', 'unicorn saddle', 0)
  await click('s4', '12:30', 'p-lamp', 'similar')
  await order('s4', '12:40', 'NW-3', [item('p-lamp', 6000)])
  // s5 clicked a slot, but bought after a search of its own that came later, and not the clicked product
  await click('s5', '13:00', 'p-tent', 'popular-in-category')
  await search('s5', '13:05', 'Headphones')
  await order('s5', '13:20', 'NW-4', [item('p-sock', 1200)])
  // s6 ordered before searching: not a search that led to a purchase; its later click is after the order
  await order('s6', '14:00', 'NW-5', [item('p-case', 2500)])
  await search('s6', '14:10', 'unicorn saddle', 0)
  await click('s6', '14:11', 'p-case', 'bought-together')
  // the day before the range
  await search('s7', '2026-11-09T10:00:00Z', 'tent', 40)
  await click('s7', '2026-11-09T10:01:00Z', 'p-tent', 'similar')
  await order('s7', '2026-11-09T10:05:00Z', 'NW-6', [item('p-tent', 20000)])
}, 60_000)
afterAll(() => db?.close())

const NOVEMBER_10 = { from: '2026-11-10', to: '2026-11-10' }

describe('discoveryDashboard', () => {
  it('lists the most searched queries as visitors typed them, lower-cased and trimmed', async () => {
    const { topSearches } = await discoveryDashboard(db, NOVEMBER_10)
    expect(topSearches).toEqual([
      { query: 'headphones', searches: 3, visits: 3 },
      { query: 'unicorn saddle', searches: 2, visits: 2 },
      { query: 'hedphones', searches: 1, visits: 1 },
    ])
  })

  it('lists the searches that found nothing', async () => {
    const { zeroResultSearches } = await discoveryDashboard(db, NOVEMBER_10)
    expect(zeroResultSearches).toEqual([
      { query: 'unicorn saddle', searches: 2, visits: 2 },
      { query: 'hedphones', searches: 1, visits: 1 },
    ])
  })

  it('counts the visits that searched and then completed an order', async () => {
    const { searchConversion } = await discoveryDashboard(db, NOVEMBER_10)
    // s1, s2, s3, s5, s6 searched; s1, s2 and s5 ordered after searching, s6 only before
    expect(searchConversion).toEqual({
      searchedVisits: 5,
      purchasedVisits: 3,
      rate: 3 / 5,
    })
  })

  it('credits each slot with the ordered lines whose product was last clicked in it during the visit', async () => {
    const { slots } = await discoveryDashboard(db, NOVEMBER_10)
    expect(slots).toEqual([
      // NW-1's 2 × p-case (5,000) and NW-2's p-stand (4,000); s6's click came after its order
      { slot: 'bought-together', clicks: 3, orders: 2, revenue: [eur(9000)] },
      // NW-3's lamp; s2's similar click was followed by a bought-together one
      { slot: 'similar', clicks: 2, orders: 1, revenue: [eur(6000)] },
      // s5 bought something else than the tent it clicked
      { slot: 'popular-in-category', clicks: 1, orders: 0, revenue: [] },
      { slot: 'recently-viewed', clicks: 0, orders: 0, revenue: [] },
    ])
  })

  it('reads only the chosen days', async () => {
    const dashboard = await discoveryDashboard(db, {
      from: '2026-11-09',
      to: '2026-11-09',
    })
    expect(dashboard.topSearches).toEqual([{ query: 'tent', searches: 1, visits: 1 }])
    expect(dashboard.searchConversion).toEqual({
      searchedVisits: 1,
      purchasedVisits: 1,
      rate: 1,
    })
    expect(dashboard.slots[1]).toEqual({
      slot: 'similar',
      clicks: 1,
      orders: 1,
      revenue: [eur(20000)],
    })
  })

  it('has nothing to show for a range without events', async () => {
    expect(await discoveryDashboard(db, { from: '2026-01-01', to: '2026-01-31' })).toEqual({
      topSearches: [],
      zeroResultSearches: [],
      searchConversion: { searchedVisits: 0, purchasedVisits: 0, rate: null },
      slots: ['bought-together', 'similar', 'popular-in-category', 'recently-viewed'].map((slot) => ({ slot, clicks: 0, orders: 0, revenue: [] })),
    })
  })
})
