/** A star value of a review: 1 (worst) to 5 (best). */
export type StarValue = 1 | 2 | 3 | 4 | 5

/** The star values, best first: the order of the histogram and of the star filter. */
export const STAR_VALUES: readonly StarValue[] = [5, 4, 3, 2, 1]

/** A photo attached to a review. */
export interface ReviewPhoto {
  src: string
  /** What the photo shows; defaults to a generic "Photo from {author}". */
  alt?: string
}

/** The merchant's public answer to a review. */
export interface MerchantReply {
  body: string
  /** Who answered, e.g. the shop's name. */
  author?: string
  /** ISO date of the reply. */
  createdAt?: string
}

/** One customer review, as the app's review system returns it. */
export interface Review {
  id: string
  /** 1–5 stars. */
  rating: number
  title?: string
  /** Plain text: any markup in it is shown as text, never interpreted. */
  body: string
  /** The reviewer's display name. */
  author: string
  /** ISO date the review was published. */
  createdAt: string
  /** The reviewer bought the product through the shop. */
  verifiedBuyer?: boolean
  /** The variant they bought, e.g. "Size 42 / Blue". */
  variant?: string
  photos?: ReviewPhoto[]
  /** How many visitors found the review helpful. */
  helpfulCount?: number
  merchantReply?: MerchantReply
}

/** A product's aggregate rating: average, number of reviews and reviews per star value. */
export interface RatingBreakdown {
  /** Average rating, 1–5. */
  average: number
  /** Number of reviews the average comes from. */
  count: number
  /** Reviews per star value; a missing value counts as 0. */
  histogram: Partial<Record<StarValue, number>>
}
