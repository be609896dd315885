import { afterEach, describe, expect, it, vi } from 'vitest'
import { programConfig } from './fixtures'
import { createLoyaltyProgram } from './loyalty-program'
import type { LedgerEntry, LoyaltyOrder } from './types'

let counter = 0
const program = createLoyaltyProgram(programConfig, { createId: () => `id-${++counter}` })

function order(orderId: string, amount: number, occurredAt: string, currency = 'EUR'): LoyaltyOrder {
  return { orderId, customerId: 'cus_anna', amount: { amount, currency }, occurredAt }
}

/** Applies each step's returned entry to the ledger, as the app would. */
function ledgerOf(...entries: Array<LedgerEntry | null>): LedgerEntry[] {
  return entries.filter((entry): entry is LedgerEntry => entry !== null)
}

function earned(orderId: string, amount: number, occurredAt: string): LedgerEntry {
  const entry = program.earnForOrder([], order(orderId, amount, occurredAt))
  if (!entry) throw new Error('expected an earn entry')
  return entry
}

afterEach(() => {
  counter = 0
})

describe('earnForOrder', () => {
  it('earns one point per whole euro, rounding partial euros down', () => {
    const entry = program.earnForOrder([], order('ord_1', 12999, '2026-03-01T10:00:00Z'))
    expect(entry).toEqual({
      id: 'earn:ord_1',
      customerId: 'cus_anna',
      kind: 'earn',
      points: 129,
      reason: 'order',
      orderId: 'ord_1',
      occurredAt: '2026-03-01T10:00:00.000Z',
      expiresAt: '2027-03-01T10:00:00.000Z',
    })
  })

  it('uses the currency’s minor units (JPY has none)', () => {
    const yen = createLoyaltyProgram({ ...programConfig, earn: { currency: 'JPY', pointsPerUnit: 0.01 } })
    expect(yen.pointsForAmount({ amount: 12345, currency: 'JPY' })).toBe(123)
  })

  it('does not lose points to binary fractions of fractional rates', () => {
    const tenth = createLoyaltyProgram({ ...programConfig, earn: { currency: 'EUR', pointsPerUnit: 0.1 } })
    expect(tenth.pointsForAmount({ amount: 3000, currency: 'EUR' })).toBe(3)
  })

  it('awarding the same order twice is a no-op', () => {
    const first = program.earnForOrder([], order('ord_1', 5000, '2026-03-01T10:00:00Z'))
    expect(first).not.toBeNull()
    expect(program.earnForOrder(ledgerOf(first), order('ord_1', 5000, '2026-03-01T10:00:00Z'))).toBeNull()
  })

  it('does not award a refunded order again', () => {
    const first = earned('ord_1', 5000, '2026-03-01T10:00:00Z')
    const voided = program.voidOrder([first], 'ord_1', '2026-03-05T10:00:00Z')
    expect(program.earnForOrder(ledgerOf(first, voided), order('ord_1', 5000, '2026-03-06T10:00:00Z'))).toBeNull()
  })

  it('earns nothing for an order in another currency or with a broken amount, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(program.earnForOrder([], order('ord_usd', 5000, '2026-03-01T10:00:00Z', 'USD'))).toBeNull()
    expect(program.earnForOrder([], order('ord_nan', Number.NaN, '2026-03-01T10:00:00Z'))).toBeNull()
    expect(program.earnForOrder([], order('ord_cents', 99, '2026-03-01T10:00:00Z'))).toBeNull()
    expect(warn).toHaveBeenCalledTimes(2)
  })
})

describe('earnForAction', () => {
  const review = { customerId: 'cus_anna', action: 'review', key: 'rev_42', occurredAt: '2026-03-02T09:00:00Z' }

  it('awards the bonus once per action and key', () => {
    const entry = program.earnForAction([], review)
    expect(entry).toMatchObject({ kind: 'earn', points: 50, reason: 'review', expiresAt: '2027-03-02T09:00:00.000Z' })
    expect(program.earnForAction(ledgerOf(entry), review)).toBeNull()
    expect(program.earnForAction(ledgerOf(entry), { ...review, key: 'rev_43' })).toMatchObject({ points: 50 })
  })

  it('refuses an unknown action with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(program.earnForAction([], { ...review, action: 'tweet' })).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('tweet'))
  })
})

describe('tiers', () => {
  it.each([
    [0, 'bronze'],
    [499, 'bronze'],
    [500, 'silver'],
    [1499, 'silver'],
    [1500, 'gold'],
    [4999, 'gold'],
    [5000, 'platinum'],
    [90000, 'platinum'],
  ])('%i lifetime points → %s (boundaries inclusive)', (points, tier) => {
    expect(program.tierFor(points).id).toBe(tier)
  })

  it('reports progress to the next tier', () => {
    expect(program.progressToNextTier(1180)).toEqual({
      current: expect.objectContaining({ id: 'silver' }),
      next: expect.objectContaining({ id: 'gold' }),
      pointsToNext: 320,
      ratio: 0.68,
    })
  })

  it('has no next tier at the top', () => {
    expect(program.progressToNextTier(6000)).toMatchObject({ next: null, pointsToNext: 0, ratio: 1 })
  })

  it('computes the tier from the ledger: spending keeps it, a refund lowers it', () => {
    const big = earned('ord_1', 60000, '2026-01-10T10:00:00Z')
    const redeemed = program.redeem([big], 'five-off', '2026-01-11T10:00:00Z')
    if (!redeemed.ok) throw new Error(redeemed.reason)
    expect(program.tierFor([big, redeemed.entry]).id).toBe('silver')
    const voided = program.voidOrder([big, redeemed.entry], 'ord_1', '2026-01-12T10:00:00Z')
    expect(program.tierFor(ledgerOf(big, redeemed.entry, voided)).id).toBe('bronze')
  })
})

describe('balance and lifetime points', () => {
  it('always agree with the entries', () => {
    const entries = [
      earned('ord_1', 30000, '2026-01-10T10:00:00Z'),
      earned('ord_2', 45050, '2026-02-10T10:00:00Z'),
      program.adjust('cus_anna', -20, 'goodwill correction', '2026-02-11T10:00:00Z'),
    ]
    expect(program.balance(entries, '2026-02-12T00:00:00Z')).toBe(300 + 450 - 20)
    expect(program.lifetimePoints(entries)).toBe(730)
  })

  it('are zero for a new customer', () => {
    expect(program.balance([], new Date('2026-02-12T00:00:00Z'))).toBe(0)
    expect(program.lifetimePoints([])).toBe(0)
  })
})

describe('redeem', () => {
  const now = '2026-04-01T12:00:00Z'
  const rich = () => [earned('ord_1', 200000, '2026-03-01T10:00:00Z')]

  it('returns a redeem entry that lowers the balance', () => {
    const entries = rich()
    const result = program.redeem(entries, 'five-off', now)
    expect(result).toEqual({
      ok: true,
      entry: {
        id: 'id-1',
        customerId: 'cus_anna',
        kind: 'redeem',
        points: -500,
        reason: 'reward',
        rewardId: 'five-off',
        occurredAt: '2026-04-01T12:00:00.000Z',
      },
    })
    if (result.ok) expect(program.balance([...entries, result.entry], now)).toBe(1500)
  })

  it('refuses with insufficient_points', () => {
    expect(program.redeem([earned('ord_1', 19999, '2026-03-01T10:00:00Z')], 'free-shipping', now)).toEqual({
      ok: false,
      reason: 'insufficient_points',
    })
    expect(program.redeem([], 'free-shipping', now)).toEqual({ ok: false, reason: 'insufficient_points' })
  })

  it('refuses with tier_too_low below the reward’s tier', () => {
    const silver = [earned('ord_1', 140000, '2026-03-01T10:00:00Z')]
    expect(program.redeem(silver, 'fifteen-off', now)).toEqual({ ok: false, reason: 'tier_too_low' })
    const gold = [earned('ord_1', 150000, '2026-03-01T10:00:00Z')]
    expect(program.redeem(gold, 'fifteen-off', now)).toMatchObject({ ok: true })
  })

  it('refuses with already_redeemed for a one-time reward', () => {
    const entries = rich()
    const first = program.redeem(entries, 'welcome-tote', now)
    if (!first.ok) throw new Error(first.reason)
    expect(program.redeem([...entries, first.entry], 'welcome-tote', now)).toEqual({ ok: false, reason: 'already_redeemed' })
    expect(program.redeem([...entries, first.entry], 'free-shipping', now)).toMatchObject({ ok: true })
  })

  it('refuses with unknown_reward and reward_unavailable', () => {
    expect(program.redeem(rich(), 'yacht', now)).toEqual({ ok: false, reason: 'unknown_reward' })
    expect(program.redeem(rich(), 'early-access', now)).toEqual({ ok: false, reason: 'reward_unavailable' })
  })

  it('does not spend expired points', () => {
    const old = [earned('ord_1', 30000, '2025-01-01T10:00:00Z')]
    expect(program.balance(old, now)).toBe(0)
    expect(program.redeem(old, 'free-shipping', now)).toEqual({ ok: false, reason: 'insufficient_points' })
  })
})

describe('expire', () => {
  it('expires the unspent points of each lot, spending having taken the oldest first (FIFO)', () => {
    const january = earned('ord_jan', 30000, '2025-01-10T10:00:00Z') // 300, expires 2026-01-10
    const june = earned('ord_jun', 40000, '2025-06-10T10:00:00Z') // 400, expires 2026-06-10
    const spent = program.redeem([january, june], 'five-off', '2025-07-01T10:00:00Z') // takes 300 from January, 200 from June
    if (!spent.ok) throw new Error(spent.reason)
    const entries = [january, june, spent.entry]

    expect(program.expire(entries, '2026-02-01T00:00:00Z')).toEqual([])
    const expired = program.expire(entries, '2026-07-01T00:00:00Z')
    expect(expired).toEqual([
      {
        id: 'expire:earn:ord_jun',
        customerId: 'cus_anna',
        kind: 'expire',
        points: -200,
        reason: 'expiry',
        orderId: 'ord_jun',
        occurredAt: '2026-06-10T10:00:00.000Z',
        expiresAt: '2026-06-10T10:00:00.000Z',
      },
    ])
  })

  it('expires lots oldest first, each once, and the balance agrees before and after', () => {
    const a = earned('ord_a', 10000, '2025-01-01T00:00:00Z')
    const b = earned('ord_b', 20000, '2025-02-01T00:00:00Z')
    const c = earned('ord_c', 40000, '2026-01-01T00:00:00Z')
    const now = '2026-03-01T00:00:00Z'
    const entries = [c, b, a]
    expect(program.balance(entries, now)).toBe(400)
    const expired = program.expire(entries, now)
    expect(expired.map((entry) => [entry.orderId, entry.points])).toEqual([
      ['ord_a', -100],
      ['ord_b', -200],
    ])
    const after = [...entries, ...expired]
    expect(program.balance(after, now)).toBe(400)
    expect(after.reduce((sum, entry) => sum + entry.points, 0)).toBe(400)
    expect(program.expire(after, now)).toEqual([])
    expect(program.lifetimePoints(after)).toBe(700)
  })

  it('never expires anything without an expiry rule', () => {
    const forever = createLoyaltyProgram({ ...programConfig, expiry: null })
    const entry = forever.earnForOrder([], order('ord_1', 10000, '2020-01-01T00:00:00Z'))
    expect(entry).not.toHaveProperty('expiresAt')
    expect(forever.expire(ledgerOf(entry), '2030-01-01T00:00:00Z')).toEqual([])
  })
})

describe('voidOrder', () => {
  it('reverses the order’s points on refund, once', () => {
    const first = earned('ord_1', 25000, '2026-03-01T10:00:00Z')
    const other = earned('ord_2', 10000, '2026-03-02T10:00:00Z')
    const voided = program.voidOrder([first, other], 'ord_1', '2026-03-05T10:00:00Z')
    expect(voided).toEqual({
      id: 'void:ord_1',
      customerId: 'cus_anna',
      kind: 'void',
      points: -250,
      reason: 'refund',
      orderId: 'ord_1',
      occurredAt: '2026-03-05T10:00:00.000Z',
    })
    const entries = ledgerOf(first, other, voided)
    expect(program.balance(entries, '2026-03-06T00:00:00Z')).toBe(100)
    expect(program.lifetimePoints(entries)).toBe(100)
    expect(program.voidOrder(entries, 'ord_1', '2026-03-07T10:00:00Z')).toBeNull()
  })

  it('returns null for an order that earned nothing', () => {
    expect(program.voidOrder([], 'ord_unknown', '2026-03-05T10:00:00Z')).toBeNull()
  })

  it('takes spent points from the rest of the balance, which may go negative', () => {
    const first = earned('ord_1', 60000, '2026-03-01T10:00:00Z')
    const spent = program.redeem([first], 'five-off', '2026-03-02T10:00:00Z')
    if (!spent.ok) throw new Error(spent.reason)
    const voided = program.voidOrder([first, spent.entry], 'ord_1', '2026-03-03T10:00:00Z')
    const entries = ledgerOf(first, spent.entry, voided)
    expect(program.balance(entries, '2026-03-04T00:00:00Z')).toBe(-500)
    // The next order pays the debt off first.
    const next = earned('ord_2', 70000, '2026-03-10T10:00:00Z')
    expect(program.balance([...entries, next], '2026-03-11T00:00:00Z')).toBe(200)
  })

  it('does not take expired points twice', () => {
    const first = earned('ord_1', 30000, '2025-01-01T00:00:00Z')
    const expired = program.expire([first], '2026-02-01T00:00:00Z')
    const voided = program.voidOrder([first, ...expired], 'ord_1', '2026-02-02T00:00:00Z')
    expect(voided?.points).toBe(0)
    expect(program.balance(ledgerOf(first, ...expired, voided), '2026-02-03T00:00:00Z')).toBe(0)
  })
})

describe('createLoyaltyProgram', () => {
  it('rejects rules that cannot work', () => {
    expect(() => createLoyaltyProgram({ ...programConfig, tiers: [] })).toThrow(/lowest tier/)
    expect(() => createLoyaltyProgram({ ...programConfig, tiers: [{ id: 'a', name: 'A', minPoints: 10 }] })).toThrow(/0 points/)
    expect(() =>
      createLoyaltyProgram({ ...programConfig, rewards: [{ id: 'free', name: 'Free', points: 0 }] }),
    ).toThrow(/positive whole number/)
    expect(() =>
      createLoyaltyProgram({ ...programConfig, rewards: [{ id: 'x', name: 'X', points: 5, minTier: 'diamond' }] }),
    ).toThrow(/unknown tier/)
    expect(() => createLoyaltyProgram({ ...programConfig, earn: { currency: 'EUR', pointsPerUnit: Number.NaN } })).toThrow()
    expect(() => createLoyaltyProgram({ ...programConfig, expiry: { afterDays: 0 } })).toThrow(/afterDays/)
    expect(() => program.adjust('cus_anna', 1.5, 'oops', '2026-01-01T00:00:00Z')).toThrow(/whole points/)
  })
})
