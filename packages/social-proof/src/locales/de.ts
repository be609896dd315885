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
  'socialProof.liveActivity.label': 'Aktuelle Aktivität',
  'socialProof.liveActivity.purchase': '{name} hat {product} gekauft',
  'socialProof.liveActivity.purchaseFrom': '{name} aus {city} hat {product} gekauft',
  'socialProof.liveActivity.review': '{name} hat {product} bewertet',
  'socialProof.liveActivity.reviewFrom': '{name} aus {city} hat {product} bewertet',
  'socialProof.liveActivity.pause': 'Aktualisierungen anhalten',
  'socialProof.liveActivity.resume': 'Aktualisierungen fortsetzen',
  'socialProof.liveActivity.hide': 'Aktuelle Aktivität ausblenden',
  'socialProof.liveActivity.show': 'Aktuelle Aktivität anzeigen',
  'socialProof.liveActivity.empty': 'Keine aktuelle Aktivität',
  'socialProof.ratingSummary.barSeparator': ',',
  'socialProof.ratingSummary.barReviews': { one: 'Bewertung ({percent})', other: 'Bewertungen ({percent})' },
  'socialProof.ratingSummary.filterBy': 'Bewertungen nach Sternen filtern',
  'socialProof.reviewForm.rating': 'Deine Bewertung',
  'socialProof.reviewForm.title': 'Titel',
  'socialProof.reviewForm.body': 'Deine Rezension',
  'socialProof.reviewForm.name': 'Name, der bei deiner Rezension steht',
  'socialProof.reviewForm.submit': 'Bewertung senden',
  'socialProof.reviewForm.ratingRequired': 'Bitte wähle eine Bewertung.',
  'socialProof.reviewForm.titleRequired': 'Bitte gib einen Titel ein.',
  'socialProof.reviewForm.bodyRequired': 'Bitte schreibe deine Rezension.',
  'socialProof.reviewForm.bodyTooShort': 'Bitte schreibe mindestens {min} Zeichen.',
  'socialProof.reviewForm.nameRequired': 'Bitte gib einen Namen ein.',
  'socialProof.reviewForm.failed': 'Deine Bewertung konnte nicht gesendet werden. Dein Text ist noch da, bitte versuche es erneut.',
  'socialProof.reviewForm.thanks': 'Vielen Dank für deine Bewertung!',
  'socialProof.reviewForm.summaryTitle': { one: 'Bitte korrigiere 1 Angabe, um deine Bewertung zu senden', other: 'Bitte korrigiere {count} Angaben, um deine Bewertung zu senden' },
  'socialProof.reviewList.rating': 'Bewertung',
  'socialProof.reviewList.allRatings': 'Alle Bewertungen',
  'socialProof.reviewList.withPhotos': 'Mit Fotos',
  'socialProof.reviewList.sortBy': 'Sortieren nach',
  'socialProof.reviewList.sort.newest': 'Neueste',
  'socialProof.reviewList.sort.highest': 'Beste Bewertung',
  'socialProof.reviewList.sort.lowest': 'Schlechteste Bewertung',
  'socialProof.reviewList.sort.helpful': 'Hilfreichste',
  'socialProof.reviewList.noMatches': 'Keine Bewertungen passen zu diesen Filtern',
  'socialProof.reviewList.clearFilters': 'Filter zurücksetzen',
  'socialProof.reviewList.verified': 'Verifizierter Kauf',
  'socialProof.reviewList.variant': 'Gekauft: {variant}',
  'socialProof.reviewList.photo': 'Foto von {author}',
  'socialProof.reviewList.reply': 'Antwort des Händlers',
  'socialProof.reviewList.helpful': 'Hilfreich ({count})',
  'socialProof.reviewList.helpfulFailed': 'Deine Stimme konnte nicht gespeichert werden. Bitte versuche es erneut.',
  'socialProof.reviewList.loadMore': 'Weitere Bewertungen anzeigen',
  'socialProof.reviewList.pages': 'Bewertungsseiten',
  'socialProof.reviewList.previous': 'Vorherige Seite',
  'socialProof.reviewList.next': 'Nächste Seite',
  'socialProof.reviewList.pageOf': 'Seite {page} von {pages}',
  'socialProof.reviews.stars': { one: '{count} Stern', other: '{count} Sterne' },
  'socialProof.reviews.count': { one: '{count} Bewertung', other: '{count} Bewertungen' },
  'socialProof.reviews.none': 'Noch keine Bewertungen',
  'socialProof.stockNotice.low': 'Nur noch {count} Stück',
  'socialProof.stockNotice.out': 'Ausverkauft',
  'socialProof.testimonials.label': 'Kundenstimmen',
  'socialProof.testimonials.slide': '{index} von {count}',
  'socialProof.testimonials.previous': 'Vorherige Kundenstimme',
  'socialProof.testimonials.next': 'Nächste Kundenstimme',
  'socialProof.testimonials.stop': 'Automatische Diashow anhalten',
  'socialProof.testimonials.start': 'Automatische Diashow starten',
  'socialProof.testimonials.empty': 'Noch keine Kundenstimmen',
  'socialProof.trustBadges.secure-payment': 'Sichere Zahlung',
  'socialProof.trustBadges.free-returns': 'Kostenlose Rücksendung',
  'socialProof.trustBadges.guarantee': 'Geld-zurück-Garantie',
}

export default { locale: 'de', messages } satisfies Translation
