import { z } from 'zod'

/** How a country's addresses are written: the postal-code pattern and label, and whether a region is required. */
export interface AddressRule {
  postalLabel: 'zip' | 'postcode' | 'postalCode'
  /** Absent: the postal code is optional and not checked. */
  postalPattern?: RegExp
  postalExample?: string
  /** Required region and what it is called there. */
  region?: 'state' | 'province' | 'county'
}

export const ADDRESS_RULES: Readonly<Record<string, AddressRule>> = {
  US: { postalLabel: 'zip', postalPattern: /^\d{5}(-\d{4})?$/, postalExample: '12345', region: 'state' },
  GB: { postalLabel: 'postcode', postalPattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, postalExample: 'SW1A 1AA' },
  DE: { postalLabel: 'postalCode', postalPattern: /^\d{5}$/, postalExample: '10115' },
  FR: { postalLabel: 'postalCode', postalPattern: /^\d{5}$/, postalExample: '75001' },
  RO: { postalLabel: 'postalCode', postalPattern: /^\d{6}$/, postalExample: '010011', region: 'county' },
  CN: { postalLabel: 'postalCode', postalPattern: /^\d{6}$/, postalExample: '100000', region: 'province' },
}

const FALLBACK_RULE: AddressRule = { postalLabel: 'postalCode' }

export const DEFAULT_COUNTRIES = Object.keys(ADDRESS_RULES)

export function addressRule(country: string): AddressRule {
  return ADDRESS_RULES[country] ?? FALLBACK_RULE
}

/** The checkout's form values. Card data is never part of them. */
export interface CheckoutDetails {
  email: string
  phone: string
  givenName: string
  familyName: string
  line1: string
  line2: string
  city: string
  /** State, province or county, where the country needs one. */
  region: string
  postalCode: string
  /** ISO 3166-1 alpha-2. */
  country: string
  shippingMethod: string
  /** Opt-in: the payer wants their details saved for next time. */
  saveDetails: boolean
}

export type CheckoutField = keyof CheckoutDetails

/** The address fields plus the method: what `shipping_info_added` waits for. */
export const SHIPPING_FIELDS: readonly CheckoutField[] = ['givenName', 'familyName', 'line1', 'city', 'region', 'postalCode', 'country', 'shippingMethod']

/** An error's message is a key: `required`, `email`, `phone`, `postalCode`, `shippingMethod`. */
export type FieldErrorKey = 'required' | 'email' | 'phone' | 'postalCode' | 'shippingMethod'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const PHONE = /^\+?[\d\s().-]{6,20}$/

/**
 * The form's schema. Every field is a plain string so the country-dependent checks in the one
 * refinement always run, and each issue's message is a `FieldErrorKey` the form translates.
 */
export const checkoutSchema = z
  .object({
    email: z.string(),
    phone: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    line1: z.string(),
    line2: z.string(),
    city: z.string(),
    region: z.string(),
    postalCode: z.string(),
    country: z.string(),
    shippingMethod: z.string().nullish().transform((value) => value ?? ''),
    saveDetails: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const fail = (path: CheckoutField, message: FieldErrorKey) => ctx.addIssue({ code: 'custom', path: [path], message })
    const email = values.email.trim()
    if (!email) fail('email', 'required')
    else if (!EMAIL.test(email)) fail('email', 'email')
    if (values.phone.trim() && !PHONE.test(values.phone.trim())) fail('phone', 'phone')
    for (const field of ['givenName', 'familyName', 'line1', 'city', 'country'] as const) {
      if (!values[field].trim()) fail(field, 'required')
    }
    const rule = addressRule(values.country)
    if (rule.region && !values.region.trim()) fail('region', 'required')
    const postalCode = values.postalCode.trim()
    if (rule.postalPattern) {
      if (!postalCode) fail('postalCode', 'required')
      else if (!rule.postalPattern.test(postalCode)) fail('postalCode', 'postalCode')
    }
    if (!values.shippingMethod) fail('shippingMethod', 'shippingMethod')
  })

/** The form's raw values: an unchecked radio group reads as null until the payer picks a method. */
export type CheckoutFormValues = z.input<typeof checkoutSchema>
