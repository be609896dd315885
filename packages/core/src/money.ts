import type { Item, Money } from './catalog'

const digitsCache = new Map<string, number>()

/** How many minor-unit digits a currency has (EUR 2, JPY 0, BHD 3), from `Intl`. */
export function minorUnitDigits(currency: string): number {
  let digits = digitsCache.get(currency)
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    digitsCache.set(currency, digits)
  }
  return digits
}

/** `{ amount: 1999, currency: 'EUR' }` → `19.99`. */
export function toMajorUnits(money: Money): number {
  const digits = minorUnitDigits(money.currency)
  return Number((money.amount / 10 ** digits).toFixed(digits))
}

/** `19.99, 'EUR'` → `{ amount: 1999, currency: 'EUR' }`. */
export function fromMajorUnits(amount: number, currency: string): Money {
  return { amount: Math.round(amount * 10 ** minorUnitDigits(currency)), currency }
}

/** Σ price × quantity of the items (quantity defaults to 1), in the first item's currency. */
export function itemsValue(items: readonly Item[], currency = items[0]?.price.currency ?? 'USD'): Money {
  let amount = 0
  for (const item of items) amount += item.price.amount * (item.quantity ?? 1)
  return { amount, currency }
}
