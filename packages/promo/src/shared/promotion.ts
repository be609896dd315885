import type { EventProperties } from '@journeykit/core'

/** A call to action: a link to where the offer continues. */
export interface PromotionCta {
  /** The visible link text, e.g. "Shop jackets". */
  label: string
  href: string
}

/** What identifies a promotion in `promotion_viewed` / `promotion_clicked` events. */
export interface PromotionIdentity {
  /** Stable id reported as `promotionId`, e.g. `winter-sale-2026`. */
  id: string
  /** Human-readable name reported as `name`, e.g. "Winter sale: 20% off outdoor jackets". */
  name: string
}

/** The properties of `promotion_viewed` and `promotion_clicked`, leaving out the optional fields that are not set. */
export function promotionProperties(
  promotion: PromotionIdentity,
  creative: string | undefined,
  slot: string | undefined,
): EventProperties<'promotion_viewed'> {
  return {
    promotionId: promotion.id,
    name: promotion.name,
    ...(creative ? { creative } : {}),
    ...(slot ? { slot } : {}),
  }
}
