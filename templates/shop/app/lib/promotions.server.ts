import type { Queryable } from './db.server'
import { HERO_SOURCES, type HeroCopy } from './hero-copy'

/** The public coupon the banner advertises until the back office picks another (or none). */
export const DEFAULT_BANNER_COUPON = 'WELCOME10'

/** What the storefront advertises, as set in the back office (Promotions), else the shop's defaults. */
export interface PromotionSettings {
  /** The code the home banner advertises; null: no banner. */
  bannerCoupon: string | null
  heroCopy: HeroCopy
}

/** The stored settings (table promotion_settings), each falling back to its default when never set. */
export async function promotionSettings(db: Queryable): Promise<PromotionSettings> {
  const { rows } = await db.query<{ key: string; value: unknown }>(`SELECT key, value FROM promotion_settings WHERE key IN ('promo_banner', 'hero_copy')`)
  const stored = new Map(rows.map((row) => [row.key, row.value]))
  const banner = stored.get('promo_banner') as { coupon: string | null } | undefined
  const heroCopy = (stored.get('hero_copy') ?? {}) as HeroCopy
  return {
    bannerCoupon: banner ? banner.coupon : DEFAULT_BANNER_COUPON,
    heroCopy: Object.fromEntries(HERO_SOURCES.flatMap((source) => (heroCopy[source] ? [[source, heroCopy[source]]] : []))),
  }
}

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
 * The promotion of a public coupon (one not bound to a customer) that is active and can be used now, or
 * `null` — so the banner never advertises a code that checkout would refuse.
 */
export async function couponPromotion(db: Queryable, code: string, now: Date = new Date()): Promise<CouponPromotion | null> {
  const { rows } = await db.query<{ code: string; kind: 'percent' | 'fixed' | 'free_shipping'; value: number; expires_at: Date | null; min_subtotal: number | null }>(
    `SELECT code, kind, value, expires_at, min_subtotal FROM coupons
     WHERE code = $1 AND customer_id IS NULL AND active AND (starts_at IS NULL OR starts_at <= $2) AND (expires_at IS NULL OR expires_at > $2)
       AND (usage_limit IS NULL OR used < usage_limit)`,
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
