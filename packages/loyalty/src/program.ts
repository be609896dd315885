// Server-safe entry: no client directive and no React. Shared by the blocks and the shop's server.
export { createLoyaltyProgram, type LoyaltyProgram, type LoyaltyProgramOptions } from './program/loyalty-program'
export type * from './program/types'
export {
  createReferralProgram,
  type PaidOrder,
  type Referee,
  type Referral,
  type ReferralClaim,
  type ReferralClaimResult,
  type ReferralGrant,
  type ReferralLimits,
  type ReferralOutcome,
  type ReferralProgram,
  type ReferralProgramConfig,
  type ReferralProgramOptions,
  type ReferralRefusalReason,
  type ReferralStatus,
  type Referrer,
} from './program/referral-program'
export { MAILBOX_DOMAIN_ALIASES, normalizeEmail, YAHOO_DOMAIN } from './program/email'
export { CODE_ALPHABET, isWellFormedCode, normalizeCode } from './program/referral-code'
