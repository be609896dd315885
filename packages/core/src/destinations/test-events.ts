// Builds journey events for destination and metrics tests. Not part of the public API.
import { EVENT_STAGES, type EventName, type EventProperties, type Item, type Money } from '../catalog'
import { itemsValue } from '../money'
import type { EventContext, JourneyEvent } from '../types'

let sequence = 0

export const eur = (amount: number): Money => ({ amount, currency: 'EUR' })

/** An item priced in euro cents: `item('sku-1', 1999)` is €19.99. */
export const item = (id: string, amount: number, extra: Partial<Item> = {}): Item => ({
  id,
  name: `Product ${id}`,
  price: eur(amount),
  ...extra,
})

export interface EventOverrides {
  id?: string
  occurredAt?: string
  context?: Partial<EventContext>
}

/** A complete event envelope with a fresh id and a default context (session `s1`, visitor `a1`). */
export function makeEvent<N extends EventName>(name: N, properties: EventProperties<N>, overrides: EventOverrides = {}): JourneyEvent<N> {
  sequence += 1
  return {
    id: overrides.id ?? `evt-${sequence}`,
    name,
    stage: EVENT_STAGES[name],
    occurredAt: overrides.occurredAt ?? new Date(Date.UTC(2025, 0, 1, 12, 0, sequence)).toISOString(),
    properties,
    context: {
      anonymousId: 'a1',
      sessionId: 's1',
      locale: 'en',
      page: { url: 'https://shop.test/p/1?utm_source=x', path: '/p/1', title: 'Product 1', referrer: 'https://google.com/' },
      campaign: {},
      touchpoint: { channel: 'direct', source: 'direct' },
      consent: { analytics: true, marketing: true },
      ...overrides.context,
    },
    source: { block: 'test' },
  }
}

/** An `order_completed` with consistent totals: subtotal from the items, then discount, shipping and tax. */
export function order(
  orderId: string,
  items: Item[],
  money: { discount?: number; shipping?: number; tax?: number; currency?: string } = {},
  overrides: EventOverrides = {},
): JourneyEvent<'order_completed'> {
  const currency = money.currency ?? 'EUR'
  const m = (amount: number): Money => ({ amount, currency })
  const subtotal = itemsValue(items, currency).amount
  const { discount = 0, shipping = 0, tax = 0 } = money
  return makeEvent(
    'order_completed',
    { orderId, items, subtotal: m(subtotal), discount: m(discount), shipping: m(shipping), tax: m(tax), total: m(subtotal - discount + shipping + tax) },
    overrides,
  )
}
