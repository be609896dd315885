import { redirect } from 'react-router'
import { getDatabase } from '../lib/db.server'
import { cartOfRestoreToken, restoreCart } from '../lib/email/abandoned-checkout.server'
import { getShopSession, sessionHeaders } from '../lib/session.server'
import type { Route } from './+types/cart.restore'

/**
 * GET /cart/restore?token=… — the abandoned-checkout reminder's link: puts the reminded cart's lines into
 * this visitor's cart (in any browser) and redirects to the cart; 400 for a link the shop did not sign. Copying
 * rather than adopting the cart means a forwarded link shares the products, never the cart or its checkout.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const cartId = cartOfRestoreToken(params.get('token') ?? '')
  if (!cartId) return new Response('This cart link is not valid. Open it from the email exactly as it was sent.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const session = await getShopSession(request)
  await restoreCart(await getDatabase(), cartId, session.cartId)
  // the cart page keeps the email's utm parameters, so the visit is attributed to the reminder
  params.delete('token')
  return redirect(params.size ? `/cart?${params}` : '/cart', { headers: sessionHeaders(session) })
}
