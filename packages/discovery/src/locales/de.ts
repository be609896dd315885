import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { recommendationsMessages } from '../recommendations/messages'
import type { searchBoxMessages } from '../search-box/messages'
import type { searchResultsMessages } from '../search-results/messages'
import type { productCardMessages } from '../shared/messages'

type Key =
  | MessageKey<typeof searchBoxMessages>
  | MessageKey<typeof recommendationsMessages>
  | MessageKey<typeof searchResultsMessages>
  | MessageKey<typeof productCardMessages>

const messages: Record<Key, MessageValue> = {
  'discovery.searchBox.label': 'Produkte suchen',
  'discovery.searchBox.placeholder': 'Suchen…',
  'discovery.searchBox.submit': 'Suchen',
  'discovery.searchBox.suggestions': 'Vorschläge',
  'discovery.searchBox.products': 'Produkte',
  'discovery.searchBox.categories': 'Kategorien',
  'discovery.searchBox.recent': 'Letzte Suchen',
  'discovery.searchBox.loading': 'Vorschläge werden geladen…',
  'discovery.searchBox.results': {
    one: '{count} Vorschlag verfügbar. Mit den Pfeiltasten auswählen.',
    other: '{count} Vorschläge verfügbar. Mit den Pfeiltasten auswählen.',
  },
  'discovery.searchBox.empty': 'Keine Vorschläge für „{query}“. Drücken Sie die Eingabetaste, um trotzdem zu suchen.',
  'discovery.searchBox.error': 'Vorschläge konnten nicht geladen werden. Drücken Sie die Eingabetaste, um trotzdem zu suchen.',
  'discovery.productCard.outOfStock': 'Nicht vorrätig',
  'discovery.recommendations.similar': 'Ähnliche Produkte',
  'discovery.recommendations.bought-together': 'Wird oft zusammen gekauft',
  'discovery.recommendations.recently-viewed': 'Zuletzt angesehen',
  'discovery.recommendations.popular-in-category': 'Beliebt in dieser Kategorie',
  'discovery.recommendations.loading': 'Empfehlungen werden geladen…',
  'discovery.recommendations.error': 'Empfehlungen konnten nicht geladen werden.',
  'discovery.recommendations.empty': 'Noch keine Empfehlungen.',
  'discovery.searchResults.heading': { one: '{count} Ergebnis für „{query}“', other: '{count} Ergebnisse für „{query}“' },
  'discovery.searchResults.empty': 'Keine Ergebnisse für „{query}“',
  'discovery.searchResults.emptyHint': 'Prüfen Sie die Schreibweise, entfernen Sie einen Filter oder versuchen Sie einen allgemeineren Begriff.',
  'discovery.searchResults.didYouMean': 'Meinten Sie:',
  'discovery.searchResults.popular': 'Beliebte Produkte',
  'discovery.searchResults.filters': 'Filter',
  'discovery.searchResults.category': 'Kategorie',
  'discovery.searchResults.price': 'Preis',
  'discovery.searchResults.rating': 'Bewertung',
  'discovery.searchResults.inStock': 'Verfügbarkeit',
  'discovery.searchResults.selected': '(ausgewählt)',
  'discovery.searchResults.clearFilters': 'Alle Filter entfernen',
  'discovery.searchResults.sort': 'Sortieren nach',
  'discovery.searchResults.applySort': 'Anwenden',
  'discovery.searchResults.sort.relevance': 'Relevanz',
  'discovery.searchResults.sort.price-asc': 'Preis: aufsteigend',
  'discovery.searchResults.sort.price-desc': 'Preis: absteigend',
  'discovery.searchResults.sort.rating': 'Kundenbewertung',
  'discovery.searchResults.pagination': 'Seiten',
  'discovery.searchResults.previous': 'Vorherige Seite',
  'discovery.searchResults.next': 'Nächste Seite',
  'discovery.searchResults.page': 'Seite {page} von {pages}',
}

export default { locale: 'de', messages } satisfies Translation
