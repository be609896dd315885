import { defineMessages } from '@journeykit/ui'

/** Messages shared by the review blocks (RatingSummary, ReviewList, ReviewForm), defined once. */
export const reviewMessages = defineMessages({
  en: {
    'socialProof.reviews.stars': { one: '{count} star', other: '{count} stars' },
    'socialProof.reviews.count': { one: '{count} review', other: '{count} reviews' },
    'socialProof.reviews.none': 'No reviews yet',
  },
})
