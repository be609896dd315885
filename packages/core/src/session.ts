import type { Attribution } from './attribution'
import { isStage, type Stage } from './stages'

/** A session ends after this long without events. */
export const SESSION_TIMEOUT_MS = 1_800_000 // 30 minutes

/** One visit: its id, when it was last active, its attribution and the furthest stage its events reached. */
export interface Session extends Attribution {
  id: string
  /** Epoch milliseconds of the last event. */
  lastActivity: number
  stage: Stage
}

export function isExpired(session: Session, nowMs: number): boolean {
  return nowMs - session.lastActivity >= SESSION_TIMEOUT_MS
}

/** A stored session, or `undefined` when absent or not in the shape this version writes. */
export function parseSession(raw: string | null | undefined): Session | undefined {
  if (!raw) return undefined
  try {
    const value = JSON.parse(raw) as Partial<Session> | null
    if (typeof value?.id === 'string' && typeof value.lastActivity === 'number' && isStage(value.stage) && value.campaign && value.touchpoint)
      return value as Session
  } catch {
    // Unreadable: start afresh.
  }
  return undefined
}
