import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { liveActivityMessages } from '../live-activity/messages'
import type { ratingSummaryMessages } from '../rating-summary/messages'
import type { reviewFormMessages } from '../review-form/messages'
import type { reviewListMessages } from '../review-list/messages'
import type { reviewMessages } from '../shared/messages'
import type { stockNoticeMessages } from '../stock-notice/messages'
import type { testimonialsMessages } from '../testimonials/messages'
import type { trustBadgesMessages } from '../trust-badges/messages'

type Key =
  | MessageKey<typeof liveActivityMessages>
  | MessageKey<typeof ratingSummaryMessages>
  | MessageKey<typeof reviewFormMessages>
  | MessageKey<typeof reviewListMessages>
  | MessageKey<typeof reviewMessages>
  | MessageKey<typeof stockNoticeMessages>
  | MessageKey<typeof testimonialsMessages>
  | MessageKey<typeof trustBadgesMessages>

const messages: Record<Key, MessageValue> = {
  'socialProof.liveActivity.label': 'Activitate recentă',
  'socialProof.liveActivity.purchase': '{name} a cumpărat {product}',
  'socialProof.liveActivity.purchaseFrom': '{name} din {city} a cumpărat {product}',
  'socialProof.liveActivity.review': '{name} a evaluat {product}',
  'socialProof.liveActivity.reviewFrom': '{name} din {city} a evaluat {product}',
  'socialProof.liveActivity.pause': 'Întrerupe actualizările',
  'socialProof.liveActivity.resume': 'Reia actualizările',
  'socialProof.liveActivity.hide': 'Ascunde activitatea recentă',
  'socialProof.liveActivity.show': 'Arată activitatea recentă',
  'socialProof.liveActivity.empty': 'Nicio activitate recentă',
  'socialProof.ratingSummary.barSeparator': ',',
  'socialProof.ratingSummary.barReviews': { one: 'recenzie ({percent})', few: 'recenzii ({percent})', other: 'de recenzii ({percent})' },
  'socialProof.ratingSummary.filterBy': 'Filtrează recenziile după stele',
  'socialProof.reviewForm.rating': 'Evaluarea ta',
  'socialProof.reviewForm.title': 'Titlu',
  'socialProof.reviewForm.body': 'Recenzia ta',
  'socialProof.reviewForm.name': 'Numele afișat lângă recenzie',
  'socialProof.reviewForm.submit': 'Trimite recenzia',
  'socialProof.reviewForm.ratingRequired': 'Alege o evaluare.',
  'socialProof.reviewForm.titleRequired': 'Adaugă un titlu.',
  'socialProof.reviewForm.bodyRequired': 'Scrie recenzia ta.',
  'socialProof.reviewForm.bodyTooShort': 'Scrie cel puțin {min} caractere.',
  'socialProof.reviewForm.nameRequired': 'Introdu un nume.',
  'socialProof.reviewForm.failed': 'Recenzia nu a putut fi trimisă. Textul tău este încă aici, încearcă din nou.',
  'socialProof.reviewForm.thanks': 'Îți mulțumim pentru recenzie!',
  'socialProof.reviewForm.summaryTitle': { one: 'Corectează 1 problemă pentru a trimite recenzia', few: 'Corectează {count} probleme pentru a trimite recenzia', other: 'Corectează {count} de probleme pentru a trimite recenzia' },
  'socialProof.reviewList.rating': 'Evaluare',
  'socialProof.reviewList.allRatings': 'Toate evaluările',
  'socialProof.reviewList.withPhotos': 'Cu fotografii',
  'socialProof.reviewList.sortBy': 'Sortează după',
  'socialProof.reviewList.sort.newest': 'Cele mai noi',
  'socialProof.reviewList.sort.highest': 'Cea mai mare notă',
  'socialProof.reviewList.sort.lowest': 'Cea mai mică notă',
  'socialProof.reviewList.sort.helpful': 'Cele mai utile',
  'socialProof.reviewList.noMatches': 'Nicio recenzie nu corespunde filtrelor',
  'socialProof.reviewList.clearFilters': 'Șterge filtrele',
  'socialProof.reviewList.verified': 'Cumpărător verificat',
  'socialProof.reviewList.variant': 'Cumpărat: {variant}',
  'socialProof.reviewList.photo': 'Fotografie de la {author}',
  'socialProof.reviewList.reply': 'Răspunsul vânzătorului',
  'socialProof.reviewList.helpful': 'Util ({count})',
  'socialProof.reviewList.helpfulFailed': 'Votul tău nu a putut fi salvat. Încearcă din nou.',
  'socialProof.reviewList.loadMore': 'Arată mai multe recenzii',
  'socialProof.reviewList.pages': 'Pagini de recenzii',
  'socialProof.reviewList.previous': 'Pagina anterioară',
  'socialProof.reviewList.next': 'Pagina următoare',
  'socialProof.reviewList.pageOf': 'Pagina {page} din {pages}',
  'socialProof.reviews.stars': { one: 'o stea', few: '{count} stele', other: '{count} de stele' },
  'socialProof.reviews.count': { one: 'o recenzie', few: '{count} recenzii', other: '{count} de recenzii' },
  'socialProof.reviews.none': 'Încă nu există recenzii',
  'socialProof.stockNotice.low': { one: 'A mai rămas doar o bucată', few: 'Au mai rămas doar {count} bucăți', other: 'Au mai rămas doar {count} de bucăți' },
  'socialProof.stockNotice.out': 'Stoc epuizat',
  'socialProof.testimonials.label': 'Păreri ale clienților',
  'socialProof.testimonials.slide': '{index} din {count}',
  'socialProof.testimonials.previous': 'Părerea anterioară',
  'socialProof.testimonials.next': 'Părerea următoare',
  'socialProof.testimonials.stop': 'Oprește derularea automată',
  'socialProof.testimonials.start': 'Pornește derularea automată',
  'socialProof.testimonials.empty': 'Încă nu există păreri ale clienților',
  'socialProof.trustBadges.secure-payment': 'Plată securizată',
  'socialProof.trustBadges.free-returns': 'Retur gratuit',
  'socialProof.trustBadges.guarantee': 'Garanția banilor înapoi',
}

export default { locale: 'ro', messages } satisfies Translation
