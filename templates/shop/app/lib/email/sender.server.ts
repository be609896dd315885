import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { Database } from '../db.server'
import { consentMissing } from '../newsletter.server'
import { cartAlreadyOrdered } from './abandoned-checkout.server'
import { orderWithdrawn } from './after-fulfilment.server'
import { OUTBOX_RETRY, claimNextEmail, markEmailFailed, markEmailSent, markEmailSuppressed, renewEmailLease, type ClaimedEmail, type OutboxMessage } from './outbox.server'

/** What the worker needs of a mail transport: nodemailer's `sendMail`. */
export interface MailTransport {
  sendMail(mail: SendMailOptions): Promise<unknown>
  close?(): void
}

/** A nodemailer SMTP transport for `SMTP_URL` (smtp:// with STARTTLS when offered, smtps:// for TLS). */
export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url)
}

/**
 * The transport without `SMTP_URL`: it accepts every mail and sends none, so a due message is marked sent
 * (with its `email_sent` event) and stays readable in the outbox, the shop's embedded stand-in for a mailbox.
 */
export function outboxTransport(): MailTransport {
  return { sendMail: async () => undefined }
}

/**
 * The mail for an outbox message. Its Message-ID is made from the message's id, so in the one case
 * where a message can go out twice (the worker died after the server accepted it and before it was
 * marked sent) the two copies share an id that mail servers and clients de-duplicate.
 */
export function toMail(message: OutboxMessage, { from, replyTo }: SenderIdentity): SendMailOptions {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost'
  return {
    from,
    ...(replyTo ? { replyTo } : {}),
    headers: message.headers,
    to: message.recipient,
    subject: message.subject,
    html: message.html,
    text: message.text,
    messageId: `<${message.id}@${domain}>`,
  }
}

/** Who the shop's mail comes from (`EMAIL_FROM`) and, when set, where replies go (`EMAIL_REPLY_TO`). */
export interface SenderIdentity {
  from: string
  replyTo?: string | undefined
}

export interface DeliveryReport {
  sent: number
  failed: number
  /** Not sent: the recipient no longer consented to it when it was due. */
  suppressed: number
}

/**
 * Sends every due message of the outbox once, one claim at a time, and records each outcome (a sent one with
 * its `email_sent` journey event); marketing mail whose recipient has unsubscribed since it was queued, a
 * reminder about a cart ordered since (or whose recipient paid any order since), or a follow-up about an
 * order refunded since, is suppressed, not sent. The
 * claim's lease is renewed while the mail is on its way, so a slow SMTP server does not let another
 * worker claim (and send) the message too.
 */
export async function deliverDueEmails(db: Database, transport: MailTransport, { now = () => new Date(), ...sender }: SenderIdentity & { now?: () => Date }): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, suppressed: 0 }
  for (let message = await claimNextEmail(db, now()); message; message = await claimNextEmail(db, now())) {
    const suppression = (await consentMissing(db, message)) ?? (await cartAlreadyOrdered(db, message)) ?? (await orderWithdrawn(db, message))
    if (suppression) {
      await markEmailSuppressed(db, message, suppression, now())
      report.suppressed++
      continue
    }
    try {
      await whileLeased(db, message, now, () => transport.sendMail(toMail(message!, sender)))
      await markEmailSent(db, message, now())
      report.sent++
    } catch (error) {
      await markEmailFailed(db, message, error instanceof Error ? error.message : String(error), now())
      report.failed++
    }
  }
  return report
}

async function whileLeased<T>(db: Database, claim: ClaimedEmail, now: () => Date, send: () => Promise<T>): Promise<T> {
  const renewal = setInterval(() => void renewEmailLease(db, claim, now()).catch(() => {}), OUTBOX_RETRY.leaseMs / 3)
  try {
    return await send()
  } finally {
    clearInterval(renewal)
  }
}

export interface EmailWorker {
  /** Delivers what is due now (also what the timer does); resolves with what it did. */
  runOnce(): Promise<DeliveryReport>
  /** Stops the timer and waits for a delivery in progress. */
  stop(): Promise<void>
}

/** Delivers due messages every `intervalMs` (default 10 s) until stopped; one delivery at a time. */
export function startEmailWorker(db: Database, transport: MailTransport, { intervalMs = 10_000, onError = console.error, ...sender }: SenderIdentity & { intervalMs?: number; onError?: (error: unknown) => void }): EmailWorker {
  let running: Promise<DeliveryReport> | undefined
  const runOnce = () => {
    running ??= deliverDueEmails(db, transport, sender).finally(() => {
      running = undefined
    })
    return running
  }
  const timer = setInterval(() => runOnce().catch(onError), intervalMs)
  timer.unref()
  return {
    runOnce,
    async stop() {
      clearInterval(timer)
      await running?.catch(() => {})
      transport.close?.()
    },
  }
}

/**
 * The server's email delivery: a worker delivering the outbox, through `SMTP_URL` when set, else into the
 * outbox itself (`outboxTransport`: nothing leaves the shop, but consent and suppression are applied and each
 * delivered message records `email_sent`, as with SMTP). Returns what to log and how to stop.
 */
export function startShopEmail(db: Database, config: SenderIdentity & { smtpUrl: string | undefined }): { banner: string; stop(): Promise<void> } {
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : outboxTransport()
  const worker = startEmailWorker(db, transport, { from: config.from, replyTo: config.replyTo })
  void worker.runOnce().catch(console.error)
  const banner = config.smtpUrl
    ? `[shop] email: sending through SMTP at ${new URL(config.smtpUrl).host} as ${config.from}`
    : '[shop] email: no SMTP_URL, due messages are delivered to the outbox only, never sent (the back office shows them: /admin/outbox)'
  return { banner, stop: () => worker.stop() }
}
