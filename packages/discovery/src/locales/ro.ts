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
  'discovery.searchBox.label': 'Căutați produse',
  'discovery.searchBox.placeholder': 'Căutare…',
  'discovery.searchBox.submit': 'Caută',
  'discovery.searchBox.suggestions': 'Sugestii',
  'discovery.searchBox.products': 'Produse',
  'discovery.searchBox.categories': 'Categorii',
  'discovery.searchBox.recent': 'Căutări recente',
  'discovery.searchBox.loading': 'Se încarcă sugestiile…',
  'discovery.searchBox.results': {
    one: 'O sugestie disponibilă. Folosiți săgețile sus și jos pentru a alege.',
    few: '{count} sugestii disponibile. Folosiți săgețile sus și jos pentru a alege.',
    other: '{count} de sugestii disponibile. Folosiți săgețile sus și jos pentru a alege.',
  },
  'discovery.searchBox.empty': 'Nicio sugestie pentru „{query}”. Apăsați Enter pentru a căuta oricum.',
  'discovery.searchBox.error': 'Sugestiile nu au putut fi încărcate. Apăsați Enter pentru a căuta oricum.',
  'discovery.productCard.outOfStock': 'Stoc epuizat',
  'discovery.recommendations.similar': 'Produse similare',
  'discovery.recommendations.bought-together': 'Cumpărate frecvent împreună',
  'discovery.recommendations.recently-viewed': 'Văzute recent',
  'discovery.recommendations.popular-in-category': 'Populare în această categorie',
  'discovery.recommendations.loading': 'Se încarcă recomandările…',
  'discovery.recommendations.error': 'Recomandările nu au putut fi încărcate.',
  'discovery.recommendations.empty': 'Încă nu există recomandări.',
  'discovery.searchResults.heading': { one: 'Un rezultat pentru „{query}”', few: '{count} rezultate pentru „{query}”', other: '{count} de rezultate pentru „{query}”' },
  'discovery.searchResults.empty': 'Niciun rezultat pentru „{query}”',
  'discovery.searchResults.emptyHint': 'Verificați ortografia, eliminați un filtru sau încercați un termen mai general.',
  'discovery.searchResults.didYouMean': 'Ați vrut să scrieți:',
  'discovery.searchResults.popular': 'Produse populare',
  'discovery.searchResults.filters': 'Filtre',
  'discovery.searchResults.category': 'Categorie',
  'discovery.searchResults.price': 'Preț',
  'discovery.searchResults.rating': 'Evaluare',
  'discovery.searchResults.inStock': 'Disponibilitate',
  'discovery.searchResults.selected': '(selectat)',
  'discovery.searchResults.clearFilters': 'Elimină toate filtrele',
  'discovery.searchResults.sort': 'Sortează după',
  'discovery.searchResults.applySort': 'Aplică',
  'discovery.searchResults.sort.relevance': 'Relevanță',
  'discovery.searchResults.sort.price-asc': 'Preț: crescător',
  'discovery.searchResults.sort.price-desc': 'Preț: descrescător',
  'discovery.searchResults.sort.rating': 'Evaluarea clienților',
  'discovery.searchResults.pagination': 'Pagini',
  'discovery.searchResults.previous': 'Pagina anterioară',
  'discovery.searchResults.next': 'Pagina următoare',
  'discovery.searchResults.page': 'Pagina {page} din {pages}',
}

export default { locale: 'ro', messages } satisfies Translation
