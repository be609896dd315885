import { data, Form } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { checkConfirmToken, confirmNewsletterSubscription, type ConfirmResult } from '../lib/newsletter.server'
import type { Route } from './+types/newsletter.confirm'

const REFUSED = {
  missing: { status: 400, message: 'This link has no confirmation token. Open the link from the email exactly as it was sent.' },
  invalid: { status: 404, message: 'This confirmation link is not valid or has already been used.' },
  expired: { status: 410, message: 'This confirmation link has expired: links work for 7 days. Sign up again and we will send you a new one.' },
} as const

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token')

function refused(reason: keyof typeof REFUSED) {
  return data({ state: 'refused' as const, email: null, message: REFUSED[reason].message }, { status: REFUSED[reason].status })
}

async function answer(token: string | null, run: (token: string) => Promise<ConfirmResult>, state: 'asking' | 'confirmed') {
  if (!token) return refused('missing')
  const result = await run(token)
  return result.ok ? { state, email: result.email, message: null } : refused(result.reason)
}

/**
 * GET /newsletter/confirm?token=… — the double opt-in link opens a page with one button and changes
 * nothing (mail scanners open links too); 400/404/410 with the reason when the link cannot confirm.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  return answer(tokenOf(request), (token) => checkConfirmToken(db, token), 'asking')
}

/** POST /newsletter/confirm?token=… — the button: confirms the pending signup once (200), else 400/404/410. */
export async function action({ request }: Route.ActionArgs) {
  const db = await getDatabase()
  return answer(tokenOf(request), (token) => confirmNewsletterSubscription(db, token), 'confirmed')
}

export const meta: Route.MetaFunction = () => [{ title: 'Newsletter subscription' }, { name: 'robots', content: 'noindex' }]

export default function NewsletterConfirm({ loaderData, actionData }: Route.ComponentProps) {
  const { state, email, message } = actionData ?? loaderData
  return (
    <section aria-labelledby="newsletter-confirm-title">
      <h1 id="newsletter-confirm-title">{state === 'confirmed' ? 'Subscription confirmed' : state === 'asking' ? 'Confirm your subscription' : 'Subscription not confirmed'}</h1>
      {state === 'refused' && <p role="alert">{message}</p>}
      {state === 'confirmed' && <p role="status">{email} is subscribed. Every email has a link to unsubscribe with one click.</p>}
      {state === 'asking' && (
        <Form method="post">
          <p>Send our newsletter and offers to {email}?</p>
          <button type="submit">Confirm subscription</button>
        </Form>
      )}
    </section>
  )
}
