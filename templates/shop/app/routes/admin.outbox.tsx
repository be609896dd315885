import { requireStaff } from '../lib/admin/auth.server'
import { adminLocale, formatDateTime, useAdminText } from '../lib/admin/messages'
import { getDatabase } from '../lib/db.server'
import { listOutbox } from '../lib/email/outbox.server'
import { env } from '../lib/env.server'
import type { Route } from './+types/admin.outbox'
import stylesheet from './admin.outbox.css?url'

export const OUTBOX_SHOWN = 20

/** Email addresses and confirmation links are personal data: staff who handle orders only. */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'orders')
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const messages = await listOutbox(db, { limit: OUTBOX_SHOWN })
  return { smtp: Boolean(env.email.smtpUrl), messages: messages.map((message) => ({ ...message, queued: formatDateTime(locale, message.createdAt) })) }
}

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

/** The last emails the shop queued, each rendered as a mailbox shows it, with its plain-text part and delivery state. */
export default function AdminOutbox({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { messages, smtp } = loaderData
  return (
    <section aria-labelledby="outbox-title" className="admin admin-outbox">
      <h1 id="outbox-title">{t('outbox.title')}</h1>
      <p>
        {t(smtp ? 'outbox.smtp' : 'outbox.noSmtp')} {t('outbox.shown', { count: OUTBOX_SHOWN })}
      </p>
      {messages.length === 0 ? (
        <p>{t('outbox.none')}</p>
      ) : (
        messages.map((message) => (
          <article key={message.id} aria-labelledby={`${message.id}-subject`} data-status={message.status}>
            <h2 id={`${message.id}-subject`}>{message.subject}</h2>
            <dl>
              <dt>{t('outbox.to')}</dt>
              <dd>{message.recipient}</dd>
              <dt>{t('outbox.kind')}</dt>
              <dd>{message.kind}</dd>
              <dt>{t('outbox.status')}</dt>
              <dd>
                {t(`outbox.status.${message.status}`)}, {t('outbox.attempts', { count: message.attempts })}
                {message.lastError ? ` (${t('outbox.lastError', { error: message.lastError })})` : ''}
              </dd>
              <dt>{t('outbox.queued')}</dt>
              <dd>
                <time dateTime={message.createdAt}>{message.queued}</time>
              </dd>
            </dl>
            <div className="admin-outbox-frame">
              <iframe title={t('outbox.frame', { subject: message.subject })} srcDoc={message.html} sandbox="" width={600} height={900} />
            </div>
            <details>
              <summary>{t('outbox.plainText')}</summary>
              <pre>{message.text}</pre>
            </details>
          </article>
        ))
      )}
    </section>
  )
}
