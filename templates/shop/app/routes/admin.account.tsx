import { Button } from '@journeykit/ui'
import { data, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormError, Notice } from '../components/admin/feedback'
import { SelectField } from '../components/admin/select-field'
import { TwoFactorCard, type TwoFactorResult } from '../components/admin/two-factor-card'
import { FormField } from '../components/form-field'
import { guardRefusal } from '../lib/account.server'
import { recordAudit } from '../lib/admin/audit.server'
import { clearStaffCookie, limitCodeAttempts, requireStaff, requireStaffAction } from '../lib/admin/auth.server'
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
import { confirmEnrolment, disableTwoFactor, resetTwoFactor, setTwoFactorRequired, startEnrolment, twoFactorStatus } from '../lib/admin/two-factor.server'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import type { Route } from './+types/admin.account'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  const { staff } = await requireStaff(db, request, 'dashboard', { beforeTwoFactor: true })
  const params = new URL(request.url).searchParams
  return {
    changed: params.has('changed'),
    mustEnrol: params.get('two-factor') === 'required',
    twoFactor: await twoFactorStatus(db, staff),
    isOwner: can(staff.role, 'staff'),
    selfId: staff.id,
    staffList: can(staff.role, 'staff') ? await listStaff(db) : null,
  }
}

type AccountFailure = {
  intent: string
  fields?: Record<string, string>
  invited?: { email: string; link: string }
  twoFactor?: TwoFactorResult
  resetFor?: string
}

/** The account intents that take a second-factor code. */
const CODE_INTENTS = new Set(['two-factor-start', 'two-factor-confirm', 'two-factor-disable'])

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

  if (intent === 'two-factor-require') {
    const { staff } = await requireStaffAction(db, request, form, 'staff')
    const required = formText(form, 'required') === 'true'
    await setTwoFactorRequired(db, staff, required)
    return { intent, twoFactor: { requiredChanged: required } } satisfies AccountFailure
  }
  if (intent === 'two-factor-reset') {
    const { staff } = await requireStaffAction(db, request, form, 'staff')
    const email = await resetTwoFactor(db, staff, formText(form, 'staffId'))
    if (!email) return data<AccountFailure>({ intent, fields: { staffId: t('account.resetTwoFactorNone') } }, { status: 409 })
    return { intent, resetFor: email } satisfies AccountFailure
  }

  const { staff, token } = await requireStaffAction(db, request, form, 'dashboard', { beforeTwoFactor: true })
  const code = formText(form, 'code')
  if (CODE_INTENTS.has(intent) && code) {
    try {
      await limitCodeAttempts(db, request, staff.id)
    } catch (error) {
      if (guardRefusal(error)?.status !== 429) throw error
      return data<AccountFailure>({ intent, fields: { code: t('login.tooMany') } }, { status: 429 })
    }
  }
  if (intent === 'two-factor-start') {
    if (!(await startEnrolment(db, staff, code))) return data<AccountFailure>({ intent, fields: { code: t('twoFactor.wrongCode') } }, { status: 400 })
    return { intent }
  }
  if (intent === 'two-factor-confirm') {
    const recoveryCodes = await confirmEnrolment(db, staff, code)
    if (!recoveryCodes) return data<AccountFailure>({ intent, fields: { code: t('twoFactor.wrongCode') } }, { status: 400 })
    return { intent, twoFactor: { recoveryCodes } } satisfies AccountFailure
  }
  if (intent === 'two-factor-disable') {
    if ((await twoFactorStatus(db, staff)).required) return data<AccountFailure>({ intent, fields: { code: t('twoFactor.cannotDisable') } }, { status: 409 })
    if (!(await disableTwoFactor(db, staff, code))) return data<AccountFailure>({ intent, fields: { code: t('twoFactor.wrongCode') } }, { status: 400 })
    return { intent, twoFactor: { disabled: true } } satisfies AccountFailure
  }
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
  const navigation = useNavigation()
  const failure = actionData as AccountFailure | undefined
  const fieldsFor = (intent: string) => (failure?.intent === intent ? failure.fields : undefined)
  const busy = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  return (
    <section aria-labelledby="account-title" className="admin">
      <h1 id="account-title">{t('account.title')}</h1>
      {loaderData.changed ? <Notice>{t('account.changed')}</Notice> : null}
      {loaderData.mustEnrol && !loaderData.twoFactor.enrolled ? <FormError>{t('twoFactor.requiredNotice')}</FormError> : null}
      <div className="admin-grid">
        <TwoFactorCard
          status={loaderData.twoFactor}
          isOwner={loaderData.isOwner}
          result={failure?.twoFactor}
          codeError={(intent) => fieldsFor(intent)?.code}
          busy={busy}
        />
        <section aria-labelledby="password-title" className="admin-card">
          <h2 id="password-title">{t('account.password')}</h2>
          <ActionForm intent="change-password" className="admin-form">
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
          </ActionForm>
        </section>
        <section aria-labelledby="everywhere-title" className="admin-card">
          <h2 id="everywhere-title">{t('account.everywhere')}</h2>
          <p id="everywhere-hint">{t('account.everywhereHint')}</p>
          <ActionForm intent="sign-out-everywhere" aria-describedby="everywhere-hint">
            <Button type="submit" variant="secondary" loading={busy('sign-out-everywhere')}>
              {t('account.everywhereSubmit')}
            </Button>
          </ActionForm>
        </section>
      </div>
      {loaderData.staffList ? (
        <section aria-labelledby="staff-title" className="admin-card">
          <h2 id="staff-title">{t('account.staff')}</h2>
          {failure?.resetFor ? <Notice>{t('account.resetTwoFactorDone', { email: failure.resetFor })}</Notice> : null}
          {fieldsFor('two-factor-reset')?.staffId ? <FormError>{fieldsFor('two-factor-reset')!.staffId}</FormError> : null}
          <ul>
            {loaderData.staffList.map((member) => (
              <li key={member.id}>
                {member.email} — {t(`role.${member.role}`)}
                {member.twoFactor ? ` · ${t('account.twoFactorOn')}` : null}
                {member.twoFactor && member.id !== loaderData.selfId ? (
                  <ActionForm intent="two-factor-reset" fields={{ staffId: member.id }} className="admin-form-inline">
                    <Button type="submit" variant="secondary" loading={busy('two-factor-reset')} aria-label={t('account.resetTwoFactorOf', { email: member.email })}>
                      {t('account.resetTwoFactor')}
                    </Button>
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
          <h3>{t('account.invite')}</h3>
          {failure?.invited ? <Notice>{t('account.invited', failure.invited)}</Notice> : null}
          <ActionForm intent="invite" className="admin-form-inline">
            <FormField id="invite-email" className="admin-field" label={t('account.inviteEmail')} name="email" type="email" required error={fieldsFor('invite')?.email} />
            <SelectField id="invite-role" name="role" label={t('account.inviteRole')} options={STAFF_ROLES} optionLabel={(role) => t(`role.${role}`)} defaultValue="staff" />
            <Button type="submit" loading={busy('invite')}>
              {t('account.inviteSubmit')}
            </Button>
          </ActionForm>
        </section>
      ) : null}
    </section>
  )
}
