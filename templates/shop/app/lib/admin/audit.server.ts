import type { Queryable } from '../db.server'
import type { StaffMember } from './staff.server'

export interface AuditEntry {
  id: string
  staffEmail: string
  action: string
  subject: string
  before: unknown
  after: unknown
  occurredAt: string
}

/** Records one change: who (the staff member), what (action and subject), when, and the state before and after. */
export async function recordAudit(
  db: Queryable,
  actor: Pick<StaffMember, 'id' | 'email'>,
  change: { action: string; subject: string; before?: unknown; after?: unknown },
  now: Date = new Date(),
): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (staff_id, staff_email, action, subject, before, after, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [
      actor.id,
      actor.email,
      change.action,
      change.subject,
      change.before === undefined ? null : JSON.stringify(change.before),
      change.after === undefined ? null : JSON.stringify(change.after),
      now,
    ],
  )
}

/** Only the fields that differ, before and after; [null, null] when none does. */
export function changedFields<T extends Record<string, unknown>>(was: T, will: T): [Partial<T>, Partial<T>] | [null, null] {
  const keys = Object.keys(was).filter((key) => JSON.stringify(was[key]) !== JSON.stringify(will[key]))
  if (keys.length === 0) return [null, null]
  const pick = (from: T) => Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<T>
  return [pick(was), pick(will)]
}

export const AUDIT_PAGE_SIZE = 50

/** The newest changes first, `AUDIT_PAGE_SIZE` per page (1-based). */
export async function listAudit(db: Queryable, page = 1): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  const { rows } = await db.query<{
    id: string
    staff_email: string
    action: string
    subject: string
    before: unknown
    after: unknown
    occurred_at: Date | string
  }>('SELECT id::text, staff_email, action, subject, before, after, occurred_at FROM audit_log ORDER BY occurred_at DESC, id DESC LIMIT $1 OFFSET $2', [
    AUDIT_PAGE_SIZE + 1,
    (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE,
  ])
  return {
    entries: rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({
      id: row.id,
      staffEmail: row.staff_email,
      action: row.action,
      subject: row.subject,
      before: row.before,
      after: row.after,
      occurredAt: new Date(row.occurred_at).toISOString(),
    })),
    hasMore: rows.length > AUDIT_PAGE_SIZE,
  }
}
