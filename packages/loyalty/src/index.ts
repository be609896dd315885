'use client'
export * from './loyalty-panel'
export * from './rewards-dialog'
export * from './referral-panel'
export * from './nps-survey'
export { loyaltyStages } from './stages'
export type {
  LedgerEntry,
  LedgerEntryKind,
  LoyaltyMember,
  LoyaltyProgramConfig,
  LoyaltyReward,
  LoyaltyTier,
  RedeemRefusalReason,
} from './program/types'
