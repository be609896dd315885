import { randomUUID } from 'node:crypto'
import type { Database, Queryable } from '../db.server'
import { createServerEvent, recordServerEvent } from '../journey-events.server'

/**
 * queued → sending → sent; a failed attempt goes back to queued (later), the last one to dead; a
 * message whose recipient no longer consents when it is due is suppressed instead of sent.
 */
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'dead' | 'suppressed'

/**
 * The consent a message needs at the moment it is sent: none (order mail), a pending double opt-in
 * (the confirmation request itself), or a confirmed one (newsletters, reminders).
 */
export type OutboxConsent = 'transactional' | 'opt_in_request' | 'marketing'

export interface OutboxMessage {
  id: string
  /** Why the message exists, e.g. `order-confirmation:NW-10042`: one message per key, ever. */
  idempotencyKey: string
  /** The email template's name, e.g. `order_confirmation`. */
  kind: string
  /** The `utm_campaign` of its links: the template's name unless the message was queued with another. */
  campaign: string
  recipient: string
  subject: string
  html: string
  text: string
  /** Extra mail headers, e.g. List-Unsubscribe on marketing mail; none on transactional mail. */
  headers: Record<string, string>
  consent: OutboxConsent
  /** The cart a lifecycle message is about, or null. */
  cartId: string | null
  /** The order a follow-up message is about, or null. */
  orderId: string | null
  status: OutboxStatus
  attempts: number
  /** ISO times. */
  nextAttemptAt: string
  createdAt: string
  sentAt: string | null
  lastError: string | null
}

export type NewOutboxMessage = Pick<OutboxMessage, 'idempotencyKey' | 'kind' | 'recipient' | 'subject' | 'html' | 'text'> &
  Partial<Pick<OutboxMessage, 'headers' | 'consent' | 'campaign'>> & {
    /** When it is due (default: when queued); a scheduled message waits in the table, so it survives restarts. */
    sendAt?: Date
    /** The cart a lifecycle message is about: it is suppressed once that cart has an order. */
    cartId?: string
    /** The order a follow-up message is about: it is suppressed once that order is refunded or cancelled. */
    orderId?: string
  }

/** How the worker retries: attempts in all, and the wait after the n-th failure (1 min, 5 min, 25 min, 2 h 5 min). */
export const OUTBOX_RETRY = {
  maxAttempts: 5,
  delayMs: (failedAttempts: number) => 60_000 * 5 ** (failedAttempts - 1),
  /**
   * How long a claim holds a message for sending. The worker renews it every third of that while the
   * send runs, so only a dead worker's lease runs out; then the message is claimed again.
   */
  leaseMs: 60_000,
} as const

interface OutboxRow {
  id: string
  idempotency_key: string
  kind: string
  campaign: string
  recipient: string
  subject: string
  html: string
  text: string
  headers: Record<string, string>
  consent: OutboxConsent
  cart_id: string | null
  order_id: string | null
  status: OutboxStatus
  attempts: number
  next_attempt_at: Date | string
  created_at: Date | string
  sent_at: Date | string | null
  last_error: string | null
}

const iso = (value: Date | string) => new Date(value).toISOString()

function fromRow(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    kind: row.kind,
    campaign: row.campaign,
    recipient: row.recipient,
    subject: row.subject,
    html: row.html,
    text: row.text,
    headers: row.headers,
    consent: row.consent,
    cartId: row.cart_id,
    orderId: row.order_id,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: iso(row.next_attempt_at),
    createdAt: iso(row.created_at),
    sentAt: row.sent_at ? iso(row.sent_at) : null,
    lastError: row.last_error,
  }
}

/**
 * Queues a rendered message, in the caller's transaction when given one. A key already queued
 * (whatever its status) queues nothing: returns false.
 */
export async function enqueueEmail(db: Queryable, message: NewOutboxMessage, now: Date = new Date()): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO email_outbox (id, idempotency_key, kind, recipient, subject, html, text, headers, consent, cart_id, order_id, next_attempt_at, created_at, campaign)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $9::jsonb, $10, $11, $12, $13, $8, $14)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [
      `em_${randomUUID()}`,
      message.idempotencyKey,
      message.kind,
      message.recipient,
      message.subject,
      message.html,
      message.text,
      now,
      JSON.stringify(message.headers ?? {}),
      message.consent ?? 'transactional',
      message.cartId ?? null,
      message.orderId ?? null,
      message.sendAt ?? now,
      message.campaign ?? message.kind,
    ],
  )
  return rows.length === 1
}

/** The newest messages first. */
export async function listOutbox(db: Queryable, { limit = 50 }: { limit?: number } = {}): Promise<OutboxMessage[]> {
  const { rows } = await db.query<OutboxRow>('SELECT * FROM email_outbox ORDER BY created_at DESC, id LIMIT $1', [limit])
  return rows.map(fromRow)
}

export async function getOutboxMessage(db: Queryable, id: string): Promise<OutboxMessage | null> {
  const { rows } = await db.query<OutboxRow>('SELECT * FROM email_outbox WHERE id = $1', [id])
  return rows[0] ? fromRow(rows[0]) : null
}

/** A claimed message: the row as it was claimed, whose `attempts` names this claim (a later claim counts one more). */
export type ClaimedEmail = OutboxMessage & { status: 'sending' }

/**
 * Claims the next due message (queued and its time has come, or left `sending` by a worker whose
 * lease ran out), marking it sending under a lease of `OUTBOX_RETRY.leaseMs` and counting the attempt.
 * One message per claim, so a lease only has to cover one send; `SKIP LOCKED` lets two workers on
 * one PostgreSQL claim different messages.
 */
export async function claimNextEmail(db: Queryable, now: Date): Promise<ClaimedEmail | null> {
  const { rows } = await db.query<OutboxRow>(
    `UPDATE email_outbox SET status = 'sending', attempts = attempts + 1, locked_until = $2
      WHERE id = (
        SELECT id FROM email_outbox
         WHERE (status = 'queued' AND next_attempt_at <= $1) OR (status = 'sending' AND locked_until <= $1)
         ORDER BY next_attempt_at, id LIMIT 1
         FOR UPDATE SKIP LOCKED)
      RETURNING *`,
    [now, leaseEnd(now)],
  )
  return rows[0] ? (fromRow(rows[0]) as ClaimedEmail) : null
}

const leaseEnd = (now: Date) => new Date(now.getTime() + OUTBOX_RETRY.leaseMs)

/** The claim a worker holds: only this claim's attempt may change the row (a stale worker's update changes nothing). */
type Claim = Pick<OutboxMessage, 'id' | 'attempts'>
const HELD = "id = $1 AND status = 'sending' AND attempts = $2"

/** Extends the lease of a claim still held; false when the claim was lost (its lease ran out and another worker claimed it). */
export async function renewEmailLease(db: Queryable, claim: Claim, now: Date): Promise<boolean> {
  const { rows } = await db.query(`UPDATE email_outbox SET locked_until = $3 WHERE ${HELD} RETURNING id`, [claim.id, claim.attempts, leaseEnd(now)])
  return rows.length === 1
}

/**
 * Records the claim's message as sent and, in the same transaction, its `email_sent` journey event; false (and
 * nothing written) when the claim is no longer held. The event's transaction id is `email:<id>` (`transactionIdOf`),
 * unique among the server's events, so a message claimed and sent again after a crash still has one event.
 */
export async function markEmailSent(db: Database, claim: Claim & Pick<OutboxMessage, 'kind' | 'campaign'>, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query(`UPDATE email_outbox SET status = 'sent', sent_at = $3, locked_until = NULL, last_error = NULL WHERE ${HELD} RETURNING id`, [claim.id, claim.attempts, now])
    if (rows.length !== 1) return false
    await recordServerEvent(tx, emailSentEvent(claim, now))
    return true
  })
}

/** The server's journey event for a sent message. It happens to no visit (nobody is on the site), so the dashboard's visit figures leave it out. */
export function emailSentEvent(message: Pick<OutboxMessage, 'id' | 'kind' | 'campaign'>, sentAt: Date) {
  return createServerEvent(
    'email_sent',
    { template: message.kind, campaign: message.campaign, messageId: message.id },
    { anonymousId: `email:${message.id}`, occurredAt: sentAt.toISOString() },
  )
}

/**
 * Records a failed attempt: queued again after the backoff, or dead after the last attempt. Returns
 * the new status, or null (and nothing changed) when the claim is no longer held.
 */
export async function markEmailFailed(db: Queryable, claim: Claim, error: string, now: Date): Promise<OutboxStatus | null> {
  const status: OutboxStatus = claim.attempts >= OUTBOX_RETRY.maxAttempts ? 'dead' : 'queued'
  const nextAttemptAt = new Date(now.getTime() + OUTBOX_RETRY.delayMs(claim.attempts))
  const { rows } = await db.query(`UPDATE email_outbox SET status = $3, next_attempt_at = $4, locked_until = NULL, last_error = $5 WHERE ${HELD} RETURNING id`, [
    claim.id,
    claim.attempts,
    status,
    nextAttemptAt,
    error.slice(0, 1000),
  ])
  return rows.length === 1 ? status : null
}

/** Records that the claim's message is not sent because its recipient no longer consents; false when the claim is no longer held. */
export async function markEmailSuppressed(db: Queryable, claim: Claim, reason: string, now: Date): Promise<boolean> {
  const { rows } = await db.query(`UPDATE email_outbox SET status = 'suppressed', locked_until = NULL, last_error = $3, sent_at = NULL, next_attempt_at = $4 WHERE ${HELD} RETURNING id`, [claim.id, claim.attempts, reason, now])
  return rows.length === 1
}
