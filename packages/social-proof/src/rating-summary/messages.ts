import { defineMessages } from '@journeykit/ui'

export const ratingSummaryMessages = defineMessages({
  en: {
    'socialProof.ratingSummary.stars': { one: '{count} star', other: '{count} stars' },
    'socialProof.ratingSummary.reviews': { one: '{count} review', other: '{count} reviews' },
    'socialProof.ratingSummary.bar': '{stars}, {reviews} ({percent})',
    'socialProof.ratingSummary.basedOn': { one: 'Based on {count} review', other: 'Based on {count} reviews' },
    'socialProof.ratingSummary.filterBy': 'Filter reviews by rating',
    'socialProof.ratingSummary.noReviews': 'No reviews yet',
  },
  de: {
    'socialProof.ratingSummary.stars': { one: '{count} Stern', other: '{count} Sterne' },
    'socialProof.ratingSummary.reviews': { one: '{count} Bewertung', other: '{count} Bewertungen' },
    'socialProof.ratingSummary.bar': '{stars}, {reviews} ({percent})',
    'socialProof.ratingSummary.basedOn': { one: 'Basierend auf {count} Bewertung', other: 'Basierend auf {count} Bewertungen' },
    'socialProof.ratingSummary.filterBy': 'Bewertungen nach Sternen filtern',
    'socialProof.ratingSummary.noReviews': 'Noch keine Bewertungen',
  },
  'zh-CN': {
    'socialProof.ratingSummary.stars': '{count} 星',
    'socialProof.ratingSummary.reviews': '{count} 条评价',
    'socialProof.ratingSummary.bar': '{stars}，{reviews}（{percent}）',
    'socialProof.ratingSummary.basedOn': '基于 {count} 条评价',
    'socialProof.ratingSummary.filterBy': '按星级筛选评价',
    'socialProof.ratingSummary.noReviews': '暂无评价',
  },
  ro: {
    'socialProof.ratingSummary.stars': { one: 'o stea', few: '{count} stele', other: '{count} de stele' },
    'socialProof.ratingSummary.reviews': { one: 'o recenzie', few: '{count} recenzii', other: '{count} de recenzii' },
    'socialProof.ratingSummary.bar': '{stars}, {reviews} ({percent})',
    'socialProof.ratingSummary.basedOn': { one: 'Pe baza unei recenzii', few: 'Pe baza a {count} recenzii', other: 'Pe baza a {count} de recenzii' },
    'socialProof.ratingSummary.filterBy': 'Filtrează recenziile după stele',
    'socialProof.ratingSummary.noReviews': 'Încă nu există recenzii',
  },
})
