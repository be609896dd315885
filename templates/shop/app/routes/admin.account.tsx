import { Button } from '@journeykit/ui'
import { data, Form, redirect, useNavigation } from 'react-router'
import { FormField } from '../components/form-field'
import { recordAudit } from '../lib/admin/audit.server'
import { clearStaffCookie, requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { adminLocale, translator, useAdminText } from '../lib/admin/messages'
import { formText } from '../lib/admin/route-kit.server'
import {
  can,
  changePassword,
  createStaff,
  findStaffByEmail,
  listStaff,
  PasswordPolicyError,
  revokeAllSessions,
  setPasswordPath,
} from '../lib/admin/staff.server'
import { MIN_PASSWORD_LENGTH, STAFF_ROLES, type StaffRole } from '../lib/admin/constants'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { useRootData } from '../root'
import type { Route } from './+types/admin.account'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  const { staff } = await requireStaff(db, request, 'dashboard')
  const changed = new URL(request.url).searchParams.has('changed')
  return { changed, staffList: can(staff.role, 'staff') ? await listStaff(db) : null }
}

type AccountFailure = { intent: string; fields?: Record<string, string>; invited?: { email: string; link: string } }

export async function action({ request }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const intent = formText(form, 'intent')
  const t = translator(adminLocale(request.headers.get('Accept-Language')))
  if (intent === 'invite') {
    const { staff } = await requireStaffAction(db, request, form, 'staff')
    const email = formText(form, 'email').trim()
    const role = formText(form, 'role') as StaffRole
    if (!STAFF_ROLES.includes(role) || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return data<AccountFailure>({ intent, fields: { email: t('account.inviteInvalid') } }, { status: 400 })
    }
    if (await findStaffByEmail(db, email)) return data<AccountFailure>({ intent, fields: { email: t('account.inviteExists', { email }) } }, { status: 409 })
    const created = await createStaff(db, { email, role })
    await recordAudit(db, staff, { action: 'staff.create', subject: `staff:${created.staff.email}`, after: { role } })
    return { intent, invited: { email: created.staff.email, link: `${env.shopUrl}${setPasswordPath(created.setPasswordToken)}` } } satisfies AccountFailure
  }

  const { staff, token } = await requireStaffAction(db, request, form, 'dashboard')
  if (intent === 'change-password') {
    try {
      const changed = await changePassword(db, staff, formText(form, 'current'), formText(form, 'password'), token)
      if (!changed) return data<AccountFailure>({ intent, fields: { current: t('account.wrongCurrent') } }, { status: 400 })
    } catch (error) {
      if (error instanceof PasswordPolicyError) return data<AccountFailure>({ intent, fields: { password: error.message } }, { status: 400 })
      throw error
    }
    await recordAudit(db, staff, { action: 'staff.password_change', subject: `staff:${staff.email}` })
    throw redirect('/admin/account?changed')
  }
  if (intent === 'sign-out-everywhere') {
    const sessions = await revokeAllSessions(db, staff.id)
    await recordAudit(db, staff, { action: 'staff.sign_out_everywhere', subject: `staff:${staff.email}`, after: { sessionsEnded: sessions } })
    throw redirect('/admin/login', { headers: { 'Set-Cookie': clearStaffCookie() } })
  }
  throw data('Unknown action', { status: 400 })
}

export default function AdminAccount({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { csrf } = useRootData()
  const navigation = useNavigation()
  const failure = actionData as AccountFailure | undefined
  const fieldsFor = (intent: string) => (failure?.intent === intent ? failure.fields : undefined)
  const busy = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  return (
    <section aria-labelledby="account-title" className="admin">
      <h1 id="account-title">{t('account.title')}</h1>
      {loaderData.changed ? (
        <p className="admin-notice" role="status">
          {t('account.changed')}
        </p>
      ) : null}
      <div className="admin-grid">
        <section aria-labelledby="password-title" className="admin-card">
          <h2 id="password-title">{t('account.password')}</h2>
          <Form method="post" className="admin-form">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="intent" value="change-password" />
            <FormField id="current-password" className="admin-field" label={t('account.current')} name="current" type="password" autoComplete="current-password" required error={fieldsFor('change-password')?.current} />
            <FormField
              id="new-password"
              className="admin-field"
              label={t('account.new')}
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={MIN_PASSWORD_LENGTH}
              required
              error={fieldsFor('change-password')?.password}
            />
            <Button type="submit" loading={busy('change-password')}>
              {t('account.changeSubmit')}
            </Button>
          </Form>
        </section>
        <section aria-labelledby="everywhere-title" className="admin-card">
          <h2 id="everywhere-title">{t('account.everywhere')}</h2>
          <p id="everywhere-hint">{t('account.everywhereHint')}</p>
          <Form method="post" aria-describedby="everywhere-hint">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="intent" value="sign-out-everywhere" />
            <Button type="submit" variant="secondary" loading={busy('sign-out-everywhere')}>
              {t('account.everywhereSubmit')}
            </Button>
          </Form>
        </section>
      </div>
      {loaderData.staffList ? (
        <section aria-labelledby="staff-title" className="admin-card">
          <h2 id="staff-title">{t('account.staff')}</h2>
          <ul>
            {loaderData.staffList.map((member) => (
              <li key={member.id}>
                {member.email} — {t(`role.${member.role}`)}
              </li>
            ))}
          </ul>
          <h3>{t('account.invite')}</h3>
          {failure?.invited ? (
            <p className="admin-notice" role="status">
              {t('account.invited', failure.invited)}
            </p>
          ) : null}
          <Form method="post" className="admin-form-inline">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="intent" value="invite" />
            <FormField id="invite-email" className="admin-field" label={t('account.inviteEmail')} name="email" type="email" required error={fieldsFor('invite')?.email} />
            <div className="admin-field">
              <label htmlFor="invite-role">{t('account.inviteRole')}</label>
              <select id="invite-role" name="role" defaultValue="staff">
                {STAFF_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" loading={busy('invite')}>
              {t('account.inviteSubmit')}
            </Button>
          </Form>
        </section>
      ) : null}
    </section>
  )
}
