import { describe, expect, it } from 'vitest'
import { migrate, openDatabase } from './db.server'
import { MIGRATIONS } from './migrations.server'

const ALL = MIGRATIONS.map((migration) => migration.id)

describe('migrate', () => {
  it('applies every migration once; a second run applies nothing', async () => {
    const db = await openDatabase()
    expect(await migrate(db)).toEqual(ALL)
    expect(await migrate(db)).toEqual([])
    await db.close()
  }, 60_000)

  it('018 records the server’s email_sent of every message sent before it, once, as the worker records it now', async () => {
    const db = await openDatabase()
    const at018 = MIGRATIONS.findIndex((migration) => migration.id === '018_email_sent_events')
    await migrate(db, MIGRATIONS.slice(0, at018))
    await db.query(
      `INSERT INTO email_outbox (id, idempotency_key, kind, recipient, subject, html, text, status, next_attempt_at, created_at, sent_at)
       VALUES ('em_old', 'k-old', 'review_request', 'a@example.com', 's', 'h', 't', 'sent', $1, $1, $1),
              ('em_queued', 'k-queued', 'nps_invitation', 'b@example.com', 's', 'h', 't', 'queued', $1, $1, NULL)`,
      [new Date('2025-03-10T08:00:00Z')],
    )
    expect(await migrate(db)).toEqual(ALL.slice(at018))
    const { rows } = await db.query<{ transaction_id: string; origin: string; event: { occurredAt: string; properties: unknown; context: { sessionId: string } } }>(
      "SELECT transaction_id, origin, event FROM journey_events WHERE name = 'email_sent'",
    )
    expect(rows).toEqual([
      {
        transaction_id: 'email:em_old',
        origin: 'server',
        event: expect.objectContaining({ occurredAt: '2025-03-10T08:00:00.000Z', properties: { template: 'review_request', campaign: 'review_request', messageId: 'em_old' } }),
      },
    ])
    const { rows: campaigns } = await db.query('SELECT id, campaign FROM email_outbox ORDER BY id')
    expect(campaigns).toEqual([
      { id: 'em_old', campaign: 'review_request' },
      { id: 'em_queued', campaign: 'nps_invitation' },
    ])
    await db.close()
  }, 60_000)
})
