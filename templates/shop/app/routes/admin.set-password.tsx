import { Button } from '@journeykit/ui'
import { data, redirect } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormField } from '../components/form-field'
import { adminLocale, translator } from '../lib/admin/messages'
import { refuseUnsafeInput } from '../lib/admin/input-guard.server'
import { formText } from '../lib/admin/route-kit.server'
import { MIN_PASSWORD_LENGTH } from '../lib/admin/constants'
import { PasswordPolicyError, setPasswordWithToken, staffForSetPasswordToken } from '../lib/admin/staff.server'
import { getDatabase } from '../lib/db.server'
import { requireCsrf } from '../lib/session.server'
import stylesheet from './admin.css?url'
import type { Route } from './+types/admin.set-password'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]
export const meta: Route.MetaFunction = () => [{ title: 'Set your password — Back office' }, { name: 'robots', content: 'noindex, nofollow' }]

// The token is in this page's address: no Referer may carry it to another site.
export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const staff = token ? await staffForSetPasswordToken(await getDatabase(), token) : null
  const locale = adminLocale(request.headers.get('Accept-Language'))
  return data({ locale, token, email: staff?.email ?? null }, { status: staff ? 200 : 404, headers: { 'Referrer-Policy': 'no-referrer' } })
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  refuseUnsafeInput(form)
  try {
    const staff = await setPasswordWithToken(await getDatabase(), formText(form, 'token'), formText(form, 'password'))
    if (!staff) return data({ error: 'invalid' as const }, { status: 404 })
  } catch (error) {
    if (error instanceof PasswordPolicyError) return data({ error: error.message }, { status: 400 })
    throw error
  }
  throw redirect('/admin/login?password-set')
}

export default function SetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = translator(loaderData.locale)
  if (!loaderData.email || actionData?.error === 'invalid') {
    return (
      <div className="admin">
        <h1>{t('setPassword.title')}</h1>
        <p role="alert">{t('setPassword.invalid')}</p>
      </div>
    )
  }
  return (
    <div className="admin">
      <h1>{t('setPassword.title')}</h1>
      <p id="set-password-for">{t('setPassword.for', { email: loaderData.email })}</p>
      <ActionForm fields={{ token: loaderData.token }} className="admin-form" aria-describedby="set-password-for">
        <input type="hidden" name="username" value={loaderData.email} autoComplete="username" />
        <FormField
          id="set-password"
          className="admin-field"
          label={t('setPassword.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          required
          error={actionData?.error}
        />
        <Button type="submit">{t('setPassword.submit')}</Button>
      </ActionForm>
    </div>
  )
}
