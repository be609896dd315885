import { defineMessages } from '@journeykit/ui'

export const ratingSummaryMessages = defineMessages({
  en: {
    'socialProof.ratingSummary.bar': '{stars}, {reviews} ({percent})',
    'socialProof.ratingSummary.filterBy': 'Filter reviews by rating',
  },
  de: {
    'socialProof.ratingSummary.bar': '{stars}, {reviews} ({percent})',
    'socialProof.ratingSummary.filterBy': 'Bewertungen nach Sternen filtern',
  },
  'zh-CN': {
    'socialProof.ratingSummary.bar': '{stars}，{reviews}（{percent}）',
    'socialProof.ratingSummary.filterBy': '按星级筛选评价',
  },
  ro: {
    'socialProof.ratingSummary.bar': '{stars}, {reviews} ({percent})',
    'socialProof.ratingSummary.filterBy': 'Filtrează recenziile după stele',
  },
})
