import { Link } from 'react-router'
import { useAdminText } from '../../lib/admin/messages'

/** Previous / "Page n of m" / next links of a back-office list; nothing when it fits one page. */
export function Pager({ page, pageCount, pageLink }: { page: number; pageCount: number; pageLink: (page: number) => string }) {
  const { t } = useAdminText()
  if (pageCount <= 1) return null
  return (
    <nav aria-label={t('orders.page', { page, pageCount })} className="admin-pager">
      {page > 1 ? <Link to={pageLink(page - 1)}>{t('orders.previous')}</Link> : null}
      <span>{t('orders.page', { page, pageCount })}</span>
      {page < pageCount ? <Link to={pageLink(page + 1)}>{t('orders.next')}</Link> : null}
    </nav>
  )
}
