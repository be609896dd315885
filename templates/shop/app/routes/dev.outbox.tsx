import { requireStaff } from '../lib/admin/auth.server'
import { getDatabase } from '../lib/db.server'
import { listOutbox } from '../lib/email/outbox.server'
import { env, type ShopMode } from '../lib/env.server'
import type { Route } from './+types/dev.outbox'
import stylesheet from './dev.outbox.css?url'

/** The development outbox is for demo mode (and tests): a production shop answers 404. */
export const isOutboxPageEnabled = (mode: ShopMode) => mode !== 'production'

const SHOWN = 20

/** Email addresses and confirmation links are personal data: staff who handle orders only. */
export async function loader({ request }: Route.LoaderArgs) {
  if (!isOutboxPageEnabled(env.mode)) throw new Response('Not Found', { status: 404 })
  const db = await getDatabase()
  await requireStaff(db, request, 'orders')
  const messages = await listOutbox(db, { limit: SHOWN })
  return { smtp: Boolean(env.email.smtpUrl), messages }
}

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export const meta: Route.MetaFunction = () => [{ title: 'Outbox (development)' }, { name: 'robots', content: 'noindex' }]

/** The last emails the shop queued, each rendered as a mailbox shows it, with its plain-text part and delivery state. */
export default function DevOutbox({ loaderData }: Route.ComponentProps) {
  const { messages, smtp } = loaderData
  return (
    <section aria-labelledby="outbox-title" className="dev-outbox">
      <h1 id="outbox-title">Outbox</h1>
      <p>
        {smtp ? 'SMTP_URL is set: queued messages are sent by the server.' : 'No SMTP_URL: messages stay here and are never sent.'} The newest {SHOWN} are shown.
      </p>
      {messages.length === 0 ? (
        <p>No email has been queued yet. Place and pay an order to queue its confirmation.</p>
      ) : (
        messages.map((message) => (
          <article key={message.id} aria-labelledby={`${message.id}-subject`} data-status={message.status}>
            <h2 id={`${message.id}-subject`}>{message.subject}</h2>
            <dl>
              <dt>To</dt>
              <dd>{message.recipient}</dd>
              <dt>Kind</dt>
              <dd>{message.kind}</dd>
              <dt>Status</dt>
              <dd>
                {message.status}, {message.attempts} {message.attempts === 1 ? 'attempt' : 'attempts'}
                {message.lastError ? ` (last error: ${message.lastError})` : ''}
              </dd>
              <dt>Queued</dt>
              <dd>
                <time dateTime={message.createdAt}>{message.createdAt}</time>
              </dd>
            </dl>
            <div className="dev-outbox-frame">
              <iframe title={`${message.subject} (HTML)`} srcDoc={message.html} sandbox="" width={600} height={900} />
            </div>
            <details>
              <summary>Plain text</summary>
              <pre>{message.text}</pre>
            </details>
          </article>
        ))
      )}
    </section>
  )
}
