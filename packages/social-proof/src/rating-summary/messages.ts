import { defineMessages } from '@journeykit/ui'

export const ratingSummaryMessages = defineMessages({
  en: {
    'socialProof.ratingSummary.bar': '{stars}, {reviews} ({percent})',
    'socialProof.ratingSummary.filterBy': 'Filter reviews by rating',
  },
})
