// @vitest-environment node
import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openTestDatabase } from './test-database.server'
import type { Database } from './db.server'
import { listOutbox } from './email/outbox.server'
import { UNSUBSCRIBE_LINK_TTL_MS, checkUnsubscribeToken, unsubscribeToken } from './email/marketing-emails.server'
import { env } from './env.server'
import { CONFIRMATION_RESEND_LIMIT, CONFIRM_TOKEN_TTL_MS, checkConfirmToken, confirmNewsletterSubscription, consentHistory, hasMarketingConsent, subscribeToNewsletter, unsubscribeFromNewsletter } from './newsletter.server'

let db: Database

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 30_000)

afterAll(async () => {
  await db.close()
})

beforeEach(async () => {
  await db.query('DELETE FROM email_outbox')
})

async function signup(email: string) {
  const { rows } = await db.query<{ email: string; source: string | null; consented_at: Date; status: string; confirmed_at: Date | null; unsubscribed_at: Date | null }>(
    'SELECT email, source, consented_at, status, confirmed_at, unsubscribed_at FROM newsletter_signups WHERE email = $1',
    [email],
  )
  return rows
}

/** The token of the newest confirmation link queued for an address, read from the email as the subscriber would. */
async function confirmTokenSentTo(email: string): Promise<string> {
  const message = (await listOutbox(db)).find((queued) => queued.recipient === email && queued.kind === 'newsletter_confirmation')!
  const href = /href="([^"]*\/newsletter\/confirm\?[^"]+)"/.exec(message.html)![1]!.replaceAll('&amp;', '&')
  return new URL(href).searchParams.get('token')!
}

/** Whether a confirmation link would still confirm its pending signup (without using it). */
async function checkPending(email: string, token: string, now: Date): Promise<boolean> {
  return (await checkConfirmToken(db, token, now)).ok === true && (await signup(email))[0]?.status === 'pending'
}

describe('newsletter double opt-in', () => {
  it('stores a signup as pending with its source and consent time, queues one confirmation, and is not consent yet', async () => {
    const now = new Date('2026-04-01T08:00:00Z')
    const result = await subscribeToNewsletter(db, { email: '  Lena@Example.COM ', consent: 'on', source: 'home-newsletter' }, now)
    expect(result).toEqual({ ok: true, email: 'lena@example.com' })
    expect(await signup('lena@example.com')).toEqual([{ email: 'lena@example.com', source: 'home-newsletter', consented_at: now, status: 'pending', confirmed_at: null, unsubscribed_at: null }])
    const outbox = await listOutbox(db)
    expect(outbox).toMatchObject([{ kind: 'newsletter_confirmation', recipient: 'lena@example.com', subject: expect.stringContaining('confirm') }])
    expect(await hasMarketingConsent(db, 'lena@example.com')).toBe(false)
    const { rows } = await db.query<{ confirm_token_hash: string }>("SELECT confirm_token_hash FROM newsletter_signups WHERE email = 'lena@example.com'")
    expect(rows[0]!.confirm_token_hash).not.toBe(await confirmTokenSentTo('lena@example.com'))
  })

  it('confirms with the emailed link once; the address then counts as consent and a new signup sends nothing', async () => {
    const signedUp = new Date('2026-04-01T08:00:00Z')
    await subscribeToNewsletter(db, { email: 'max@example.com', consent: true }, signedUp)
    const token = await confirmTokenSentTo('max@example.com')
    const confirmedAt = new Date('2026-04-02T09:00:00Z')
    expect(await confirmNewsletterSubscription(db, token, confirmedAt)).toEqual({ ok: true, email: 'max@example.com' })
    expect(await confirmNewsletterSubscription(db, token, new Date('2026-04-03T09:00:00Z'))).toEqual({ ok: false, reason: 'invalid' })
    expect(await signup('max@example.com')).toMatchObject([{ status: 'confirmed', consented_at: signedUp, confirmed_at: confirmedAt }])
    expect(await hasMarketingConsent(db, 'MAX@example.com')).toBe(true)

    const again = await subscribeToNewsletter(db, { email: 'MAX@example.com', consent: true, source: 'footer' }, new Date('2026-05-01T08:00:00Z'))
    expect(again).toEqual({ ok: true, email: 'max@example.com' })
    expect(await listOutbox(db)).toHaveLength(1)
    expect(await signup('max@example.com')).toMatchObject([{ status: 'confirmed', source: null, consented_at: signedUp }])
  })

  it('refuses an expired link with its reason and leaves the signup pending; signing up again sends a new link and voids the old', async () => {
    const signedUp = new Date('2026-04-01T08:00:00Z')
    await subscribeToNewsletter(db, { email: 'ida@example.com', consent: true }, signedUp)
    const expired = await confirmTokenSentTo('ida@example.com')
    expect(await confirmNewsletterSubscription(db, expired, new Date(signedUp.getTime() + CONFIRM_TOKEN_TTL_MS))).toEqual({ ok: false, reason: 'expired' })
    expect(await signup('ida@example.com')).toMatchObject([{ status: 'pending', confirmed_at: null }])

    await subscribeToNewsletter(db, { email: 'ida@example.com', consent: true }, new Date('2026-04-20T08:00:00Z'))
    expect(await listOutbox(db)).toHaveLength(2)
    const fresh = await confirmTokenSentTo('ida@example.com')
    expect(fresh).not.toBe(expired)
    expect(await confirmNewsletterSubscription(db, expired, new Date('2026-04-20T09:00:00Z'))).toEqual({ ok: false, reason: 'invalid' })
    expect(await confirmNewsletterSubscription(db, fresh, new Date('2026-04-20T09:00:00Z'))).toEqual({ ok: true, email: 'ida@example.com' })
  })

  it('answers a new, a pending and a confirmed address alike, so the form does not tell who is subscribed', async () => {
    await subscribeToNewsletter(db, { email: 'known@example.com', consent: true })
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('known@example.com'))
    const answers = await Promise.all(['known@example.com', 'fresh@example.com'].map((email) => subscribeToNewsletter(db, { email, consent: true })))
    expect(answers).toEqual([
      { ok: true, email: 'known@example.com' },
      { ok: true, email: 'fresh@example.com' },
    ])
  })

  it('sends at most 3 confirmation mails per address a day; beyond that the last link keeps working, and a day later a new one goes', async () => {
    const start = new Date('2026-06-01T08:00:00Z')
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)
    for (let n = 0; n < CONFIRMATION_RESEND_LIMIT.limit; n++) await subscribeToNewsletter(db, { email: 'eve@example.com', consent: true }, at(n))
    const lastLink = await confirmTokenSentTo('eve@example.com')
    expect(await subscribeToNewsletter(db, { email: 'eve@example.com', consent: true }, at(10))).toEqual({ ok: true, email: 'eve@example.com' })
    expect((await listOutbox(db)).filter((message) => message.recipient === 'eve@example.com')).toHaveLength(CONFIRMATION_RESEND_LIMIT.limit)
    expect((await checkPending('eve@example.com', lastLink, at(11)))).toBe(true)

    await subscribeToNewsletter(db, { email: 'eve@example.com', consent: true }, new Date(start.getTime() + CONFIRMATION_RESEND_LIMIT.windowMs + 60_000))
    expect((await listOutbox(db)).filter((message) => message.recipient === 'eve@example.com')).toHaveLength(CONFIRMATION_RESEND_LIMIT.limit + 1)
  })

  it('refuses a missing or malformed address, or no consent, and writes nothing', async () => {
    for (const email of ['', 'max@', 42, `${'a'.repeat(250)}@example.com`]) {
      expect(await subscribeToNewsletter(db, { email, consent: true })).toMatchObject({ ok: false, field: 'email' })
    }
    for (const consent of [undefined, false, 'false', '', 'yes please']) {
      expect(await subscribeToNewsletter(db, { email: 'nina@example.com', consent })).toEqual({ ok: false, field: 'consent', error: 'Tick the box to agree to receive our emails.' })
    }
    expect(await signup('nina@example.com')).toEqual([])
    expect(await listOutbox(db)).toEqual([])
    expect(await confirmNewsletterSubscription(db, 'not-a-token')).toEqual({ ok: false, reason: 'invalid' })
  })
})

describe('one-click unsubscribe', () => {
  it('ends the consent at once with its time; the old confirm link cannot bring it back, a new signup can', async () => {
    await subscribeToNewsletter(db, { email: 'ola@example.com', consent: true }, new Date('2026-04-01T08:00:00Z'))
    const confirmLink = await confirmTokenSentTo('ola@example.com')
    await unsubscribeFromNewsletter(db, unsubscribeToken('ola@example.com'), new Date('2026-04-01T08:30:00Z'))
    expect(await confirmNewsletterSubscription(db, confirmLink)).toEqual({ ok: false, reason: 'invalid' })

    await subscribeToNewsletter(db, { email: 'ola@example.com', consent: true }, new Date('2026-04-02T08:00:00Z'))
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('ola@example.com'), new Date('2026-04-02T08:05:00Z'))
    const unsubscribedAt = new Date('2026-05-01T10:00:00Z')
    expect(await unsubscribeFromNewsletter(db, unsubscribeToken('ola@example.com'), unsubscribedAt)).toEqual({ ok: true, email: 'ola@example.com' })
    expect(await signup('ola@example.com')).toMatchObject([{ status: 'unsubscribed', unsubscribed_at: unsubscribedAt }])
    expect(await hasMarketingConsent(db, 'ola@example.com')).toBe(false)
  })

  it('keeps the consent record when the address signs up again: each opt-in and opt-out with its time and source', async () => {
    const at = (day: number) => new Date(`2026-07-0${day}T08:00:00Z`)
    await subscribeToNewsletter(db, { email: 'rae@example.com', consent: true, source: 'home-newsletter' }, at(1))
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('rae@example.com'), at(2))
    await unsubscribeFromNewsletter(db, unsubscribeToken('rae@example.com'), at(3), 'list-unsubscribe')
    await subscribeToNewsletter(db, { email: 'rae@example.com', consent: true, source: 'footer' }, at(4))

    expect(await signup('rae@example.com')).toMatchObject([{ status: 'pending', source: 'footer', consented_at: at(4), confirmed_at: at(2), unsubscribed_at: at(3) }])
    expect(await consentHistory(db, 'rae@example.com')).toEqual([
      { email: 'rae@example.com', event: 'opt_in_requested', source: 'home-newsletter', occurredAt: at(1) },
      { email: 'rae@example.com', event: 'opt_in_confirmed', source: 'home-newsletter', occurredAt: at(2) },
      { email: 'rae@example.com', event: 'opted_out', source: 'list-unsubscribe', occurredAt: at(3) },
      { email: 'rae@example.com', event: 'opt_in_requested', source: 'footer', occurredAt: at(4) },
    ])
    expect(await unsubscribeFromNewsletter(db, unsubscribeToken('rae@example.com'), at(5))).toMatchObject({ ok: true })
    expect(await unsubscribeFromNewsletter(db, unsubscribeToken('rae@example.com'), at(6))).toMatchObject({ ok: true })
    expect((await consentHistory(db, 'rae@example.com')).slice(4)).toEqual([{ email: 'rae@example.com', event: 'opted_out', source: 'unsubscribe-page', occurredAt: at(5) }])
  })

  it('works for a year after the message was queued, then is refused as expired and changes nothing', async () => {
    await subscribeToNewsletter(db, { email: 'vic@example.com', consent: true })
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('vic@example.com'))
    const queuedAt = new Date('2026-01-15T12:00:00Z')
    const token = unsubscribeToken('vic@example.com', queuedAt)
    const expiresAt = new Date(queuedAt.getTime() + UNSUBSCRIBE_LINK_TTL_MS)
    expect(checkUnsubscribeToken(token, new Date(expiresAt.getTime() - 60_000))).toEqual({ ok: true, email: 'vic@example.com' })
    expect(await unsubscribeFromNewsletter(db, token, expiresAt)).toEqual({ ok: false, reason: 'expired' })
    expect(await hasMarketingConsent(db, 'vic@example.com')).toBe(true)
    expect(UNSUBSCRIBE_LINK_TTL_MS).toBe(365 * 24 * 60 * 60_000)
  })

  it('is signed with a key of its own: an HMAC made with SESSION_SECRET itself is refused', async () => {
    const email = 'pia@example.com'
    const issued = Math.floor(Date.now() / 1000).toString(36)
    const withSessionSecret = (message: string) => createHmac('sha256', env.sessionSecret).update(message).digest('base64url')
    for (const signature of [withSessionSecret(`${email}\n${issued}`), withSessionSecret(`newsletter-unsubscribe:${email}`)]) {
      expect(checkUnsubscribeToken(`${Buffer.from(email).toString('base64url')}.${issued}.${signature}`)).toEqual({ ok: false, reason: 'invalid' })
    }
  })

  it('refuses a token the shop did not sign and changes nothing', async () => {
    await subscribeToNewsletter(db, { email: 'pia@example.com', consent: true })
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('pia@example.com'))
    const forged = `${Buffer.from('pia@example.com').toString('base64url')}.${unsubscribeToken('someone@example.com').split('.')[1]}`
    for (const token of [forged, '', 'pia@example.com', `${unsubscribeToken('pia@example.com')}.x`]) {
      expect(await unsubscribeFromNewsletter(db, token)).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(await hasMarketingConsent(db, 'pia@example.com')).toBe(true)
  })
})
