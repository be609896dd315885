import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { searchBoxMessages } from '../search-box/messages'

type Key = MessageKey<typeof searchBoxMessages>

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
  'discovery.searchBox.outOfStock': 'Nicht vorrätig',
}

export default { locale: 'de', messages } satisfies Translation
