import type { CheckoutDetails } from './address-rules'

const key = (checkoutId: string) => `jk:checkout:${checkoutId}`

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    return undefined // storage disabled (privacy settings, sandboxed frames)
  }
}

/** The details typed in this tab for a checkout, or undefined (also on the server). */
export function loadDetails(checkoutId: string): Partial<CheckoutDetails> | undefined {
  try {
    const text = storage()?.getItem(key(checkoutId))
    const parsed: unknown = text ? JSON.parse(text) : undefined
    if (!parsed || typeof parsed !== 'object') return undefined
    // Only string and boolean values (the form's field types) come back; anything else in storage is ignored.
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === 'string' || typeof value === 'boolean'))
  } catch {
    return undefined
  }
}

/** Keeps the typed details (never card data: it is not part of them) for a reload of this tab. */
export function saveDetails(checkoutId: string, details: Partial<CheckoutDetails>): void {
  try {
    storage()?.setItem(key(checkoutId), JSON.stringify(details))
  } catch {
    // quota exceeded or storage disabled: the form still works, it just will not survive a reload
  }
}

export function clearDetails(checkoutId: string): void {
  try {
    storage()?.removeItem(key(checkoutId))
  } catch {
    // nothing to clear
  }
}
