import { redirect } from 'react-router'
import { signOut } from '../lib/admin/auth.server'
import { getDatabase } from '../lib/db.server'
import { requireCsrf } from '../lib/session.server'
import type { Route } from './+types/admin.logout'

/** Ends this session (the row is revoked, the cookie cleared); CSRF-protected so another site cannot sign staff out. */
export async function action({ request }: Route.ActionArgs) {
  await requireCsrf(request, await request.formData())
  throw redirect('/admin/login', { headers: { 'Set-Cookie': await signOut(await getDatabase(), request) } })
}

export function loader() {
  throw redirect('/admin')
}
