import { redirect } from 'react-router'
import { requireStaff } from '../lib/admin/auth.server'
import { can } from '../lib/admin/staff.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin._index'

/** /admin opens the orders for staff and owners, the journey dashboard for analysts. */
export async function loader({ request }: Route.LoaderArgs) {
  const { staff } = await requireStaff(await getDatabase(), request, 'dashboard')
  throw redirect(can(staff.role, 'orders') ? '/admin/orders' : '/journey')
}
