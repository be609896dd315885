import type { Item, Money } from '../catalog'
import { itemsValue, toMajorUnits } from '../money'

/** GA4 reads at most 200 items per event; the other destinations keep the same bound. */
export const MAX_ITEMS = 200

export type Params = Record<string, unknown>

/** Removes `undefined` entries in place, so payloads carry only what is known. */
export function compact<T extends Params>(params: T): T {
  for (const key in params) if (params[key] === undefined) delete params[key]
  return params
}

/** `paymentMethod` → `payment_method`. */
export const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value

/**
 * Flat snake_case parameters for events without a spec mapping. Money becomes `value` + `currency`
 * (major units); a non-money `value` property is renamed `action_value`, so `value` always means money.
 * `undefined` entries stay: the callers compact whatever mapping produced the parameters.
 */
export function flatParams(properties: object): Params {
  const params: Params = {}
  for (const [key, value] of Object.entries(properties)) {
    if (isMoney(value)) {
      params.value = toMajorUnits(value)
      params.currency = value.currency
    } else params[key === 'value' ? 'action_value' : snakeCase(key)] = value
  }
  return params
}

/** `currency` + `value` (Σ price × quantity, no shipping or tax) of the items; nothing when there are none. */
export function itemsTotal(items: readonly Item[]): { currency?: string; value?: number } {
  if (!items.length) return {}
  const total = itemsValue(items)
  return { currency: total.currency, value: toMajorUnits(total) }
}

/** Order value without shipping and tax: subtotal − discount, in major units. */
export const netValue = (subtotal: Money, discount: Money): number =>
  toMajorUnits({ amount: subtotal.amount - discount.amount, currency: subtotal.currency })
