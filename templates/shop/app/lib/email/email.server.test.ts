// @vitest-environment node
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addToCart, getCart } from '../cart.server'
import type { Database } from '../db.server'
import { env } from '../env.server'
import { checkoutIdForCart, markPaid, placeOrder, refundOrder, type Order } from '../orders.server'
import { openTestDatabase } from '../test-database.server'
import { orderConfirmationKey, refundNoticeKey } from './order-emails.server'
import { OUTBOX_RETRY, claimNextEmail, emailSentEvent, enqueueEmail, getOutboxMessage, listOutbox, markEmailFailed, markEmailSent } from './outbox.server'
import { deliverDueEmails, smtpTransport, startEmailWorker, startShopEmail, type MailTransport } from './sender.server'
import { confirmNewsletterSubscription, consentHistory, subscribeToNewsletter, unsubscribeFromNewsletter } from '../newsletter.server'
import { abandonedCheckoutKey, cartOfRestoreToken, cartRestoreToken, restoreCart, startCheckoutMarketingConsent } from './abandoned-checkout.server'
import { enqueueMarketingEmail, unsubscribeToken, unsubscribeUrl } from './marketing-emails.server'
import { createStaff, type StaffMember } from '../admin/staff.server'
import { fulfilOrder } from '../admin/orders.server'
import { createReview, ReviewError } from '../reviews.server'
import { isOrderAccessToken } from '../orders.server'
import { linkedNpsScore, npsInvitationKey, reviewRequestKey } from './after-fulfilment.server'
import { emailFunnel } from './email-funnel.server'
import { REVIEW_LINK_TTL_MS } from './review-link.server'
import { referralRewardKey } from './referral-reward.server'
import { claimReferral, referralForCustomer, rewardReferralForPaidOrder } from '../referrals.server'
import { createServerEvent, recordServerEvent, storeJourneyEvents } from '../journey-events.server'
import type { AnyJourneyEvent } from '@journeykit/core'

const FROM = 'Northwind Outfitters <shop@northwind.test>'

let db: Database
let smtp: SMTPServer
let smtpUrl: string
let received: ParsedMail[] = []
/** Recipients the test SMTP server refuses (a full mailbox), to drive the retry path. */
const refused = new Set<string>()

beforeAll(async () => {
  db = await openTestDatabase()
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) return callback(Object.assign(new Error('552 Mailbox full'), { responseCode: 552 }))
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail)
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
}, 60_000)

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  await db.close()
})

beforeEach(async () => {
  received = []
  refused.clear()
  await db.query('DELETE FROM email_outbox')
})

async function fillCart(cartId: string): Promise<void> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM variants WHERE stock > 5 ORDER BY id LIMIT 1')
  await addToCart(db, cartId, rows[0]!.id, 2)
}

async function paidOrder(cartId = randomUUID(), { filled = false, email = 'ada@example.com' } = {}): Promise<Order> {
  if (!filled) await fillCart(cartId)
  const { order } = await placeOrder(db, {
    cartId,
    checkoutId: checkoutIdForCart(cartId),
    idempotencyKey: randomUUID(),
    details: { email, phone: '', givenName: 'Ada', familyName: 'Lovelace', line1: 'Unter den Linden 1', line2: '', city: 'Berlin', region: '', postalCode: '10117', country: 'DE', saveDetails: false },
    shippingMethod: 'standard',
  })
  return markPaid(db, order.id, `pi_${randomUUID()}`)
}

/** The received header lines whose name matches, unfolded (mailparser groups List-* headers, so read them raw). */
/** The token of the newest confirmation link queued for an address, read from the email as the subscriber would. */
async function confirmTokenSentTo(email: string): Promise<string> {
  const message = (await listOutbox(db)).find((queued) => queued.recipient === email && queued.kind === 'newsletter_confirmation')!
  return new URL(/href="([^"]*\/newsletter\/confirm\?[^"]+)"/.exec(message.html)![1]!.replaceAll('&amp;', '&')).searchParams.get('token')!
}

const headerLines = (mail: ParsedMail, name: RegExp) => mail.headerLines.filter(({ key }) => name.test(key)).map(({ line }) => line.replace(/\r?\n\s+/g, ' '))
const REPLY_TO = 'help@northwind.test'
const sendAll = (transport: MailTransport = smtpTransport(smtpUrl), now = new Date()) => deliverDueEmails(db, transport, { from: FROM, replyTo: REPLY_TO, now: () => now })

describe('order confirmation', () => {
  it('is queued with the payment, once however often the payment is reported, and waits in the outbox without SMTP', async () => {
    const order = await paidOrder()
    await markPaid(db, order.id, order.paymentId!)
    const outbox = await listOutbox(db)
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({
      idempotencyKey: orderConfirmationKey(order.id),
      kind: 'order_confirmation',
      recipient: 'ada@example.com',
      subject: `Your order ${order.id} is confirmed`,
      status: 'queued',
      attempts: 0,
    })
    expect(outbox[0]!.text).toContain('Thank you for your order')
    expect(outbox[0]!.html).toContain(order.lines[0]!.name)
  })

  it('is sent through SMTP with From, To, Subject, the HTML and text parts, and links that carry the campaign', async () => {
    const order = await paidOrder()
    expect(await sendAll()).toEqual({ sent: 1, failed: 0, suppressed: 0 })

    expect(received).toHaveLength(1)
    const [mail] = received
    expect(mail!.from?.value).toEqual([{ name: 'Northwind Outfitters', address: 'shop@northwind.test' }])
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.text : undefined).toBe('ada@example.com')
    expect(mail!.subject).toBe(`Your order ${order.id} is confirmed`)
    expect(mail!.html).toContain('Thank you for your order')
    expect(mail!.text).toContain(`Hello Ada,`)
    expect(mail!.text).toContain('Unter den Linden 1')

    const links = [...(mail!.html as string).matchAll(/href="([^"]+)"/g)].map(([, href]) => new URL(href!.replaceAll('&amp;', '&')))
    expect(links.map((url) => url.origin)).toEqual([env.shopUrl, env.shopUrl])
    const orderLink = links.find((url) => url.pathname === `/orders/${order.id}`)!
    expect(orderLink.searchParams.get('token')).toBeTruthy()
    for (const url of links) {
      expect([url.searchParams.get('utm_source'), url.searchParams.get('utm_medium'), url.searchParams.get('utm_campaign')]).toEqual(['northwind', 'email', 'order_confirmation'])
      expect(mail!.text).toContain(url.toString())
    }

    expect(mail!.replyTo?.text).toBe(REPLY_TO)
    expect(headerLines(mail!, /^list-/)).toEqual([])
    const [stored] = await listOutbox(db)
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    expect(mail!.messageId).toBe(`<${stored!.id}@northwind.test>`)
  })
})

describe('marketing mail', () => {
  it('carries one-click unsubscribe headers (RFC 8058) to the shop unsubscribe URL, and the Reply-To', async () => {
    const queuedAt = new Date()
    await subscribeToNewsletter(db, { email: 'grace@example.com', consent: true }, queuedAt)
    expect(await sendAll()).toEqual({ sent: 1, failed: 0, suppressed: 0 })
    const [mail] = received
    expect(headerLines(mail!, /^list-/)).toEqual([`List-Unsubscribe: <${unsubscribeUrl('grace@example.com', queuedAt)}>`, 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'])
    expect(new URL(unsubscribeUrl('grace@example.com')).origin).toBe(env.shopUrl)
    expect(mail!.replyTo?.text).toBe(REPLY_TO)
    expect(mail!.text).toContain(`${env.shopUrl}/newsletter/confirm?token=`)
  })

  it('is suppressed, not sent, when the recipient unsubscribed after it was queued, and the outbox says why', async () => {
    await subscribeToNewsletter(db, { email: 'hedy@example.com', consent: true })
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('hedy@example.com'))
    await db.query('DELETE FROM email_outbox')
    const newsletter = { idempotencyKey: 'newsletter:2026-12:hedy', kind: 'newsletter', recipient: 'hedy@example.com', subject: 'December news', html: '<p>News</p>', text: 'News' }
    await enqueueMarketingEmail(db, newsletter)
    await enqueueMarketingEmail(db, { ...newsletter, idempotencyKey: 'newsletter:2026-12:nobody', recipient: 'nobody@example.com' })
    await enqueueEmail(db, { ...newsletter, idempotencyKey: 'order:hedy', kind: 'order_confirmation', subject: 'Your order' })
    expect(await unsubscribeFromNewsletter(db, unsubscribeToken('hedy@example.com'))).toMatchObject({ ok: true })

    expect(await sendAll()).toEqual({ sent: 1, failed: 0, suppressed: 2 })
    expect(received.map((mail) => [mail.to && !Array.isArray(mail.to) ? mail.to.text : '', mail.subject])).toEqual([['hedy@example.com', 'Your order']])
    const byKey = Object.fromEntries((await listOutbox(db)).map((stored) => [stored.idempotencyKey, stored]))
    expect(byKey['newsletter:2026-12:hedy']).toMatchObject({ status: 'suppressed', sentAt: null, lastError: expect.stringContaining('unsubscribed') })
    expect(byKey['newsletter:2026-12:nobody']).toMatchObject({ status: 'suppressed', lastError: expect.stringContaining('no signup') })
    expect(byKey['order:hedy']).toMatchObject({ status: 'sent' })
    expect(await sendAll()).toEqual({ sent: 0, failed: 0, suppressed: 0 })
  })

  it('does not send a double opt-in request once the address has unsubscribed', async () => {
    await subscribeToNewsletter(db, { email: 'ida.b@example.com', consent: true })
    await unsubscribeFromNewsletter(db, unsubscribeToken('ida.b@example.com'))
    expect(await sendAll()).toEqual({ sent: 0, failed: 0, suppressed: 1 })
    expect(received).toEqual([])
  })
})

describe('refund notice', () => {
  it('is queued with the refund, once, naming the amount and the points taken back', async () => {
    const order = await paidOrder()
    await refundOrder(db, order.id)
    await refundOrder(db, order.id)
    const refunds = (await listOutbox(db)).filter((message) => message.kind === 'refund_notice')
    expect(refunds).toHaveLength(1)
    expect(refunds[0]).toMatchObject({ idempotencyKey: refundNoticeKey(order.id), recipient: 'ada@example.com', subject: `Your refund for order ${order.id}`, status: 'queued' })
    expect(refunds[0]!.text).toMatch(/we have refunded €[\d.,]+ for your order/)
    expect(refunds[0]!.text).toMatch(/The \d+ loyalty points this order earned have been taken back\./)
  })
})

describe('the outbox', () => {
  const message = (key: string, recipient = 'grace@example.com') => ({ idempotencyKey: key, kind: 'test', recipient, subject: 'Hello', html: '<p>Hello</p>', text: 'Hello' })

  it('queues one message per idempotency key', async () => {
    expect(await enqueueEmail(db, message('k1'))).toBe(true)
    expect(await enqueueEmail(db, { ...message('k1'), subject: 'Another' })).toBe(false)
    expect((await listOutbox(db)).map((stored) => stored.subject)).toEqual(['Hello'])
  })

  it('sends a message once when delivery runs twice', async () => {
    await enqueueEmail(db, message('k2'))
    expect(await sendAll()).toEqual({ sent: 1, failed: 0, suppressed: 0 })
    expect(await sendAll()).toEqual({ sent: 0, failed: 0, suppressed: 0 })
    expect(received).toHaveLength(1)
  })

  it('retries a refused message with backoff, keeps the error, and marks it dead after the last attempt', async () => {
    refused.add('full@example.com')
    let now = new Date('2026-12-01T10:00:00Z')
    await enqueueEmail(db, message('k3', 'full@example.com'), now)
    const { id } = (await listOutbox(db))[0]!
    expect(await sendAll(undefined, now)).toEqual({ sent: 0, failed: 1, suppressed: 0 })
    const retried = await getOutboxMessage(db, id)
    expect(retried).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: '2026-12-01T10:01:00.000Z' })
    expect(retried!.lastError).toMatch(/552/)
    expect(await sendAll(undefined, now)).toEqual({ sent: 0, failed: 0, suppressed: 0 })

    for (let attempt = 2; attempt <= OUTBOX_RETRY.maxAttempts; attempt++) {
      now = new Date((await getOutboxMessage(db, id))!.nextAttemptAt)
      expect(await sendAll(undefined, now)).toEqual({ sent: 0, failed: 1, suppressed: 0 })
    }
    expect(await getOutboxMessage(db, id)).toMatchObject({ status: 'dead', attempts: OUTBOX_RETRY.maxAttempts })
    expect(await sendAll(undefined, new Date('2027-12-01T00:00:00Z'))).toEqual({ sent: 0, failed: 0, suppressed: 0 })
    expect(received).toHaveLength(0)
  })

  it('sends, after a restart, a message a worker claimed and died with, once its claim has expired', async () => {
    await enqueueEmail(db, message('k4'))
    const now = new Date()
    const claimed = await claimNextEmail(db, now)
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1 })
    // the worker died here: nothing was sent, the row stays 'sending' and is not claimed again while its claim runs
    expect(await sendAll(undefined, now)).toEqual({ sent: 0, failed: 0, suppressed: 0 })
    expect(await sendAll(undefined, new Date(now.getTime() + OUTBOX_RETRY.leaseMs))).toEqual({ sent: 1, failed: 0, suppressed: 0 })
    expect(received).toHaveLength(1)
    expect(await getOutboxMessage(db, claimed!.id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  /** A transport that records the subject of each mail it is given, after `beforeSend` has run. */
  const recordingTransport = (delivered: string[], beforeSend: () => Promise<unknown> = () => new Promise(setImmediate)): MailTransport => ({
    async sendMail(mail) {
      await beforeSend()
      delivered.push(String(mail.subject))
    },
  })
  /** Queues `count` messages and returns their subjects, sorted. */
  const queueNumbered = async (prefix: string, count: number, now: Date) => {
    const subjects = Array.from({ length: count }, (_, n) => `${prefix} ${n + 1}`)
    for (const subject of subjects) await enqueueEmail(db, { ...message(subject), subject }, now)
    return subjects.sort()
  }

  it('sends each message exactly once when two workers deliver from one database at the same time', async () => {
    const now = new Date()
    const queued = await queueNumbered('parallel', 12, now)
    const byFirst: string[] = []
    const bySecond: string[] = []
    const deliver = (delivered: string[]) => deliverDueEmails(db, recordingTransport(delivered), { from: FROM, now: () => now })
    const reports = await Promise.all([deliver(byFirst), deliver(bySecond)])
    expect(reports[0].sent + reports[1].sent).toBe(12)
    expect([...byFirst, ...bySecond].sort()).toEqual(queued)
    expect(byFirst.length).toBeGreaterThan(0)
    expect(bySecond.length).toBeGreaterThan(0)
    expect((await listOutbox(db)).every((stored) => stored.status === 'sent' && stored.attempts === 1)).toBe(true)
  })

  it('sends each message once when a slow worker takes longer than a lease for its whole run and another worker polls meanwhile', async () => {
    let clock = new Date('2026-12-01T10:00:00Z')
    const queued = await queueNumbered('slow', 10, clock)
    const delivered: string[] = []
    const poller = () => deliverDueEmails(db, recordingTransport(delivered), { from: FROM, now: () => clock })
    // each send of the slow worker takes most of a lease; the other worker polls during every one of them
    const slow = recordingTransport(delivered, async () => {
      clock = new Date(clock.getTime() + OUTBOX_RETRY.leaseMs * 0.7)
      await poller()
    })
    await deliverDueEmails(db, slow, { from: FROM, now: () => clock })
    expect(delivered.sort()).toEqual(queued)
    expect((await listOutbox(db)).map((stored) => stored.status)).toEqual(Array(10).fill('sent'))
  })

  it('ignores the outcome reported by a worker whose lease ran out and whose message was claimed again', async () => {
    const now = new Date('2026-12-01T10:00:00Z')
    await enqueueEmail(db, message('stale'), now)
    const stale = (await claimNextEmail(db, now))!
    const later = new Date(now.getTime() + OUTBOX_RETRY.leaseMs)
    const current = (await claimNextEmail(db, later))!
    expect(current).toMatchObject({ id: stale.id, attempts: 2 })

    expect(await markEmailFailed(db, stale, 'timed out', later)).toBeNull()
    expect(await markEmailSent(db, stale, later)).toBe(false)
    expect(await getOutboxMessage(db, stale.id)).toMatchObject({ status: 'sending', attempts: 2, lastError: null, sentAt: null })
    expect(await markEmailSent(db, current, later)).toBe(true)
    expect(await getOutboxMessage(db, stale.id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  /** The server's email_sent events of a message. */
  const sentEvents = async (messageId: string) =>
    (await db.query<{ origin: string; transaction_id: string; stage: string; event: AnyJourneyEvent }>("SELECT origin, transaction_id, stage, event FROM journey_events WHERE name = 'email_sent' AND event #>> '{properties,messageId}' = $1", [messageId])).rows

  it('records the email_sent journey event of a sent message once, with its template, campaign and id, and none for a failed attempt', async () => {
    refused.add('bounce@example.com')
    const now = new Date('2026-12-01T11:00:00Z')
    await enqueueEmail(db, { ...message('ev-1'), kind: 'review_request' }, now)
    await enqueueEmail(db, { ...message('ev-2'), kind: 'newsletter_confirmation', campaign: 'spring_letter' }, now)
    await enqueueEmail(db, { ...message('ev-3', 'bounce@example.com'), kind: 'order_confirmation' }, now)
    expect(await sendAll(undefined, now)).toEqual({ sent: 2, failed: 1, suppressed: 0 })
    const byKey = new Map((await listOutbox(db)).map((stored) => [stored.idempotencyKey, stored]))
    const review = byKey.get('ev-1')!
    expect(await sentEvents(review.id)).toEqual([
      {
        origin: 'server',
        transaction_id: `email:${review.id}`,
        stage: 'awareness',
        event: expect.objectContaining({ name: 'email_sent', occurredAt: now.toISOString(), properties: { template: 'review_request', campaign: 'review_request', messageId: review.id } }),
      },
    ])
    expect((await sentEvents(byKey.get('ev-2')!.id)).map((row) => row.event.properties)).toEqual([{ template: 'newsletter_confirmation', campaign: 'spring_letter', messageId: byKey.get('ev-2')!.id }])
    expect(await sentEvents(byKey.get('ev-3')!.id)).toEqual([])
    // the event happens to no visit: the dashboard's visit figures do not count it
    const { rows: visits } = await db.query('SELECT 1 FROM journey_sessions WHERE session_id = $1', [`email:${review.id}`])
    expect(visits).toEqual([])
  })

  it('keeps one email_sent when a message is sent again after a crash, and when its event is recorded again', async () => {
    const now = new Date('2026-12-01T12:00:00Z')
    await enqueueEmail(db, message('ev-crash'), now)
    const first = (await claimNextEmail(db, now))!
    // the worker handed the mail to the SMTP server and died before marking it sent: it goes again after the lease
    expect(await sendAll(undefined, new Date(now.getTime() + OUTBOX_RETRY.leaseMs))).toEqual({ sent: 1, failed: 0, suppressed: 0 })
    expect(await markEmailSent(db, first, now)).toBe(false)
    const sent = (await getOutboxMessage(db, first.id))!
    expect(await recordServerEvent(db, emailSentEvent(sent, new Date()))).toBe(false)
    expect(await sentEvents(first.id)).toHaveLength(1)
  })

  it('delivers into the outbox without SMTP_URL: due messages are marked sent and record email_sent, and nothing reaches a mail server', async () => {
    await enqueueEmail(db, { ...message('outbox-mode'), kind: 'order_confirmation' })
    await enqueueEmail(db, { ...message('outbox-later'), kind: 'nps_invitation', sendAt: new Date(Date.now() + 86_400_000) })
    const email = startShopEmail(db, { smtpUrl: undefined, from: FROM, replyTo: undefined })
    expect(email.banner).toMatch(/no SMTP_URL/)
    await email.stop()
    const byKey = new Map((await listOutbox(db)).map((stored) => [stored.idempotencyKey, stored]))
    expect(byKey.get('outbox-mode')).toMatchObject({ status: 'sent', attempts: 1 })
    expect(byKey.get('outbox-later')).toMatchObject({ status: 'queued', attempts: 0 })
    expect((await sentEvents(byKey.get('outbox-mode')!.id)).map((row) => row.event.properties)).toEqual([{ template: 'order_confirmation', campaign: 'order_confirmation', messageId: byKey.get('outbox-mode')!.id }])
    expect(received).toEqual([])
  })

  it('runs one delivery at a time in the worker: overlapping runs share it, and stop waits for it', async () => {
    await enqueueEmail(db, message('k5'))
    const worker = startEmailWorker(db, smtpTransport(smtpUrl), { from: FROM, intervalMs: 60_000 })
    const [first, second] = [worker.runOnce(), worker.runOnce()]
    expect(second).toBe(first)
    await worker.stop()
    expect(await first).toEqual({ sent: 1, failed: 0, suppressed: 0 })
    expect(received).toHaveLength(1)
  })
})

describe('abandoned-checkout reminder', () => {
  const delayMs = env.email.abandonedCheckoutDelayHours * 60 * 60_000
  const tickedAt = new Date('2026-12-01T10:00:00Z')
  const dueAt = new Date(tickedAt.getTime() + delayMs)
  const reminderOf = async (cartId: string) => (await listOutbox(db)).filter((message) => message.idempotencyKey === abandonedCheckoutKey(cartId))
  const optIn = (cartId: string, email: string, consent: unknown = 'on', now = tickedAt) => startCheckoutMarketingConsent(db, { cartId, email, consent }, now)

  it('is scheduled by the ticked box with an email, records the opt-in from checkout, and goes after the delay once confirmed, with a link that restores the cart', async () => {
    const cartId = randomUUID()
    await fillCart(cartId)
    expect(await optIn(cartId, 'Kim@Example.com')).toEqual({ ok: true, email: 'kim@example.com' })
    expect((await consentHistory(db, 'kim@example.com')).at(-1)).toMatchObject({ event: 'opt_in_requested', source: 'checkout', occurredAt: tickedAt })
    expect(await reminderOf(cartId)).toMatchObject([{ kind: 'abandoned_checkout', recipient: 'kim@example.com', status: 'queued', consent: 'marketing', cartId, nextAttemptAt: dueAt.toISOString() }])

    expect(await sendAll(undefined, tickedAt)).toEqual({ sent: 1, failed: 0, suppressed: 0 })
    expect(received.map((mail) => mail.subject)).toEqual(['Please confirm your subscription to Northwind Outfitters'])
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('kim@example.com'), new Date(tickedAt.getTime() + 60_000))
    expect(await sendAll(undefined, new Date(dueAt.getTime() - 1000))).toEqual({ sent: 0, failed: 0, suppressed: 0 })
    received = []
    expect(await sendAll(undefined, dueAt)).toEqual({ sent: 1, failed: 0, suppressed: 0 })
    const [mail] = received
    expect(mail!.subject).toBe('Your cart at Northwind Outfitters is waiting')
    expect(headerLines(mail!, /^list-unsubscribe$/)).toHaveLength(1)
    const restore = new URL([...(mail!.html as string).matchAll(/href="([^"]+)"/g)].map(([, href]) => href!.replaceAll('&amp;', '&')).find((href) => href.includes('/cart/restore'))!)
    expect(restore.searchParams.get('utm_campaign')).toBe('abandoned_checkout')

    const otherBrowserCart = randomUUID()
    expect(await restoreCart(db, cartOfRestoreToken(restore.searchParams.get('token')!)!, otherBrowserCart)).toBe(1)
    expect((await getCart(db, otherBrowserCart)).lines.map((line) => line.quantity)).toEqual([2])
  })

  it('is scheduled once per cart, however often the box is ticked', async () => {
    const cartId = randomUUID()
    await fillCart(cartId)
    await optIn(cartId, 'lou@example.com')
    await optIn(cartId, 'lou@example.com', 'on', new Date(tickedAt.getTime() + 3_600_000))
    await optIn(cartId, 'lou.other@example.com')
    expect(await reminderOf(cartId)).toHaveLength(1)
  })

  it('is suppressed when the address never confirmed, and when the cart was ordered in the meantime', async () => {
    const unconfirmed = randomUUID()
    await fillCart(unconfirmed)
    await optIn(unconfirmed, 'mo@example.com')
    const ordered = randomUUID()
    await fillCart(ordered)
    await optIn(ordered, 'nell@example.com')
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('nell@example.com'), tickedAt)
    await paidOrder(ordered, { filled: true })
    await db.query("UPDATE email_outbox SET status = 'sent' WHERE kind <> 'abandoned_checkout'")

    expect(await sendAll(undefined, dueAt)).toEqual({ sent: 0, failed: 0, suppressed: 2 })
    expect((await reminderOf(unconfirmed))[0]).toMatchObject({ status: 'suppressed', lastError: expect.stringContaining('pending') })
    expect((await reminderOf(ordered))[0]).toMatchObject({ status: 'suppressed', lastError: expect.stringMatching(/the cart was ordered/) })
    expect(received).toEqual([])
  })

  it('is suppressed when its recipient paid any order (another cart, any letter case) after it was queued, not for an order paid before', async () => {
    const reminded = randomUUID()
    await fillCart(reminded)
    await optIn(reminded, 'rae@example.com')
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('rae@example.com'), tickedAt)
    const earlier = randomUUID()
    await fillCart(earlier)
    await optIn(earlier, 'sol@example.com')
    await confirmNewsletterSubscription(db, await confirmTokenSentTo('sol@example.com'), tickedAt)
    await db.query("UPDATE email_outbox SET status = 'sent' WHERE kind <> 'abandoned_checkout'")
    // Rae pays on another device (another cart) after the reminder was queued; Sol's only order was paid the day before it
    const elsewhere = await paidOrder(randomUUID(), { email: 'Rae@Example.COM' })
    const before = await paidOrder(randomUUID(), { email: 'sol@example.com' })
    await db.query('UPDATE orders SET paid_at = $2 WHERE id = $1', [before.id, new Date(tickedAt.getTime() - 86_400_000)])

    expect(await sendAll(undefined, dueAt)).toEqual({ sent: 1, failed: 0, suppressed: 1 })
    expect((await reminderOf(reminded))[0]).toMatchObject({ status: 'suppressed', lastError: `suppressed: the recipient paid an order since it was queued (${elsewhere.id})` })
    expect((await reminderOf(earlier))[0]).toMatchObject({ status: 'sent' })
    expect(received.map((mail) => mail.to)).toMatchObject([{ text: 'sol@example.com' }])
    const { rows } = await db.query("SELECT 1 FROM journey_events WHERE name = 'email_sent' AND event #>> '{properties,messageId}' = $1", [(await reminderOf(reminded))[0]!.id])
    expect(rows).toEqual([])
  })

  it('is not scheduled without the ticked box, an email, or anything in the cart', async () => {
    const cartId = randomUUID()
    await fillCart(cartId)
    expect(await optIn(cartId, 'pat@example.com', false)).toMatchObject({ ok: false, field: 'consent' })
    expect(await optIn(cartId, '', 'on')).toMatchObject({ ok: false, field: 'email' })
    expect(await reminderOf(cartId)).toEqual([])
    const empty = randomUUID()
    expect(await optIn(empty, 'quinn@example.com')).toMatchObject({ ok: true })
    expect(await reminderOf(empty)).toEqual([])
  })

  it('restores only from a link the shop signed', () => {
    const token = cartRestoreToken('cart-1')
    expect(cartOfRestoreToken(token)).toBe('cart-1')
    for (const forged of [`cart-2.${token.split('.')[1]}`, 'cart-1', `${token}.x`, '']) expect(cartOfRestoreToken(forged)).toBeNull()
  })
})

describe('review requests and NPS invitation after fulfilment', () => {
  const DAY_MS = 24 * 60 * 60_000
  const fulfilledAt = new Date('2026-12-02T09:00:00Z')
  const reviewsDue = new Date(fulfilledAt.getTime() + env.email.reviewRequestDelayDays * DAY_MS)
  const invitationDue = new Date(fulfilledAt.getTime() + env.email.npsInvitationDelayDays * DAY_MS)
  let clerk: StaffMember

  const linksIn = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map(([, href]) => new URL(href!.replaceAll('&amp;', '&')))
  const afterFulfilment = async (orderId: string) =>
    (await listOutbox(db, { limit: 500 })).filter((message) => message.idempotencyKey === npsInvitationKey(orderId) || message.idempotencyKey.startsWith(`review-request:${orderId}:`))

  /** A paid order of two products, bought by `email`. */
  async function twoProductOrder(email: string): Promise<Order> {
    const cartId = randomUUID()
    const { rows } = await db.query<{ id: string }>('SELECT DISTINCT ON (product_id) id FROM variants WHERE stock > 5 ORDER BY product_id, id LIMIT 2')
    for (const { id } of rows) await addToCart(db, cartId, id, 1)
    return paidOrder(cartId, { filled: true, email })
  }

  async function confirmMarketing(email: string) {
    await subscribeToNewsletter(db, { email, consent: 'on', source: 'newsletter' }, fulfilledAt)
    await confirmNewsletterSubscription(db, await confirmTokenSentTo(email), fulfilledAt)
  }

  /** A fulfilled order of two products, bought by `email` (the outbox is emptied before each test). */
  async function fulfilledOrder(email: string): Promise<{ order: Order; productIds: string[] }> {
    const order = await twoProductOrder(email)
    await fulfilOrder(db, clerk, order.id, { carrier: 'DHL', trackingNumber: '00340434161094042557' }, fulfilledAt)
    return { order, productIds: [...new Set(order.lines.map((line) => line.productId))] }
  }

  beforeAll(async () => {
    clerk = (await createStaff(db, { email: 'clerk@example.com', role: 'staff' }, fulfilledAt)).staff
    await confirmMarketing('bea@example.com')
  })

  it('are scheduled by the fulfilment as marketing mail, one request per product and one invitation, after their delays, once however often the order is fulfilled', async () => {
    const order = await twoProductOrder('bea@example.com')
    const productIds = [...new Set(order.lines.map((line) => line.productId))]
    expect(productIds).toHaveLength(2)
    expect(await afterFulfilment(order.id)).toEqual([])
    await fulfilOrder(db, clerk, order.id, { carrier: 'DHL', trackingNumber: '00340434161094042557' }, fulfilledAt)
    await fulfilOrder(db, clerk, order.id, { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' }, new Date(fulfilledAt.getTime() + DAY_MS))

    const scheduled = await afterFulfilment(order.id)
    const byKey = Object.fromEntries(scheduled.map((message) => [message.idempotencyKey, message]))
    expect(Object.keys(byKey).sort()).toEqual([npsInvitationKey(order.id), ...productIds.map((id) => reviewRequestKey(order.id, id))].sort())
    for (const id of productIds) {
      expect(byKey[reviewRequestKey(order.id, id)]).toMatchObject({ kind: 'review_request', recipient: 'bea@example.com', consent: 'marketing', status: 'queued', nextAttemptAt: reviewsDue.toISOString() })
      expect(byKey[reviewRequestKey(order.id, id)]!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    }
    expect(byKey[npsInvitationKey(order.id)]).toMatchObject({ kind: 'nps_invitation', consent: 'marketing', status: 'queued', nextAttemptAt: invitationDue.toISOString() })
  })

  it('sends the review request with a link that proves the buyer, so the review it leads to is stored as verified', async () => {
    const { order, productIds } = await fulfilledOrder('bea@example.com')
    await sendAll(undefined, new Date(reviewsDue.getTime() - 1000))
    received = []
    expect(await sendAll(undefined, reviewsDue)).toMatchObject({ sent: 2, suppressed: 0 })
    expect(received.map((mail) => mail.subject).every((subject) => subject?.startsWith('How do you like your '))).toBe(true)

    const review = linksIn(received[0]!.html as string).find((url) => url.searchParams.has('order'))!
    expect([review.searchParams.get('order'), review.searchParams.get('utm_medium'), review.searchParams.get('utm_campaign')]).toEqual([order.id, 'email', 'review_request'])
    const line = order.lines.find((candidate) => review.pathname === `/p/${candidate.slug}`)!
    const draft = { productId: line.productId, rating: 5, title: 'Warm', body: 'Kept me warm on a week of winter hikes.', authorName: 'Bea', orderId: order.id }
    const reviewToken = review.searchParams.get('token')!
    // the other product's review link is not this one's
    await expect(createReview(db, { ...draft, productId: productIds.find((id) => id !== line.productId)!, reviewToken })).rejects.toThrow(ReviewError)
    // valid for REVIEW_LINK_TTL_MS from when the request was due
    await expect(createReview(db, { ...draft, reviewToken }, { now: new Date(reviewsDue.getTime() + REVIEW_LINK_TTL_MS) })).rejects.toThrow('has expired')
    const { review: stored } = await createReview(db, { ...draft, reviewToken }, { now: reviewsDue })
    expect(stored.verifiedBuyer).toBe(true)
  })

  it('sends the NPS invitation with scores 0 to 10 that open the order’s survey with the order’s token', async () => {
    const { order } = await fulfilledOrder('bea@example.com')
    await sendAll(undefined, new Date(invitationDue.getTime() - 1000))
    received = []
    expect(await sendAll(undefined, invitationDue)).toMatchObject({ sent: 1 })
    expect(received[0]!.subject).toBe('One question about Northwind Outfitters')
    const scores = linksIn(received[0]!.html as string).filter((url) => url.searchParams.has('score'))
    expect(scores.map((url) => url.searchParams.get('score'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    for (const url of scores) {
      expect(url.pathname).toBe(`/orders/${order.id}`)
      expect(isOrderAccessToken(order.id, url.searchParams.get('token'))).toBe(true)
      expect(url.searchParams.get('utm_campaign')).toBe('nps_invitation')
      expect([url.hash, linkedNpsScore(url)]).toEqual(['#survey', Number(url.searchParams.get('score'))])
    }
    for (const score of ['11', '-1', '5.5', '05', 'ten', '']) expect(linkedNpsScore(new URL(`https://shop.example/orders/NW-1?score=${score}`))).toBeNull()
  })

  it('suppresses both when the buyer never confirmed marketing mail', async () => {
    const { order } = await fulfilledOrder('cy@example.com')
    received = []
    expect(await sendAll(undefined, invitationDue)).toMatchObject({ sent: 1, suppressed: 3 })
    expect((await afterFulfilment(order.id)).map((message) => message.status)).toEqual(['suppressed', 'suppressed', 'suppressed'])
    expect(received.map((mail) => mail.subject)).toEqual([`Your order ${order.id} is confirmed`])
  })

  it('suppresses both when the order was refunded before they were due, and still sends those of an order that was not', async () => {
    const { order: refunded } = await fulfilledOrder('bea@example.com')
    const { order: kept } = await fulfilledOrder('bea@example.com')
    await refundOrder(db, refunded.id, new Date(fulfilledAt.getTime() + DAY_MS))
    await sendAll(undefined, invitationDue)
    expect((await afterFulfilment(refunded.id)).map((message) => [message.status, message.lastError])).toEqual(
      Array(3).fill(['suppressed', `suppressed: the order was refunded (${refunded.id})`]),
    )
    expect((await afterFulfilment(kept.id)).map((message) => message.status)).toEqual(['sent', 'sent', 'sent'])
    expect(received.filter((mail) => mail.subject?.startsWith('How do you like your '))).toHaveLength(2)
  })
})

describe('emailFunnel', () => {
  const day = '2025-03-10'
  const at = (time: string) => `${day}T${time}:00.000Z`
  const email = (name: string) => ({ source: 'northwind', medium: 'email', name })
  const eur = (amount: number) => ({ amount, currency: 'EUR' })
  const sale = (orderId: string, total: number) => ({ orderId, items: [], subtotal: eur(total), shipping: eur(0), tax: eur(0), discount: eur(0), total: eur(total) })

  beforeAll(async () => {
    const visit = (sessionId: string, campaign: object, occurredAt: string) => createServerEvent('page_viewed', {}, { sessionId, anonymousId: `a-${sessionId}`, campaign, occurredAt })
    const click = (sessionId: string, campaign: string, occurredAt: string) =>
      createServerEvent('email_clicked', { campaign }, { sessionId, anonymousId: `a-${sessionId}`, campaign: email(campaign), occurredAt })
    await storeJourneyEvents(
      db,
      [
        visit('s-review-1', email('review_request'), at('09:00')),
        visit('s-review-1', email('review_request'), at('09:01')),
        visit('s-review-2', email('review_request'), at('10:00')),
        visit('s-nps', email('nps_invitation'), at('11:00')),
        visit('s-ads', { source: 'google', medium: 'cpc', name: 'spring-sale' }, at('12:00')),
        visit('s-next-day', email('review_request'), '2025-03-11T00:00:00.000Z'),
        click('s-review-1', 'review_request', at('09:00')),
        click('s-reminder', 'abandoned_checkout', at('13:00')),
        click('s-reminder', 'abandoned_checkout', at('13:02')),
        visit('s-reminder', email('abandoned_checkout'), at('13:00')),
        visit('s-reminder-2', email('abandoned_checkout'), at('14:00')),
        // a browser's copy of email_sent (forged or replayed) is stored as behaviour, never counted as a send
        createServerEvent('email_sent', { template: 'review_request', campaign: 'review_request', messageId: 'em_forged' }, { sessionId: 's-review-2', occurredAt: at('10:00') }),
      ],
      'client',
    )
    await storeJourneyEvents(
      db,
      [
        createServerEvent('order_completed', sale('NW-E1', 24700), { sessionId: 's-review-1', campaign: email('review_request'), occurredAt: at('09:30') }),
        createServerEvent('order_completed', sale('NW-E2', 5000), { sessionId: 's-ads', campaign: { source: 'google', medium: 'cpc', name: 'spring-sale' }, occurredAt: at('12:30') }),
        createServerEvent('order_completed', sale('NW-E3', 8900), { sessionId: 's-reminder', campaign: email('abandoned_checkout'), occurredAt: at('13:10') }),
      ],
      'server',
    )
  })

  it('counts the server’s email_sent per kind and campaign, visits from email links per campaign and the orders they brought, in the range only', async () => {
    await enqueueEmail(db, { idempotencyKey: 'funnel-1', kind: 'review_request', recipient: 'a@example.com', subject: 's', html: 'h', text: 't' }, new Date(at('08:00')))
    await enqueueEmail(db, { idempotencyKey: 'funnel-2', kind: 'review_request', recipient: 'b@example.com', subject: 's', html: 'h', text: 't' }, new Date(at('08:00')))
    await enqueueEmail(db, { idempotencyKey: 'funnel-3', kind: 'nps_invitation', recipient: 'c@example.com', subject: 's', html: 'h', text: 't' }, new Date(at('08:00')))
    await enqueueEmail(db, { idempotencyKey: 'funnel-4', kind: 'nps_invitation', recipient: 'd@example.com', subject: 's', html: 'h', text: 't' }, new Date(at('08:00')))
    for (const recipient of ['e@example.com', 'f@example.com', 'g@example.com']) {
      await enqueueEmail(db, { idempotencyKey: `funnel-${recipient}`, kind: 'abandoned_checkout', recipient, subject: 's', html: 'h', text: 't' }, new Date(at('08:00')))
    }
    refused.add('d@example.com')
    await sendAll(undefined, new Date(at('08:00')))

    expect(await emailFunnel(db, { from: day, to: day })).toEqual({
      sent: [
        { kind: 'abandoned_checkout', count: 3 },
        { kind: 'review_request', count: 2 },
        { kind: 'nps_invitation', count: 1 },
      ],
      campaigns: [
        { campaign: 'abandoned_checkout', sent: 3, clicks: 1, visits: 2, orders: 1, revenue: { EUR: 8900 } },
        { campaign: 'review_request', sent: 2, clicks: 1, visits: 2, orders: 1, revenue: { EUR: 24700 } },
        { campaign: 'nps_invitation', sent: 1, clicks: 0, visits: 1, orders: 0, revenue: {} },
      ],
      recovery: { remindersSent: 3, cartsRestored: 1, cartsRecovered: 1, revenue: { EUR: 8900 } },
    })
    expect(await emailFunnel(db, { from: '2025-03-11', to: '2025-03-11' })).toEqual({
      sent: [],
      campaigns: [{ campaign: 'review_request', sent: 0, clicks: 0, visits: 1, orders: 0, revenue: {} }],
      recovery: { remindersSent: 0, cartsRestored: 0, cartsRecovered: 0, revenue: {} },
    })
  })
})

describe('referral reward notice', () => {
  it('is queued as transactional mail to the referrer when the friend’s first order is paid, once per reward, with the thank-you code', async () => {
    const referrerId = `cus_${randomUUID()}`
    await db.query('INSERT INTO customers (id, email, first_name) VALUES ($1, $2, $3)', [referrerId, 'dora@example.com', 'Dora'])
    const { code } = await referralForCustomer(db, referrerId)
    const claim = await claimReferral(db, code, 'eli@example.com')
    expect(claim.ok).toBe(true)

    const order = await paidOrder(undefined, { email: 'eli@example.com' })
    expect(await rewardReferralForPaidOrder(db, order.id)).toBeNull()
    const notices = (await listOutbox(db)).filter((message) => message.kind === 'referral_reward')
    expect(notices).toHaveLength(1)
    const [notice] = notices
    expect(notice).toMatchObject({ recipient: 'dora@example.com', consent: 'transactional', headers: {}, status: 'queued' })
    const { rows } = await db.query<{ code: string }>('SELECT code FROM coupons WHERE customer_id = $1', [referrerId])
    expect(notice!.idempotencyKey).toBe(referralRewardKey(rows[0]!.code))

    received = []
    await sendAll()
    const mail = received.find((candidate) => candidate.subject === 'A friend ordered with your link: your reward is here')!
    expect(mail.text).toContain('Hello Dora,')
    expect(mail.text).toContain(`Your thank-you: €10.00 off your next order with the code ${rows[0]!.code}`)
    expect(mail.text).toContain(`/r/${code}?`)
  })

  it('is not queued for an order that rewards nobody', async () => {
    await paidOrder(undefined, { email: 'fay@example.com' })
    expect((await listOutbox(db)).filter((message) => message.kind === 'referral_reward')).toEqual([])
  })
})
