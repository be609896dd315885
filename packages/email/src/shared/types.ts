import type { Money } from '@journeykit/core'

/** A postal address as the checkout collects it; `country` is an ISO 3166-1 alpha-2 code. */
export interface EmailAddress {
  name: string
  line1: string
  line2?: string
  postalCode: string
  city: string
  region?: string
  country: string
}

export type { Money }
