import type { Money } from '@journeykit/core'
import { normalizeEmail } from './email'
import { isWellFormedCode, normalizeCode, randomCode } from './referral-code'
import { defaultId, toIso } from './time'

export interface ReferralLimits {
  /** Referrals one referrer may have (pending or rewarded; voided ones do not count). Default: no cap. */
  maxReferralsPerReferrer?: number
  /** Symbols per code including the check symbol (default 8; at least 6). */
  codeLength?: number
}

export interface ReferralProgramConfig {
  /** What the referrer gets once the referee has paid their first order. */
  referrerReward: Money
  /** What the referee gets once they have paid their first order. */
  refereeReward: Money
  limits?: ReferralLimits
}

export interface ReferralProgramOptions {
  /** Makes referral ids (default `crypto.randomUUID()`). */
  createId?: () => string
}

/** The owner of a code, as the app stores it. */
export interface Referrer {
  customerId: string
  email: string
  code: string
}

/** The person claiming a code. */
export interface Referee {
  /** Known once they have an account. */
  customerId?: string
  email: string
  /** Whether they already are a customer (an account with orders): existing customers cannot be referred. */
  existingCustomer: boolean
}

export type ReferralStatus = 'pending' | 'rewarded' | 'voided'

/** A claimed code, as the app stores it. */
export interface Referral {
  id: string
  /** Normalized. */
  code: string
  referrerId: string
  refereeId?: string
  /** Normalized with `normalizeEmail`. */
  refereeEmail: string
  status: ReferralStatus
  claimedAt: string
  /** The referee's first paid order, once rewarded. */
  orderId?: string
  rewardedAt?: string
  voidedAt?: string
}

export type ReferralRefusalReason =
  | 'invalid_code'
  | 'self_referral'
  | 'existing_customer'
  | 'referrer_cap_reached'
  | 'already_claimed'

export type ReferralClaimResult = { ok: true; referral: Referral } | { ok: false; reason: ReferralRefusalReason }

export interface ReferralClaim {
  /** As typed by the referee; case, spaces and dashes do not matter. */
  code: string
  referee: Referee
  /** The customer the app found for the code, or `null` when there is none. */
  referrer: Referrer | null
  /** The stored referrals of that referrer and any of this referee. */
  referrals: readonly Referral[]
  now: Date | string
}

/** A reward to credit (or, negative, to take back). */
export interface ReferralGrant {
  referralId: string
  customerId: string
  role: 'referrer' | 'referee'
  amount: Money
  orderId: string
}

export interface ReferralOutcome {
  /** The referral to store in place of the old one. */
  referral: Referral
  grants: ReferralGrant[]
}

export interface PaidOrder {
  orderId: string
  customerId: string
  email?: string
  /** Whether this is the customer's first paid order. */
  firstPaidOrder: boolean
}

export interface ReferralProgram {
  readonly config: ReferralProgramConfig
  /** A new random code: short, from an alphabet without look-alikes, ending in a check symbol. Store it with the customer (codes are not derived from them). */
  generateCode(): string
  /** Whether a code could be genuine (alphabet and check symbol), before any lookup. */
  isWellFormedCode(code: string): boolean
  /** Checks a claim; on success returns the pending referral to store. */
  validateClaim(claim: ReferralClaim): ReferralClaimResult
  /** The grants when the referee pays their first order, or `null` when this order earns nothing (not pending, not the referee, not the first paid order). */
  rewardsForPaidOrder(referral: Referral, order: PaidOrder, now: Date | string): ReferralOutcome | null
  /** Takes the grants back when the rewarded order is refunded, or `null` when that order was not the rewarded one. */
  voidForRefund(referral: Referral, orderId: string, now: Date | string): ReferralOutcome | null
}

/** The referral rules as pure functions over the stored referrals passed in. */
export function createReferralProgram(config: ReferralProgramConfig, options: ReferralProgramOptions = {}): ReferralProgram {
  const codeLength = config.limits?.codeLength ?? 8
  if (!Number.isInteger(codeLength) || codeLength < 6) throw new RangeError('referral: codeLength must be a whole number ≥ 6')
  const cap = config.limits?.maxReferralsPerReferrer ?? Number.POSITIVE_INFINITY
  const createId = options.createId ?? defaultId

  function grants(referral: Referral, refereeId: string, orderId: string, sign: 1 | -1): ReferralGrant[] {
    const grant = (customerId: string, role: ReferralGrant['role'], amount: Money): ReferralGrant => ({
      referralId: referral.id,
      customerId,
      role,
      amount: { amount: sign * amount.amount, currency: amount.currency },
      orderId,
    })
    return [grant(referral.referrerId, 'referrer', config.referrerReward), grant(refereeId, 'referee', config.refereeReward)]
  }

  return {
    config,
    generateCode: () => randomCode(codeLength),
    isWellFormedCode,

    validateClaim({ code, referee, referrer, referrals, now }) {
      const normalized = normalizeCode(code)
      if (!isWellFormedCode(normalized) || !referrer || normalizeCode(referrer.code) !== normalized) {
        return { ok: false, reason: 'invalid_code' }
      }
      const email = normalizeEmail(referee.email)
      if (referee.customerId === referrer.customerId || email === normalizeEmail(referrer.email)) {
        return { ok: false, reason: 'self_referral' }
      }
      const isReferee = (referral: Referral) =>
        referral.refereeEmail === email || (referee.customerId !== undefined && referral.refereeId === referee.customerId)
      if (referrals.some((referral) => referral.status !== 'voided' && isReferee(referral))) {
        return { ok: false, reason: 'already_claimed' }
      }
      if (referee.existingCustomer) return { ok: false, reason: 'existing_customer' }
      const active = referrals.filter((referral) => referral.referrerId === referrer.customerId && referral.status !== 'voided')
      if (active.length >= cap) return { ok: false, reason: 'referrer_cap_reached' }
      return {
        ok: true,
        referral: {
          id: createId(),
          code: normalized,
          referrerId: referrer.customerId,
          ...(referee.customerId !== undefined ? { refereeId: referee.customerId } : {}),
          refereeEmail: email,
          status: 'pending',
          claimedAt: toIso(now),
        },
      }
    },

    rewardsForPaidOrder(referral, order, now) {
      const byReferee =
        referral.refereeId !== undefined
          ? referral.refereeId === order.customerId
          : order.email !== undefined && normalizeEmail(order.email) === referral.refereeEmail
      if (referral.status !== 'pending' || !byReferee || !order.firstPaidOrder) return null
      const rewarded: Referral = {
        ...referral,
        refereeId: order.customerId,
        status: 'rewarded',
        orderId: order.orderId,
        rewardedAt: toIso(now),
      }
      return { referral: rewarded, grants: grants(rewarded, order.customerId, order.orderId, 1) }
    },

    voidForRefund(referral, orderId, now) {
      if (referral.status !== 'rewarded' || referral.orderId !== orderId || referral.refereeId === undefined) return null
      const voided: Referral = { ...referral, status: 'voided', voidedAt: toIso(now) }
      return { referral: voided, grants: grants(referral, referral.refereeId, orderId, -1) }
    },
  }
}
