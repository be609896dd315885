import { Button } from '@journeykit/ui'
import { data, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormError, Notice } from '../components/admin/feedback'
import { FormField } from '../components/form-field'
import { guardRefusal } from '../lib/account.server'
import { CODE_PATH, currentStaff, safeNext, signIn, type SignInStep } from '../lib/admin/auth.server'
import { announceFirstOwner } from '../lib/admin/first-owner.server'
import { adminLocale, translator } from '../lib/admin/messages'
import { refuseUnsafeInput } from '../lib/admin/input-guard.server'
import { formText } from '../lib/admin/route-kit.server'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { requireCsrf } from '../lib/session.server'
import stylesheet from './admin.css?url'
import type { Route } from './+types/admin.login'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]
export const meta: Route.MetaFunction = () => [{ title: 'Sign in — Back office' }, { name: 'robots', content: 'noindex, nofollow' }]

// The development server has no start of its own: the first owner is announced when the sign-in page is first asked for.
let firstOwnerAnnounced: Promise<void> | undefined

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  firstOwnerAnnounced ??= announceFirstOwner(db, env).then((lines) => lines.forEach((line) => console.log(line)))
  await firstOwnerAnnounced
  const url = new URL(request.url)
  if (await currentStaff(db, request)) throw redirect(safeNext(url.searchParams.get('next')))
  return { locale: adminLocale(request.headers.get('Accept-Language')), next: url.searchParams.get('next') ?? '', done: url.searchParams.has('password-set'), expired: url.searchParams.has('expired') }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  refuseUnsafeInput(form)
  const t = translator(adminLocale(request.headers.get('Accept-Language')))
  const email = formText(form, 'email').trim()
  const password = formText(form, 'password')
  if (!email || !password) return data({ error: t('login.missing'), email }, { status: 400 })
  let signedIn: SignInStep | null
  try {
    signedIn = await signIn(await getDatabase(), request, email, password)
  } catch (error) {
    if (guardRefusal(error)?.status !== 429) throw error
    return data({ error: t('login.tooMany'), email }, { status: 429 })
  }
  if (!signedIn) return data({ error: t('login.wrong'), email }, { status: 401 })
  const next = safeNext(formText(form, 'next'))
  const to = signedIn.step === 'signed-in' ? next : `${CODE_PATH}?next=${encodeURIComponent(next)}`
  throw redirect(to, { headers: { 'Set-Cookie': signedIn.setCookie } })
}

export default function AdminLogin({ loaderData, actionData }: Route.ComponentProps) {
  const t = translator(loaderData.locale)
  const busy = useNavigation().state === 'submitting'
  return (
    <div className="admin">
      <h1>{t('login.title')}</h1>
      {loaderData.done ? <Notice>{t('setPassword.done')}</Notice> : null}
      {loaderData.expired ? <FormError>{t('login.expired')}</FormError> : null}
      <ActionForm fields={{ next: loaderData.next }} className="admin-form" aria-describedby={actionData?.error ? 'login-error' : undefined}>
        {actionData?.error ? <FormError id="login-error">{actionData.error}</FormError> : null}
        <FormField id="login-email" className="admin-field" label={t('login.email')} name="email" type="email" autoComplete="username" required defaultValue={actionData?.email} />
        <FormField id="login-password" className="admin-field" label={t('login.password')} name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" loading={busy}>
          {t('login.submit')}
        </Button>
      </ActionForm>
    </div>
  )
}
