import { Button } from '@journeykit/ui'
import { data, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormError } from '../components/admin/feedback'
import { FormField } from '../components/form-field'
import { guardRefusal } from '../lib/account.server'
import { completeSignIn, hasSignInChallenge, safeNext } from '../lib/admin/auth.server'
import { adminLocale, translator } from '../lib/admin/messages'
import { refuseUnsafeInput } from '../lib/admin/input-guard.server'
import { formText } from '../lib/admin/route-kit.server'
import { getDatabase } from '../lib/db.server'
import { requireCsrf } from '../lib/session.server'
import stylesheet from './admin.css?url'
import type { Route } from './+types/admin.login-code'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]
export const meta: Route.MetaFunction = () => [{ title: 'Sign-in code — Back office' }, { name: 'robots', content: 'noindex, nofollow' }]

/** The second step of signing in, for accounts with two-factor sign-in: only after the right password. */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  if (!(await hasSignInChallenge(await getDatabase(), request))) throw redirect(`/admin/login?next=${encodeURIComponent(safeNext(url.searchParams.get('next')))}`)
  return { locale: adminLocale(request.headers.get('Accept-Language')), next: safeNext(url.searchParams.get('next')) }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  refuseUnsafeInput(form)
  const t = translator(adminLocale(request.headers.get('Accept-Language')))
  let result: Awaited<ReturnType<typeof completeSignIn>>
  try {
    result = await completeSignIn(await getDatabase(), request, formText(form, 'code'))
  } catch (error) {
    if (guardRefusal(error)?.status !== 429) throw error
    return data({ error: t('login.tooMany') }, { status: 429 })
  }
  if (result === 'expired') throw redirect('/admin/login?expired')
  if (result === 'wrong') return data({ error: t('code.wrong') }, { status: 401 })
  const headers = new Headers()
  for (const cookie of result) headers.append('Set-Cookie', cookie)
  throw redirect(safeNext(formText(form, 'next')), { headers })
}

export default function AdminLoginCode({ loaderData, actionData }: Route.ComponentProps) {
  const t = translator(loaderData.locale)
  const busy = useNavigation().state === 'submitting'
  return (
    <div className="admin">
      <h1>{t('code.title')}</h1>
      <p id="code-hint">{t('code.hint')}</p>
      <ActionForm fields={{ next: loaderData.next }} className="admin-form" aria-describedby={actionData?.error ? 'code-hint code-error' : 'code-hint'}>
        {actionData?.error ? <FormError id="code-error">{actionData.error}</FormError> : null}
        <FormField id="sign-in-code" className="admin-field" label={t('code.label')} name="code" autoComplete="one-time-code" inputMode="text" required />
        <Button type="submit" loading={busy}>
          {t('code.submit')}
        </Button>
      </ActionForm>
    </div>
  )
}
