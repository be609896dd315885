import { data } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { subscribeToNewsletter } from '../lib/newsletter.server'
import { clientAddress, rateLimit } from '../lib/rate-limit.server'
import { requireCsrf } from '../lib/session.server'
import type { Route } from './+types/api.newsletter'

const SIGNUP_LIMIT = { limit: 5, windowMs: 10 * 60_000 }

export function loader() {
  return data({ error: 'Use POST.' }, { status: 405, headers: { Allow: 'POST' } })
}

/**
 * POST /api/newsletter — a form with `_csrf`, `email`, `marketingConsent` (must be ticked) and an
 * optional `source`. 5 per 10 minutes per address.
 * → 200 `{ ok: true }` for every valid address (so the answer does not tell who is subscribed): the address
 * is stored pending and the double opt-in email queued, unless it is confirmed already or had 3 confirmation
 * mails in 24 h; 400 `{ error, field }`, 403 (CSRF), 415 (not a form), 429.
 */
export async function action({ request }: Route.ActionArgs) {
  if (request.method !== 'POST') return data({ error: 'Use POST.' }, { status: 405, headers: { Allow: 'POST' } })
  const type = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
    return data({ error: 'Send the signup as a form.' }, { status: 415 })
  }
  await rateLimit(await getDatabase(), `newsletter:${clientAddress(request)}`, SIGNUP_LIMIT)
  const form = await request.formData()
  await requireCsrf(request, form)
  const result = await subscribeToNewsletter(await getDatabase(), {
    email: form.get('email'),
    consent: form.get('marketingConsent'),
    source: form.get('source'),
  })
  if (!result.ok) return data({ error: result.error, field: result.field }, { status: 400 })
  return data({ ok: true })
}
