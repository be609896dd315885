import { defineMessages } from '@journeykit/ui'

export const ratingSummaryMessages = defineMessages({
  en: {
    'socialProof.ratingSummary.barSeparator': ',',
    'socialProof.ratingSummary.barReviews': { one: 'review ({percent})', other: 'reviews ({percent})' },
    'socialProof.ratingSummary.filterBy': 'Filter reviews by rating',
  },
})
