import type { AnyJourneyEvent, JourneyEvent } from '../types'

export type Order = JourneyEvent<'order_completed'>

/** The events without repeats of an `id`. */
export const unique = (events: readonly AnyJourneyEvent[]): AnyJourneyEvent[] => {
  const seen = new Set<string>()
  return events.filter((event) => !seen.has(event.id) && !!seen.add(event.id))
}

export const time = (event: AnyJourneyEvent) => Date.parse(event.occurredAt)

/** The earliest `order_completed` of each `orderId`. */
export function uniqueOrders(events: readonly AnyJourneyEvent[]): Order[] {
  const orders = new Map<string, Order>()
  for (const event of unique(events)) {
    if (event.name !== 'order_completed') continue
    const known = orders.get(event.properties.orderId)
    if (!known || time(event) < time(known)) orders.set(event.properties.orderId, event)
  }
  return [...orders.values()]
}
