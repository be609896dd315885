import type { ConsentInput, ConsentState, DestinationCategory } from './types'

export type Consent = ConsentState | 'pending'

/** Events waiting for a consent decision, per journey. The `queue` error message in journey.ts repeats the number. */
export const PENDING_LIMIT = 1000

/** `'granted'` allows analytics and marketing, `'denied'` neither; `'pending'` waits for a choice. */
export function normalizeConsent(input: ConsentInput): Consent {
  if (input === 'pending') return input
  const granted = input === 'granted'
  return granted || input === 'denied' ? { analytics: granted, marketing: granted } : { analytics: input.analytics, marketing: input.marketing }
}

/** Whether a destination of this category may receive events now. `necessary` always may. */
export function allows(consent: Consent, category: DestinationCategory): boolean {
  return category === 'necessary' || (consent !== 'pending' && consent[category])
}
