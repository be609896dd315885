import { Button } from '@journeykit/ui'
import { NavLink, Outlet } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { requireStaff } from '../lib/admin/auth.server'
import { adminLocale, useAdminText } from '../lib/admin/messages'
import { can } from '../lib/admin/staff.server'
import { getDatabase } from '../lib/db.server'
import stylesheet from './admin.css?url'
import type { Route } from './+types/admin'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]
export const meta: Route.MetaFunction = () => [{ title: 'Back office — Northwind Outfitters' }, { name: 'robots', content: 'noindex, nofollow' }]

/** Every /admin page: a live staff session (any role); each page checks its own permission as well. */
export async function loader({ request }: Route.LoaderArgs) {
  const { staff } = await requireStaff(await getDatabase(), request, 'dashboard', { beforeTwoFactor: true })
  return {
    staff,
    locale: adminLocale(request.headers.get('Accept-Language')),
    allowed: { orders: can(staff.role, 'orders'), reviews: can(staff.role, 'reviews'), catalog: can(staff.role, 'catalog'), audit: can(staff.role, 'audit'), customers: can(staff.role, 'customers'), promotions: can(staff.role, 'promotions') },
  }
}

export default function AdminLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { staff, allowed } = loaderData
  return (
    <div className="admin">
      <div className="admin-bar">
        <nav aria-label={t('nav.label')} className="admin-nav">
          <ul>
            {allowed.orders ? (
              <li>
                <NavLink to="/admin/orders">{t('nav.orders')}</NavLink>
              </li>
            ) : null}
            {allowed.customers ? (
              <li>
                <NavLink to="/admin/customers">{t('nav.customers')}</NavLink>
              </li>
            ) : null}
            {allowed.reviews ? (
              <li>
                <NavLink to="/admin/reviews">{t('nav.reviews')}</NavLink>
              </li>
            ) : null}
            {allowed.orders ? (
              <li>
                <NavLink to="/admin/outbox">{t('nav.outbox')}</NavLink>
              </li>
            ) : null}
            {allowed.reviews ? (
              <li>
                <NavLink to="/admin/feedback">{t('nav.feedback')}</NavLink>
              </li>
            ) : null}
            {allowed.catalog ? (
              <li>
                <NavLink to="/admin/products">{t('nav.products')}</NavLink>
              </li>
            ) : null}
            {allowed.promotions ? (
              <li>
                <NavLink to="/admin/promotions">{t('nav.promotions')}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/journey">{t('nav.dashboard')}</NavLink>
            </li>
            {allowed.audit ? (
              <li>
                <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/admin/account">{t('nav.account')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="admin-who">
          {t('nav.signedInAs', { email: staff.email, role: t(`role.${staff.role}`) })}
          <ActionForm action="/admin/logout">
            <Button type="submit" variant="secondary" size="sm">
              {t('nav.signOut')}
            </Button>
          </ActionForm>
        </div>
      </div>
      <Outlet />
    </div>
  )
}
