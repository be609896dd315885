import { toTime } from './time'
import type { LedgerEntry } from './types'

/** Points of one positive entry that are still there to spend, expire or void. */
export interface Lot {
  entry: LedgerEntry
  remaining: number
  /** How many of its points expire entries have taken. */
  expired: number
  expiresAt: number
}

export interface LedgerState {
  /** In the order they were earned. */
  lots: Lot[]
  /** Points taken when nothing was left (e.g. an order voided after its points were spent). */
  debt: number
}

const NEVER = Number.POSITIVE_INFINITY

/**
 * Replays the entries in time order. Positive entries add lots. Spending (redeem, negative
 * adjust) takes from the oldest unexpired lots first (FIFO); expire entries take from the lots
 * past their expiry, earliest expiry first; a void takes from its order's lot first. Whatever
 * cannot be taken becomes debt, which later earnings pay off.
 */
export function replay(entries: readonly LedgerEntry[]): LedgerState {
  const ordered = entries.map((entry, index) => ({ entry, index, time: toTime(entry.occurredAt) }))
  ordered.sort((a, b) => a.time - b.time || a.index - b.index)
  const state: LedgerState = { lots: [], debt: 0 }
  for (const { entry, time } of ordered) {
    if (entry.points > 0) {
      const payOff = Math.min(state.debt, entry.points)
      state.debt -= payOff
      const expiresAt = entry.expiresAt ? toTime(entry.expiresAt) : NEVER
      state.lots.push({ entry, remaining: entry.points - payOff, expired: 0, expiresAt })
    } else if (entry.points < 0) {
      take(state, entry, time, -entry.points)
    }
  }
  return state
}

function take(state: LedgerState, entry: LedgerEntry, time: number, points: number): void {
  const live = (lot: Lot) => lot.expiresAt > time
  let sources: Lot[]
  if (entry.kind === 'expire') {
    sources = state.lots.filter((lot) => !live(lot)).sort((a, b) => a.expiresAt - b.expiresAt)
  } else {
    sources = state.lots.filter(live)
    if (entry.kind === 'void' && entry.orderId) {
      const own = sources.filter((lot) => lot.entry.orderId === entry.orderId)
      sources = [...own, ...sources.filter((lot) => !own.includes(lot))]
    }
  }
  let left = points
  for (const lot of sources) {
    if (left === 0) break
    const taken = Math.min(lot.remaining, left)
    lot.remaining -= taken
    if (entry.kind === 'expire') lot.expired += taken
    left -= taken
  }
  state.debt += left
}

/** Spendable points at `now`: unexpired remaining points minus debt. */
export function balanceOf(state: LedgerState, now: number): number {
  let total = 0 - state.debt
  for (const lot of state.lots) if (lot.expiresAt > now) total += lot.remaining
  return total
}
