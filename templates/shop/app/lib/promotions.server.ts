import type { Queryable } from './db.server'

/** A shop-wide coupon as a promotion to show (the PromoBanner's `promotion`, minus its link). */
export interface CouponPromotion {
  /** Stable id for the promotion events, e.g. `coupon-welcome10`. */
  id: string
  code: string
  name: string
  description: string
  /** ISO 8601, when the coupon expires. */
  endsAt?: string
}

/**
 * The promotion of a public coupon (one not bound to a customer) that can still be used, or
 * `null` — so the banner never advertises a code that checkout would refuse.
 */
export async function couponPromotion(db: Queryable, code: string, now: Date = new Date()): Promise<CouponPromotion | null> {
  const { rows } = await db.query<{ code: string; kind: 'percent' | 'fixed' | 'free_shipping'; value: number; expires_at: Date | null; min_subtotal: number | null }>(
    `SELECT code, kind, value, expires_at, min_subtotal FROM coupons
     WHERE code = $1 AND customer_id IS NULL AND (expires_at IS NULL OR expires_at > $2) AND (usage_limit IS NULL OR used < usage_limit)`,
    [code.trim().toUpperCase(), now],
  )
  const coupon = rows[0]
  if (!coupon) return null
  const euros = (minor: number) => `€${Number.isInteger(minor / 100) ? minor / 100 : (minor / 100).toFixed(2)}`
  const minimum = coupon.min_subtotal ? `orders from ${euros(coupon.min_subtotal)}` : ''
  const offer =
    coupon.kind === 'free_shipping'
      ? `Free shipping${minimum ? ` on ${minimum}` : ''}`
      : `${coupon.kind === 'percent' ? `${coupon.value}%` : euros(coupon.value)} off ${minimum || 'your order'}`
  return {
    id: `coupon-${coupon.code.toLowerCase()}`,
    code: coupon.code,
    name: `${offer} with code ${coupon.code}`,
    description: 'Enter the code in the coupon field at checkout.',
    ...(coupon.expires_at ? { endsAt: new Date(coupon.expires_at).toISOString() } : {}),
  }
}
