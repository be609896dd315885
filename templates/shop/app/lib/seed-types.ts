import type { AttributeGroup } from '@journeykit/compare'

/** The demo catalog's shapes (app/lib/seed-data.ts); money is integer minor units in EUR. */
export interface SeedCategory {
  id: string
  name: string
  description: string
  attributeGroups: AttributeGroup[]
}

export interface SeedImage {
  /** A local file under public/images, e.g. '/images/aurora-5-black.svg'. */
  src: string
  alt: string
}

export interface SeedProduct {
  id: string
  slug: string
  categoryId: string
  name: string
  brand: string
  description: string
  price: number
  compareAt?: number
  images: SeedImage[]
  /** Attribute id (from the category's attributeGroups) → value; missing = not applicable. */
  attributes: Record<string, string | number | boolean | null>
  /** When the product joined the catalog (ISO date); default: a week after the previous product. */
  createdAt?: string
  /** At least one; stock per variant. */
  variants: Array<{ id: string; label: string; stock: number }>
}

export interface SeedReview {
  id: string
  productId: string
  rating: 1 | 2 | 3 | 4 | 5
  title: string
  body: string
  authorName: string
  verified: boolean
  variantLabel?: string
  photos: SeedImage[]
  merchantReply?: string
  helpfulCount: number
  /** ISO date. */
  createdAt: string
}

export interface SeedCoupon {
  code: string
  kind: 'percent' | 'fixed' | 'free_shipping'
  /** Percent (e.g. 10) or minor units. */
  value: number
  expiresAt?: string
  minSubtotal?: number
  usageLimit?: number
}
