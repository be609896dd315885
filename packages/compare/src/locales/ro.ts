import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { compareTrayMessages } from '../compare-tray/messages'
import type { comparisonTableMessages } from '../comparison-table/messages'

type Key =
  | MessageKey<typeof compareTrayMessages>
  | MessageKey<typeof comparisonTableMessages>

const messages: Record<Key, MessageValue> = {
  'compare.compareTray.checkbox': 'Compară',
  'compare.compareTray.compare': 'Compară ({count})',
  'compare.compareTray.title': 'Compară produse',
  'compare.compareTray.clear': 'Șterge tot',
  'compare.compareTray.remove': 'Elimină {name} din comparație',
  'compare.compareTray.needMore': 'Alegeți cel puțin două produse pentru a le compara unul lângă altul.',
  'compare.compareTray.limit': {
    one: 'Puteți compara un singur produs odată. Eliminați-l pentru a adăuga altul.',
    few: 'Puteți compara cel mult {count} produse. Eliminați unul pentru a adăuga altul.',
    other: 'Puteți compara cel mult {count} de produse. Eliminați unul pentru a adăuga altul.',
  },
  'compare.compareTray.added': '{name} a fost adăugat la comparație.',
  'compare.compareTray.removed': '{name} a fost eliminat din comparație.',
  'compare.compareTray.cleared': 'Comparația a fost golită.',
  'compare.comparisonTable.caption': 'Comparație de produse',
  'compare.comparisonTable.differencesOnly': 'Arată doar diferențele',
  'compare.comparisonTable.price': 'Preț',
  'compare.comparisonTable.rating': 'Evaluare',
  'compare.comparisonTable.compareAt': 'Preț vechi: {price}',
  'compare.comparisonTable.reviewCount': { one: '{count} recenzie', few: '{count} recenzii', other: '{count} de recenzii' },
  'compare.comparisonTable.best': 'Cel mai bun',
  'compare.comparisonTable.yes': 'Da',
  'compare.comparisonTable.no': 'Nu',
  'compare.comparisonTable.missing': 'Indisponibil',
  'compare.comparisonTable.outOfStock': 'Stoc epuizat',
  'compare.comparisonTable.addToCart': 'Adaugă în coș',
  'compare.comparisonTable.added': '{name} a fost adăugat în coș.',
  'compare.comparisonTable.addFailed': '{name} nu a putut fi adăugat în coș.',
  'compare.comparisonTable.remove': 'Elimină {name} din comparație',
  'compare.comparisonTable.removed': '{name} a fost eliminat din comparație.',
  'compare.comparisonTable.empty': 'Alegeți cel puțin două produse pentru a le compara unul lângă altul.',
}

export default { locale: 'ro', messages } satisfies Translation
