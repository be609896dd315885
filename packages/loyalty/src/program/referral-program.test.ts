import { describe, expect, it, vi } from 'vitest'
import { normalizeEmail } from './email'
import { CODE_ALPHABET, checkCharacter, isWellFormedCode } from './referral-code'
import { createReferralProgram, type Referral, type ReferralClaim } from './referral-program'

const program = createReferralProgram(
  {
    referrerReward: { amount: 1000, currency: 'EUR' },
    refereeReward: { amount: 1000, currency: 'EUR' },
    limits: { maxReferralsPerReferrer: 2 },
  },
  { createId: () => 'ref_1' },
)

const anna = { customerId: 'cus_anna', email: 'Anna.Schmidt+shop@gmail.com', code: program.generateCode() }
const now = '2026-05-01T09:00:00Z'

function claim(overrides: Partial<ReferralClaim> = {}): ReferralClaim {
  return {
    code: anna.code.toLowerCase(),
    referee: { email: 'mihai.popescu@example.ro', existingCustomer: false },
    referrer: anna,
    referrals: [],
    now,
    ...overrides,
  }
}

function pending(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'ref_1',
    code: anna.code,
    referrerId: 'cus_anna',
    refereeId: 'cus_mihai',
    refereeEmail: 'mihai.popescu@example.ro',
    status: 'pending',
    claimedAt: now,
    ...overrides,
  }
}

describe('generateCode', () => {
  it('makes 8-symbol codes from the unambiguous alphabet with a valid check symbol', () => {
    for (let index = 0; index < 200; index++) {
      const code = program.generateCode()
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
      expect(code).not.toMatch(/[01OIL]/)
      expect(program.isWellFormedCode(code)).toBe(true)
    }
    expect(CODE_ALPHABET).toHaveLength(31)
  })

  it('draws from crypto.getRandomValues, so codes differ', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues')
    const codes = new Set(Array.from({ length: 50 }, () => program.generateCode()))
    expect(spy).toHaveBeenCalled()
    expect(codes.size).toBe(50)
  })

  it('honours the configured length', () => {
    const long = createReferralProgram({ ...program.config, limits: { codeLength: 10 } })
    expect(long.generateCode()).toHaveLength(10)
    expect(() => createReferralProgram({ ...program.config, limits: { codeLength: 4 } })).toThrow(/codeLength/)
  })
})

describe('isWellFormedCode', () => {
  it('catches a single wrong symbol and swapped neighbours', () => {
    const body = 'K7MX2QP'
    const code = body + checkCharacter(body)
    expect(isWellFormedCode(code)).toBe(true)
    expect(isWellFormedCode(`k7mx-2qp${code.slice(-1).toLowerCase()}`)).toBe(true)
    expect(isWellFormedCode('K7MX3QP' + code.slice(-1))).toBe(false)
    expect(isWellFormedCode('7KMX2QP' + code.slice(-1))).toBe(false)
    expect(isWellFormedCode('K0MX2QP' + code.slice(-1))).toBe(false)
    expect(isWellFormedCode('')).toBe(false)
  })
})

describe('normalizeEmail', () => {
  it.each([
    ['Anna.Schmidt+shop@gmail.com', 'annaschmidt@gmail.com'],
    ['a.n.n.a.schmidt@GoogleMail.com', 'annaschmidt@gmail.com'],
    ['  ANNA.SCHMIDT@gmail.com ', 'annaschmidt@gmail.com'],
    ['anna.schmidt+news@example.de', 'anna.schmidt@example.de'],
    ['Anna.Schmidt@Example.de', 'anna.schmidt@example.de'],
    ['not-an-email', 'not-an-email'],
    ['anna@example.de.', 'anna@example.de'],
    ['Anna.Schmidt@Gmail.com..', 'annaschmidt@gmail.com'],
    ['anna.s-m_t+x@protonmail.ch', 'annasmt@proton.me'],
    ['annasmt@pm.me', 'annasmt@proton.me'],
    ['anna+shop@me.com', 'anna@icloud.com'],
    ['anna@mac.com', 'anna@icloud.com'],
    ['ivan.petrov@ya.ru', 'ivan-petrov@yandex.ru'],
    ['ivan-petrov@yandex.com', 'ivan-petrov@yandex.ru'],
    ['anna-shopping@yahoo.co.uk', 'anna@yahoo.co.uk'],
    ['anna-deals@ymail.com', 'anna@ymail.com'],
    ['anna-maria@example.com', 'anna-maria@example.com'],
    ['anna+x@outlook.com', 'anna@outlook.com'],
    ['anna@hotmail.com', 'anna@hotmail.com'],
  ])('%s → %s', (email, normalized) => {
    expect(normalizeEmail(email)).toBe(normalized)
  })
})

describe('validateClaim', () => {
  it('accepts a new customer and returns the pending referral', () => {
    expect(program.validateClaim(claim({ referee: { customerId: 'cus_mihai', email: 'Mihai.Popescu@example.ro', existingCustomer: false } }))).toEqual({
      ok: true,
      referral: {
        id: 'ref_1',
        code: anna.code,
        referrerId: 'cus_anna',
        refereeId: 'cus_mihai',
        refereeEmail: 'mihai.popescu@example.ro',
        status: 'pending',
        claimedAt: '2026-05-01T09:00:00.000Z',
      },
    })
  })

  it('refuses invalid_code: malformed, unknown, or not the referrer’s', () => {
    expect(program.validateClaim(claim({ code: 'HELLO' }))).toEqual({ ok: false, reason: 'invalid_code' })
    expect(program.validateClaim(claim({ referrer: null }))).toEqual({ ok: false, reason: 'invalid_code' })
    const other = program.generateCode()
    expect(program.validateClaim(claim({ code: other }))).toEqual({ ok: false, reason: 'invalid_code' })
  })

  it.each([
    ['the same customer', { customerId: 'cus_anna', email: 'someone@example.com' }],
    ['the same Gmail address with dots and a plus tag', { email: 'annaschmidt+friend@gmail.com' }],
    ['the same address on googlemail.com, in capitals', { email: 'ANNA.SCHMIDT@googlemail.com' }],
  ])('refuses self_referral for %s', (_, referee) => {
    expect(program.validateClaim(claim({ referee: { existingCustomer: false, ...referee } }))).toEqual({
      ok: false,
      reason: 'self_referral',
    })
  })

  it('refuses existing_customer', () => {
    expect(program.validateClaim(claim({ referee: { email: 'lena@example.de', existingCustomer: true } }))).toEqual({
      ok: false,
      reason: 'existing_customer',
    })
  })

  it('refuses already_claimed when the referee already has a referral, even under another spelling', () => {
    const referrals = [pending({ refereeEmail: 'mihaipopescu@gmail.com', refereeId: undefined })]
    const result = program.validateClaim(
      claim({ referee: { email: 'Mihai.Popescu+x@googlemail.com', existingCustomer: false }, referrals }),
    )
    expect(result).toEqual({ ok: false, reason: 'already_claimed' })
  })

  it('refuses referrer_cap_reached at the cap, not counting voided referrals', () => {
    const two = [
      pending({ id: 'r1', refereeEmail: 'a@example.com', refereeId: 'cus_a' }),
      pending({ id: 'r2', refereeEmail: 'b@example.com', refereeId: 'cus_b', status: 'rewarded' }),
    ]
    expect(program.validateClaim(claim({ referrals: two }))).toEqual({ ok: false, reason: 'referrer_cap_reached' })
    const oneVoided = [two[0]!, { ...two[1]!, status: 'voided' as const }]
    expect(program.validateClaim(claim({ referrals: oneVoided }))).toMatchObject({ ok: true })
  })
})

describe('rewardsForPaidOrder', () => {
  const firstOrder = { orderId: 'ord_9', customerId: 'cus_mihai', firstPaidOrder: true }

  it('grants both rewards after the referee’s first paid order', () => {
    expect(program.rewardsForPaidOrder(pending(), firstOrder, '2026-05-03T12:00:00Z')).toEqual({
      referral: expect.objectContaining({ status: 'rewarded', orderId: 'ord_9', rewardedAt: '2026-05-03T12:00:00.000Z' }),
      grants: [
        { referralId: 'ref_1', customerId: 'cus_anna', role: 'referrer', amount: { amount: 1000, currency: 'EUR' }, orderId: 'ord_9' },
        { referralId: 'ref_1', customerId: 'cus_mihai', role: 'referee', amount: { amount: 1000, currency: 'EUR' }, orderId: 'ord_9' },
      ],
    })
  })

  it('matches a referee who claimed as a guest by email', () => {
    const guest = pending({ refereeId: undefined })
    const outcome = program.rewardsForPaidOrder(guest, { ...firstOrder, email: 'MIHAI.POPESCU@example.ro' }, now)
    expect(outcome?.referral.refereeId).toBe('cus_mihai')
  })

  it('grants nothing for a later order, someone else’s order, or twice', () => {
    expect(program.rewardsForPaidOrder(pending(), { ...firstOrder, firstPaidOrder: false }, now)).toBeNull()
    expect(program.rewardsForPaidOrder(pending(), { ...firstOrder, customerId: 'cus_lena' }, now)).toBeNull()
    const rewarded = program.rewardsForPaidOrder(pending(), firstOrder, now)!.referral
    expect(program.rewardsForPaidOrder(rewarded, firstOrder, now)).toBeNull()
  })
})

describe('voidForRefund', () => {
  it('takes both grants back when the rewarded order is refunded, once', () => {
    const rewarded = program.rewardsForPaidOrder(pending(), { orderId: 'ord_9', customerId: 'cus_mihai', firstPaidOrder: true }, now)!.referral
    const outcome = program.voidForRefund(rewarded, 'ord_9', '2026-05-10T12:00:00Z')
    expect(outcome?.referral).toMatchObject({ status: 'voided', voidedAt: '2026-05-10T12:00:00.000Z' })
    expect(outcome?.grants.map((grant) => [grant.customerId, grant.amount.amount])).toEqual([
      ['cus_anna', -1000],
      ['cus_mihai', -1000],
    ])
    expect(program.voidForRefund(outcome!.referral, 'ord_9', now)).toBeNull()
  })

  it('ignores refunds of other orders and of unrewarded referrals', () => {
    expect(program.voidForRefund(pending(), 'ord_9', now)).toBeNull()
    const rewarded = pending({ status: 'rewarded', orderId: 'ord_9' })
    expect(program.voidForRefund(rewarded, 'ord_10', now)).toBeNull()
  })
})
