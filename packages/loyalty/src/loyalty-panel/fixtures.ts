import type { LedgerEntry, LoyaltyMember } from '../program/types'

export { programConfig } from '../program/fixtures'

/** Silver, 1,180 lifetime points (320 to Gold), 680 to spend after one €5 reward. */
export const silverMember: LoyaltyMember = { balance: 680, lifetimePoints: 1180 }

export const memberHistory: LedgerEntry[] = [
  {
    id: 'earn:SO-10482',
    customerId: 'cus_anna',
    kind: 'earn',
    points: 129,
    reason: 'order',
    orderId: 'SO-10482',
    occurredAt: '2026-10-28T14:12:00.000Z',
    expiresAt: '2027-10-28T14:12:00.000Z',
  },
  {
    id: 'red_7f3k',
    customerId: 'cus_anna',
    kind: 'redeem',
    points: -500,
    reason: 'reward',
    rewardId: 'five-off',
    occurredAt: '2026-10-02T09:30:00.000Z',
  },
  {
    id: 'earn:cus_anna:review:rev_2291',
    customerId: 'cus_anna',
    kind: 'earn',
    points: 50,
    reason: 'review',
    occurredAt: '2026-09-18T18:45:00.000Z',
    expiresAt: '2027-09-18T18:45:00.000Z',
  },
  {
    id: 'void:SO-10177',
    customerId: 'cus_anna',
    kind: 'void',
    points: -89,
    reason: 'refund',
    orderId: 'SO-10177',
    occurredAt: '2026-08-30T11:00:00.000Z',
  },
  {
    id: 'earn:SO-10177',
    customerId: 'cus_anna',
    kind: 'earn',
    points: 89,
    reason: 'order',
    orderId: 'SO-10177',
    occurredAt: '2026-08-21T16:05:00.000Z',
    expiresAt: '2027-08-21T16:05:00.000Z',
  },
  {
    id: 'earn:SO-09815',
    customerId: 'cus_anna',
    kind: 'earn',
    points: 1001,
    reason: 'order',
    orderId: 'SO-09815',
    occurredAt: '2026-06-03T10:20:00.000Z',
    expiresAt: '2027-06-03T10:20:00.000Z',
  },
]
