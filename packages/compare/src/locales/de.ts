import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { compareTrayMessages } from '../compare-tray/messages'
import type { comparisonTableMessages } from '../comparison-table/messages'

type Key =
  | MessageKey<typeof compareTrayMessages>
  | MessageKey<typeof comparisonTableMessages>

const messages: Record<Key, MessageValue> = {
  'compare.compareTray.checkbox': 'Vergleichen',
  'compare.compareTray.compare': 'Vergleichen ({count})',
  'compare.compareTray.title': 'Produkte vergleichen',
  'compare.compareTray.clear': 'Alle entfernen',
  'compare.compareTray.remove': '{name} aus dem Vergleich entfernen',
  'compare.compareTray.needMore': 'Wählen Sie mindestens zwei Produkte, um sie nebeneinander zu vergleichen.',
  'compare.compareTray.limit': {
    one: 'Sie können nur ein Produkt auf einmal vergleichen. Entfernen Sie es, um ein anderes hinzuzufügen.',
    other: 'Sie können bis zu {count} Produkte vergleichen. Entfernen Sie eines, um ein anderes hinzuzufügen.',
  },
  'compare.compareTray.added': '{name} zum Vergleich hinzugefügt.',
  'compare.compareTray.removed': '{name} aus dem Vergleich entfernt.',
  'compare.compareTray.cleared': 'Vergleich geleert.',
  'compare.comparisonTable.caption': 'Produktvergleich',
  'compare.comparisonTable.differencesOnly': 'Nur Unterschiede zeigen',
  'compare.comparisonTable.price': 'Preis',
  'compare.comparisonTable.rating': 'Bewertung',
  'compare.comparisonTable.compareAt': 'Vorher {price}',
  'compare.comparisonTable.reviewCount': { one: '{count} Bewertung', other: '{count} Bewertungen' },
  'compare.comparisonTable.best': 'Bester Wert',
  'compare.comparisonTable.yes': 'Ja',
  'compare.comparisonTable.no': 'Nein',
  'compare.comparisonTable.missing': 'Keine Angabe',
  'compare.comparisonTable.outOfStock': 'Nicht vorrätig',
  'compare.comparisonTable.addToCart': 'In den Warenkorb',
  'compare.comparisonTable.added': '{name} wurde in den Warenkorb gelegt.',
  'compare.comparisonTable.addFailed': '{name} konnte nicht in den Warenkorb gelegt werden.',
  'compare.comparisonTable.remove': '{name} aus dem Vergleich entfernen',
  'compare.comparisonTable.removed': '{name} wurde aus dem Vergleich entfernt.',
  'compare.comparisonTable.empty': 'Wählen Sie mindestens zwei Produkte, um sie nebeneinander zu vergleichen.',
}

export default { locale: 'de', messages } satisfies Translation
