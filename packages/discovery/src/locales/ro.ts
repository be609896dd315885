import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { searchBoxMessages } from '../search-box/messages'

type Key = MessageKey<typeof searchBoxMessages>

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
  'discovery.searchBox.outOfStock': 'Stoc epuizat',
}

export default { locale: 'ro', messages } satisfies Translation
