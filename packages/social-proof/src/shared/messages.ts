import { defineMessages } from '@journeykit/ui'

/** Messages shared by the review blocks (RatingSummary, ReviewList, ReviewForm), defined once. */
export const reviewMessages = defineMessages({
  en: {
    'socialProof.reviews.stars': { one: '{count} star', other: '{count} stars' },
    'socialProof.reviews.count': { one: '{count} review', other: '{count} reviews' },
    'socialProof.reviews.none': 'No reviews yet',
  },
  de: {
    'socialProof.reviews.stars': { one: '{count} Stern', other: '{count} Sterne' },
    'socialProof.reviews.count': { one: '{count} Bewertung', other: '{count} Bewertungen' },
    'socialProof.reviews.none': 'Noch keine Bewertungen',
  },
  'zh-CN': {
    'socialProof.reviews.stars': '{count} 星',
    'socialProof.reviews.count': '{count} 条评价',
    'socialProof.reviews.none': '暂无评价',
  },
  ro: {
    'socialProof.reviews.stars': { one: 'o stea', few: '{count} stele', other: '{count} de stele' },
    'socialProof.reviews.count': { one: 'o recenzie', few: '{count} recenzii', other: '{count} de recenzii' },
    'socialProof.reviews.none': 'Încă nu există recenzii',
  },
})
