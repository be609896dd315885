import { data } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { confirmNewsletterSubscription } from '../lib/newsletter.server'
import type { Route } from './+types/newsletter.confirm'

const REFUSED = {
  missing: { status: 400, message: 'This link has no confirmation token. Open the link from the email exactly as it was sent.' },
  invalid: { status: 404, message: 'This confirmation link is not valid or has already been used.' },
  expired: { status: 410, message: 'This confirmation link has expired: links work for 7 days. Sign up again and we will send you a new one.' },
} as const

/** GET /newsletter/confirm?token=… — the double opt-in link: confirms the pending signup once (200), else 400/404/410 with the reason. */
export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token')
  if (!token) return data({ confirmed: false as const, ...REFUSED.missing }, { status: REFUSED.missing.status })
  const result = await confirmNewsletterSubscription(await getDatabase(), token)
  if (!result.ok) return data({ confirmed: false as const, ...REFUSED[result.reason] }, { status: REFUSED[result.reason].status })
  return { confirmed: true as const, status: 200, message: `${result.email} is subscribed. Every email has a link to unsubscribe with one click.` }
}

export const meta: Route.MetaFunction = () => [{ title: 'Newsletter subscription' }, { name: 'robots', content: 'noindex' }]

export default function NewsletterConfirm({ loaderData }: Route.ComponentProps) {
  return (
    <section aria-labelledby="newsletter-confirm-title">
      <h1 id="newsletter-confirm-title">{loaderData.confirmed ? 'Subscription confirmed' : 'Subscription not confirmed'}</h1>
      <p role={loaderData.confirmed ? 'status' : 'alert'}>{loaderData.message}</p>
    </section>
  )
}
