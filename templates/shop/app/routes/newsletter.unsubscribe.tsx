import { data, Form } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { checkUnsubscribeToken, type UnsubscribeTokenCheck } from '../lib/email/marketing-emails.server'
import { unsubscribeFromNewsletter } from '../lib/newsletter.server'
import type { Route } from './+types/newsletter.unsubscribe'

const INVALID = 'This unsubscribe link is not valid. Open the link from one of our emails exactly as it was sent.'
const EXPIRED = 'This unsubscribe link is more than a year old. Use the link in a newer email from us, or reply to one and we will unsubscribe you.'

/** 400 for a token the shop did not sign, 410 for one past its lifetime. */
const refused = (check: Extract<UnsubscribeTokenCheck, { ok: false }>) =>
  data({ state: check.reason, email: null }, { status: check.reason === 'expired' ? 410 : 400 })

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token') ?? ''

/** GET /newsletter/unsubscribe?token=… — a page with the address and one button; nothing changes until it is pressed. */
export function loader({ request }: Route.LoaderArgs) {
  const check = checkUnsubscribeToken(tokenOf(request))
  if (!check.ok) return refused(check)
  return { state: 'asking' as const, email: check.email }
}

/**
 * POST /newsletter/unsubscribe?token=… — RFC 8058 one-click unsubscribe: the mail provider posts
 * `List-Unsubscribe=One-Click` without cookies, so the signed token is the only proof (no CSRF
 * token). Unsubscribes at once: 200, 400 for a token that is not the shop's, 410 for one older than a year.
 */
export async function action({ request }: Route.ActionArgs) {
  const source = new URLSearchParams(await request.text()).get('List-Unsubscribe') === 'One-Click' ? 'list-unsubscribe' : 'unsubscribe-page'
  const result = await unsubscribeFromNewsletter(await getDatabase(), tokenOf(request), new Date(), source)
  if (!result.ok) return refused(result)
  return { state: 'unsubscribed' as const, email: result.email }
}

export const meta: Route.MetaFunction = () => [{ title: 'Unsubscribe' }, { name: 'robots', content: 'noindex' }]

export default function NewsletterUnsubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const { state, email } = actionData ?? loaderData
  return (
    <section aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{state === 'unsubscribed' ? 'You are unsubscribed' : 'Unsubscribe from our emails'}</h1>
      {state === 'invalid' && <p role="alert">{INVALID}</p>}
      {state === 'expired' && <p role="alert">{EXPIRED}</p>}
      {state === 'unsubscribed' && <p role="status">We will send no more newsletters or offers to {email}. Order emails still arrive.</p>}
      {state === 'asking' && (
        <Form method="post">
          <p>Stop newsletters and offers to {email}? Order emails still arrive.</p>
          <button type="submit">Unsubscribe</button>
        </Form>
      )}
    </section>
  )
}
