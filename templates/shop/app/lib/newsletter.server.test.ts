// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from './test-database.server'
import type { Database } from './db.server'
import { subscribeToNewsletter } from './newsletter.server'

let db: Database

beforeAll(async () => {
  db = await openTestDatabase()
}, 30_000)

afterAll(async () => {
  await db.close()
})

async function signups(email: string) {
  const { rows } = await db.query<{ email: string; source: string | null; consented_at: Date }>(
    'SELECT email, source, consented_at FROM newsletter_signups WHERE email = $1',
    [email],
  )
  return rows
}

describe('subscribeToNewsletter', () => {
  it('stores the address lower-cased with its source and consent time', async () => {
    const now = new Date('2026-04-01T08:00:00Z')
    const result = await subscribeToNewsletter(db, { email: '  Lena@Example.COM ', consent: 'on', source: 'home' }, now)
    expect(result).toEqual({ ok: true, email: 'lena@example.com', alreadySubscribed: false })
    expect(await signups('lena@example.com')).toEqual([{ email: 'lena@example.com', source: 'home', consented_at: now }])
  })

  it('succeeds for an address already on the list without a second row or a new consent time', async () => {
    const first = new Date('2026-04-01T08:00:00Z')
    await subscribeToNewsletter(db, { email: 'max@example.com', consent: true }, first)
    const again = await subscribeToNewsletter(db, { email: 'MAX@example.com', consent: true, source: 'footer' }, new Date('2026-05-01T08:00:00Z'))
    expect(again).toEqual({ ok: true, email: 'max@example.com', alreadySubscribed: true })
    expect(await signups('max@example.com')).toEqual([{ email: 'max@example.com', source: null, consented_at: first }])
  })

  it('refuses a missing or malformed address', async () => {
    expect(await subscribeToNewsletter(db, { email: '', consent: true })).toMatchObject({ ok: false, field: 'email' })
    expect(await subscribeToNewsletter(db, { email: 'max@', consent: true })).toMatchObject({ ok: false, field: 'email' })
    expect(await subscribeToNewsletter(db, { email: 42, consent: true })).toMatchObject({ ok: false, field: 'email' })
    expect(await subscribeToNewsletter(db, { email: `${'a'.repeat(250)}@example.com`, consent: true })).toMatchObject({ ok: false, field: 'email' })
  })

  it('refuses a signup without explicit consent and stores nothing', async () => {
    for (const consent of [undefined, false, 'false', '', 'yes please']) {
      expect(await subscribeToNewsletter(db, { email: 'nina@example.com', consent })).toEqual({
        ok: false,
        field: 'consent',
        error: 'Tick the box to agree to receive our emails.',
      })
    }
    expect(await signups('nina@example.com')).toEqual([])
  })
})
