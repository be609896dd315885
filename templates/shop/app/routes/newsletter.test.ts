// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const confirmRoute = await import('./newsletter.confirm')
const unsubscribeRoute = await import('./newsletter.unsubscribe')
const { subscribeToNewsletter, hasMarketingConsent, consentHistory } = await import('../lib/newsletter.server')
const { UNSUBSCRIBE_LINK_TTL_MS, unsubscribeUrl } = await import('../lib/email/marketing-emails.server')
const { listOutbox } = await import('../lib/email/outbox.server')

beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())

/** A route's answer as the browser gets it: status and loader/action data. */
async function answer(result: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const { init, data } = result as { init?: ResponseInit | null; data?: Record<string, unknown> }
  return data && 'init' in (result as object) ? { status: init?.status ?? 200, body: data } : { status: 200, body: result as Record<string, unknown> }
}

const args = (request: Request) => ({ request, params: {}, context: {} }) as never

async function confirmLinkSentTo(email: string): Promise<string> {
  const message = (await listOutbox(db)).find((queued) => queued.recipient === email)!
  return /href="([^"]*\/newsletter\/confirm\?[^"]+)"/.exec(message.html)![1]!.replaceAll('&amp;', '&')
}

describe('/newsletter/confirm', () => {
  const post = (link: string) => new Request(link, { method: 'POST' })

  it('opens a page asking for one click without confirming; the click confirms once, then the link answers 404', async () => {
    await subscribeToNewsletter(db, { email: 'rosa@example.com', consent: true, source: 'home-newsletter' })
    const link = await confirmLinkSentTo('rosa@example.com')
    expect(await answer(await confirmRoute.loader(args(new Request(link))))).toEqual({ status: 200, body: { state: 'asking', email: 'rosa@example.com', message: null } })
    expect(await hasMarketingConsent(db, 'rosa@example.com')).toBe(false)

    expect(await answer(await confirmRoute.action(args(post(link))))).toEqual({ status: 200, body: { state: 'confirmed', email: 'rosa@example.com', message: null } })
    expect(await hasMarketingConsent(db, 'rosa@example.com')).toBe(true)
    const used = { state: 'refused', email: null, message: 'This confirmation link is not valid or has already been used.' }
    expect(await answer(await confirmRoute.action(args(post(link))))).toEqual({ status: 404, body: used })
    expect(await answer(await confirmRoute.loader(args(new Request(link))))).toEqual({ status: 404, body: used })
    expect(await answer(await confirmRoute.action(args(post('http://shop.test/newsletter/confirm'))))).toMatchObject({ status: 400, body: { state: 'refused' } })
  })

  it('refuses an expired link with 410 and says how to get a new one', async () => {
    await subscribeToNewsletter(db, { email: 'timo@example.com', consent: true }, new Date('2026-01-01T00:00:00Z'))
    const link = await confirmLinkSentTo('timo@example.com')
    const expired = {
      status: 410,
      body: { state: 'refused', email: null, message: 'This confirmation link has expired: links work for 7 days. Sign up again and we will send you a new one.' },
    }
    expect(await answer(await confirmRoute.loader(args(new Request(link))))).toEqual(expired)
    expect(await answer(await confirmRoute.action(args(post(link))))).toEqual(expired)
    expect(await hasMarketingConsent(db, 'timo@example.com')).toBe(false)
  })
})

describe('/newsletter/unsubscribe', () => {
  it('shows the address and a button on GET without changing anything; a one-click POST with no cookie unsubscribes at once', async () => {
    await subscribeToNewsletter(db, { email: 'uwe@example.com', consent: true })
    await confirmRoute.action(args(new Request(await confirmLinkSentTo('uwe@example.com'), { method: 'POST' })))
    const url = unsubscribeUrl('uwe@example.com')
    expect(await answer(unsubscribeRoute.loader(args(new Request(url))))).toEqual({ status: 200, body: { state: 'asking', email: 'uwe@example.com' } })
    expect(await hasMarketingConsent(db, 'uwe@example.com')).toBe(true)

    const oneClick = new Request(url, { method: 'POST', body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }) })
    expect(await answer(await unsubscribeRoute.action(args(oneClick)))).toEqual({ status: 200, body: { state: 'unsubscribed', email: 'uwe@example.com' } })
    expect(await hasMarketingConsent(db, 'uwe@example.com')).toBe(false)
    const { rows } = await db.query<{ unsubscribed_at: Date | null }>("SELECT unsubscribed_at FROM newsletter_signups WHERE email = 'uwe@example.com'")
    expect(rows[0]!.unsubscribed_at).toBeInstanceOf(Date)
    expect((await consentHistory(db, 'uwe@example.com')).at(-1)).toMatchObject({ event: 'opted_out', source: 'list-unsubscribe' })
  })

  it('answers 400 to a token the shop did not sign, on GET and POST', async () => {
    const forged = 'http://shop.test/newsletter/unsubscribe?token=dXdlQGV4YW1wbGUuY29t.forged'
    expect(await answer(unsubscribeRoute.loader(args(new Request(forged))))).toEqual({ status: 400, body: { state: 'invalid', email: null } })
    expect(await answer(await unsubscribeRoute.action(args(new Request(forged, { method: 'POST' }))))).toEqual({ status: 400, body: { state: 'invalid', email: null } })
  })

  it('answers 410 to a link from a message queued more than a year ago, on GET and POST, and keeps the subscription', async () => {
    await subscribeToNewsletter(db, { email: 'vera@example.com', consent: true })
    await confirmRoute.action(args(new Request(await confirmLinkSentTo('vera@example.com'), { method: 'POST' })))
    const old = unsubscribeUrl('vera@example.com', new Date(Date.now() - UNSUBSCRIBE_LINK_TTL_MS - 60_000))
    expect(await answer(unsubscribeRoute.loader(args(new Request(old))))).toEqual({ status: 410, body: { state: 'expired', email: null } })
    expect(await answer(await unsubscribeRoute.action(args(new Request(old, { method: 'POST' }))))).toEqual({ status: 410, body: { state: 'expired', email: null } })
    expect(await hasMarketingConsent(db, 'vera@example.com')).toBe(true)
  })
})
