import { data } from 'react-router'
import { OrderNotFoundError, OrderStateError } from '../orders.server'
import { ProductNotFoundError } from './catalog.server'
import { CustomerNotFoundError } from './customers.server'
import { AdminInputError } from './orders.server'
import { CouponNotFoundError } from './promotions.server'
import { PasswordPolicyError } from './staff.server'
import { ReviewNotFoundError } from './reviews.server'

export type ActionFailure = { ok: false; fields?: Record<string, string>; error?: string; intent: string }

/**
 * Runs an admin action's change; the errors a person can correct come back as the form's data
 * (400 field errors, 409 a state that changed meanwhile, 404 unknown), anything else propagates.
 */
export async function attempt<T>(intent: string, change: () => Promise<T>) {
  try {
    return await change()
  } catch (error) {
    if (error instanceof AdminInputError) return data<ActionFailure>({ ok: false, intent, fields: error.fields }, { status: 400 })
    if (error instanceof PasswordPolicyError) return data<ActionFailure>({ ok: false, intent, fields: { password: error.message } }, { status: 400 })
    if (error instanceof OrderStateError) return data<ActionFailure>({ ok: false, intent, error: `state:${error.from}` }, { status: 409 })
    if (error instanceof OrderNotFoundError || error instanceof ReviewNotFoundError || error instanceof ProductNotFoundError || error instanceof CustomerNotFoundError || error instanceof CouponNotFoundError) throw data('Not found', { status: 404 })
    throw error
  }
}

export const formText = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** `12.50` or `12,50` (major units) → 1250; NaN for anything else. */
export function parseAmount(text: string): number {
  const match = /^\s*(\d{1,7})(?:[.,](\d{1,2}))?\s*$/.exec(text)
  if (!match) return Number.NaN
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}
