import type { ConsentInput, ConsentState, DestinationCategory } from './types'

export type Consent = ConsentState | 'pending'

/** Events waiting for a consent decision, per journey. */
export const PENDING_LIMIT = 1000

/** `'granted'` allows analytics and marketing, `'denied'` neither; `'pending'` waits for a choice. */
export function normalizeConsent(input: ConsentInput): Consent {
  if (input === 'pending') return 'pending'
  if (input === 'granted') return { analytics: true, marketing: true }
  if (input === 'denied') return { analytics: false, marketing: false }
  return { analytics: input.analytics, marketing: input.marketing }
}

/** Whether a destination of this category may receive events now. `necessary` always may. */
export function allows(consent: Consent, category: DestinationCategory): boolean {
  return category === 'necessary' || (consent !== 'pending' && consent[category])
}
