import { abandonedCheckoutEmail, renderEmail } from '@journeykit/email'
import { getCart, cartSubtotal } from '../cart.server'
import type { Database, Queryable } from '../db.server'
import { env } from '../env.server'
import { subscribeToNewsletter, type NewsletterSignupResult } from '../newsletter.server'
import { checkoutIdForCart, isDefaultVariant } from '../orders.server'
import { CURRENCY } from '../seed.server'
import { hasLinkSignature, linkSignature } from './link-signature.server'
import { enqueueMarketingEmail, unsubscribeUrl } from './marketing-emails.server'
import { EMAIL_UTM_SOURCE, emailShop } from './order-emails.server'
import type { OutboxMessage } from './outbox.server'

/** The consent source a checkout's marketing box records. */
export const CHECKOUT_CONSENT_SOURCE = 'checkout'

/** One reminder per cart, ever: its key. */
export const abandonedCheckoutKey = (cartId: string) => `abandoned-checkout:${cartId}`

const RESTORE_LINKS = 'cart-restore-link v1'

/** The token of a cart's restore link: the cart id and its signature (only the shop can make one). */
export const cartRestoreToken = (cartId: string) => `${cartId}.${linkSignature(RESTORE_LINKS, cartId)}`

export const cartRestoreUrl = (cartId: string) => `${env.shopUrl}/cart/restore?token=${encodeURIComponent(cartRestoreToken(cartId))}`

/** The cart a restore token names, or null when the shop did not sign it. */
export function cartOfRestoreToken(token: string): string | null {
  const [cartId, signature, ...rest] = token.split('.')
  return cartId && signature && rest.length === 0 && hasLinkSignature(RESTORE_LINKS, cartId, signature) ? cartId : null
}

/**
 * Puts the lines of a reminded cart into the visitor's cart (in any browser): each line at least at the
 * reminded quantity. Returns how many lines it restored; 0 for the same cart or an empty one.
 */
export async function restoreCart(db: Queryable, fromCartId: string, intoCartId: string): Promise<number> {
  if (fromCartId === intoCartId) return 0
  const { rows } = await db.query(
    `WITH cart AS (
       INSERT INTO carts (id) SELECT $2 WHERE EXISTS (SELECT 1 FROM cart_lines WHERE cart_id = $1)
       ON CONFLICT (id) DO UPDATE SET updated_at = now() RETURNING id)
     INSERT INTO cart_lines (cart_id, variant_id, quantity)
     SELECT cart.id, l.variant_id, l.quantity FROM cart_lines l, cart WHERE l.cart_id = $1
     ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = greatest(cart_lines.quantity, excluded.quantity)
     RETURNING variant_id`,
    [fromCartId, intoCartId],
  )
  return rows.length
}

/**
 * The checkout's marketing box, ticked with an email: starts the double opt-in (source `checkout`) and
 * schedules the cart's abandoned-checkout reminder `ABANDONED_CHECKOUT_DELAY_HOURS` later, in the outbox
 * (so it survives restarts). The reminder goes only if by then the address has confirmed and the cart has no
 * order (checked when it is due), and at most once per cart.
 */
export async function startCheckoutMarketingConsent(
  db: Database,
  { cartId, email, consent }: { cartId: string; email: unknown; consent: unknown },
  now: Date = new Date(),
): Promise<NewsletterSignupResult> {
  const signup = await subscribeToNewsletter(db, { email, consent, source: CHECKOUT_CONSENT_SOURCE }, now)
  if (signup.ok) await scheduleAbandonedCheckoutReminder(db, { cartId, email: signup.email }, now)
  return signup
}

async function scheduleAbandonedCheckoutReminder(db: Queryable, { cartId, email }: { cartId: string; email: string }, now: Date): Promise<boolean> {
  const cart = await getCart(db, cartId)
  if (cart.lines.length === 0) return false
  const rendered = await renderEmail(
    abandonedCheckoutEmail,
    {
      shop: emailShop(),
      lines: cart.lines.map((line) => ({
        name: line.name,
        variant: isDefaultVariant(line.variantLabel) ? undefined : line.variantLabel,
        quantity: line.quantity,
        total: { amount: line.unitPrice.amount * line.quantity, currency: line.unitPrice.currency },
      })),
      subtotal: cartSubtotal(cart, CURRENCY),
      restoreUrl: cartRestoreUrl(cartId),
      unsubscribeUrl: unsubscribeUrl(email, now),
    },
    { locale: 'en', utm: { source: EMAIL_UTM_SOURCE } },
  )
  return enqueueMarketingEmail(
    db,
    {
      idempotencyKey: abandonedCheckoutKey(cartId),
      kind: abandonedCheckoutEmail.name,
      recipient: email,
      cartId,
      sendAt: new Date(now.getTime() + env.email.abandonedCheckoutDelayHours * 60 * 60_000),
      ...rendered,
    },
    now,
  )
}

/**
 * Why a lifecycle message about a cart must not go, or null: the cart has an order (paid or later), or its
 * recipient paid an order (from any cart, e.g. on another device) after the message was queued.
 */
export async function cartAlreadyOrdered(db: Queryable, message: Pick<OutboxMessage, 'cartId' | 'recipient' | 'createdAt'>): Promise<string | null> {
  if (!message.cartId) return null
  const { rows } = await db.query<{ id: string; same_cart: boolean }>(
    `SELECT id, checkout_id = $1 AS same_cart FROM orders
      WHERE status IN ('paid', 'fulfilled', 'refunded') AND (checkout_id = $1 OR (lower(email) = lower($2) AND paid_at >= $3))
      ORDER BY checkout_id = $1 DESC LIMIT 1`,
    [checkoutIdForCart(message.cartId), message.recipient, message.createdAt],
  )
  const order = rows[0]
  if (!order) return null
  return order.same_cart ? `suppressed: the cart was ordered (${order.id})` : `suppressed: the recipient paid an order since it was queued (${order.id})`
}
