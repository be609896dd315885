import { data } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { checkoutIdForCart, getOrder, isOrderAccessToken } from '../lib/orders.server'
import { clientAddress, rateLimit } from '../lib/rate-limit.server'
import { requireCsrf } from '../lib/session.server'
import { parseSurveyResponse, recordSurveyResponse, SurveyValidationError } from '../lib/surveys.server'
import type { Route } from './+types/api.surveys'

const LIMIT = { limit: 10, windowMs: 10 * 60_000 }
const MAX_BODY_BYTES = 8_192

export function loader() {
  return data({ error: 'Use POST.' }, { status: 405, headers: { Allow: 'POST' } })
}

/**
 * POST /api/surveys — an NPS or CSAT answer, as JSON or a form, with `_csrf`:
 * `{ surveyId, kind: 'nps' | 'csat', score, comment?, orderId?, token? }`. About an order, the
 * order's link token (or the session that placed it) is required. 10 answers per 10 minutes per
 * address. → 201 `{ id }`; 400 `{ error, field }`; 403; 413; 429.
 */
export async function action({ request }: Route.ActionArgs) {
  if (request.method !== 'POST') return data({ error: 'Use POST.' }, { status: 405, headers: { Allow: 'POST' } })
  await rateLimit(await getDatabase(), `surveys:${clientAddress(request)}`, LIMIT)
  const fields = await readFields(request)
  const form = new FormData()
  form.set('_csrf', typeof fields._csrf === 'string' ? fields._csrf : '')
  const session = await requireCsrf(request, form)
  try {
    const answer = parseSurveyResponse(fields)
    const db = await getDatabase()
    if (answer.orderId) {
      const order = await getOrder(db, answer.orderId)
      const token = typeof fields.token === 'string' ? fields.token : null
      const allowed = order && (isOrderAccessToken(order.id, token) || order.checkoutId === checkoutIdForCart(session.cartId))
      if (!allowed) return data({ error: 'You can only answer for your own order.', field: 'orderId' }, { status: 403 })
    }
    return data({ id: await recordSurveyResponse(db, answer) }, { status: 201 })
  } catch (error) {
    if (error instanceof SurveyValidationError) return data({ error: error.message, field: error.field }, { status: 400 })
    throw error
  }
}

/** The body's fields from JSON or a form; 413 / 400 responses for oversized or malformed bodies. */
async function readFields(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text()
  if (text.length > MAX_BODY_BYTES) throw data({ error: 'The answer is too large.' }, { status: 413 })
  const type = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase()
  if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(text)
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>
    } catch {
      // answered below
    }
    throw data({ error: 'Send the answer as a JSON object.' }, { status: 400 })
  }
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text))
  throw data({ error: 'Send the answer as JSON or a form.' }, { status: 415 })
}
