import { describe, expect, it } from 'vitest'
import { checkoutSchema, type CheckoutDetails } from './address-rules'

const base: CheckoutDetails = {
  email: 'ana.popescu@example.com',
  phone: '',
  givenName: 'Ana',
  familyName: 'Popescu',
  line1: 'Strada Lipscani 12',
  line2: '',
  city: 'București',
  region: 'București',
  postalCode: '030031',
  country: 'RO',
  shippingMethod: 'standard',
  saveDetails: false,
}

function errors(values: Partial<CheckoutDetails>) {
  const result = checkoutSchema.safeParse({ ...base, ...values })
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))
}

describe('checkoutSchema', () => {
  it('accepts a complete address', () => {
    expect(errors({})).toEqual({})
  })

  it.each([
    ['US', '94103', '9410', 'CA'],
    ['US', '94103-1234', '94103-12', 'CA'],
    ['GB', 'SW1A 1AA', '123456', ''],
    ['GB', 'm1 1ae', 'M1', ''],
    ['DE', '10115', '1011', ''],
    ['FR', '75001', '7500A', ''],
    ['RO', '030031', '03003', 'Ilfov'],
    ['CN', '100000', '10000', '北京市'],
  ])('%s accepts %s and rejects %s', (country, good, bad, region) => {
    expect(errors({ country, postalCode: good, region })).toEqual({})
    expect(errors({ country, postalCode: bad, region })).toEqual({ postalCode: 'postalCode' })
    expect(errors({ country, postalCode: '', region })).toEqual({ postalCode: 'required' })
  })

  it('requires a state in the US, a province in China and a county in Romania, but no region in DE, FR, GB', () => {
    expect(errors({ country: 'US', postalCode: '94103', region: '' })).toEqual({ region: 'required' })
    expect(errors({ country: 'CN', postalCode: '100000', region: ' ' })).toEqual({ region: 'required' })
    expect(errors({ country: 'RO', region: '' })).toEqual({ region: 'required' })
    expect(errors({ country: 'DE', postalCode: '10115', region: '' })).toEqual({})
    expect(errors({ country: 'GB', postalCode: 'EC1A 1BB', region: '' })).toEqual({})
  })

  it('does not check postal codes of countries without a rule', () => {
    expect(errors({ country: 'IE', postalCode: '', region: '' })).toEqual({})
  })

  it('checks email, optional phone, names, street, city and the shipping method', () => {
    expect(errors({ email: '', givenName: '', familyName: ' ', line1: '', city: '', shippingMethod: '' })).toEqual({
      email: 'required',
      givenName: 'required',
      familyName: 'required',
      line1: 'required',
      city: 'required',
      shippingMethod: 'shippingMethod',
    })
    expect(errors({ email: 'ana@', phone: 'call me' })).toEqual({ email: 'email', phone: 'phone' })
    expect(errors({ phone: '+40 21 123 4567' })).toEqual({})
  })
})
