import { Link } from 'react-router'
import { listAudit } from '../lib/admin/audit.server'
import { requireStaff } from '../lib/admin/auth.server'
import { adminLocale, formatDateTime, useAdminText } from '../lib/admin/messages'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.audit'

/** Owners only: who changed what, when, with the state before and after. */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'audit')
  const page = Number.parseInt(new URL(request.url).searchParams.get('page') ?? '1', 10) || 1
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const log = await listAudit(db, page)
  return { page, ...log, entries: log.entries.map((entry) => ({ ...entry, when: formatDateTime(locale, entry.occurredAt) })) }
}

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 1))

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { entries, hasMore, page } = loaderData
  return (
    <section aria-labelledby="audit-title" className="admin">
      <h1 id="audit-title">{t('audit.title')}</h1>
      {entries.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.subject')}</th>
                <th scope="col">{t('audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.when}</td>
                  <td>{entry.staffEmail}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{entry.subject}</td>
                  <td>
                    <pre className="admin-json">
                      {json(entry.before)} → {json(entry.after)}
                    </pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="admin-pager" aria-label={t('audit.title')}>
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t('orders.previous')}</Link> : null}
        {hasMore ? <Link to={`?page=${page + 1}`}>{t('orders.next')}</Link> : null}
      </nav>
    </section>
  )
}
