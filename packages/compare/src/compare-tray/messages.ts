import { defineMessages } from '@journeykit/ui'

/** The messages of the CompareTray and its CompareCheckbox; override any of them per locale with `LocaleProvider`. */
export const compareTrayMessages = defineMessages({
  en: {
    'compare.compareTray.checkbox': 'Compare',
    'compare.compareTray.compare': 'Compare ({count})',
    'compare.compareTray.title': 'Compare products',
    'compare.compareTray.clear': 'Clear all',
    'compare.compareTray.remove': 'Remove {name} from the comparison',
    'compare.compareTray.needMore': 'Choose at least two products to compare them side by side.',
    'compare.compareTray.limit': 'You can compare up to {max} products. Remove one to add another.',
    'compare.compareTray.added': '{name} added to the comparison.',
    'compare.compareTray.removed': '{name} removed from the comparison.',
    'compare.compareTray.cleared': 'Comparison cleared.',
  },
  de: {
    'compare.compareTray.checkbox': 'Vergleichen',
    'compare.compareTray.compare': 'Vergleichen ({count})',
    'compare.compareTray.title': 'Produkte vergleichen',
    'compare.compareTray.clear': 'Alle entfernen',
    'compare.compareTray.remove': '{name} aus dem Vergleich entfernen',
    'compare.compareTray.needMore': 'Wählen Sie mindestens zwei Produkte, um sie nebeneinander zu vergleichen.',
    'compare.compareTray.limit': 'Sie können bis zu {max} Produkte vergleichen. Entfernen Sie eines, um ein anderes hinzuzufügen.',
    'compare.compareTray.added': '{name} zum Vergleich hinzugefügt.',
    'compare.compareTray.removed': '{name} aus dem Vergleich entfernt.',
    'compare.compareTray.cleared': 'Vergleich geleert.',
  },
  'zh-CN': {
    'compare.compareTray.checkbox': '对比',
    'compare.compareTray.compare': '对比（{count}）',
    'compare.compareTray.title': '对比商品',
    'compare.compareTray.clear': '全部清除',
    'compare.compareTray.remove': '从对比中移除 {name}',
    'compare.compareTray.needMore': '请至少选择两件商品，以便并排比较。',
    'compare.compareTray.limit': '最多可对比 {max} 件商品。请先移除一件再添加。',
    'compare.compareTray.added': '已将 {name} 加入对比。',
    'compare.compareTray.removed': '已从对比中移除 {name}。',
    'compare.compareTray.cleared': '已清空对比。',
  },
  ro: {
    'compare.compareTray.checkbox': 'Compară',
    'compare.compareTray.compare': 'Compară ({count})',
    'compare.compareTray.title': 'Compară produse',
    'compare.compareTray.clear': 'Șterge tot',
    'compare.compareTray.remove': 'Elimină {name} din comparație',
    'compare.compareTray.needMore': 'Alegeți cel puțin două produse pentru a le compara unul lângă altul.',
    'compare.compareTray.limit': 'Puteți compara cel mult {max} produse. Eliminați unul pentru a adăuga altul.',
    'compare.compareTray.added': '{name} a fost adăugat la comparație.',
    'compare.compareTray.removed': '{name} a fost eliminat din comparație.',
    'compare.compareTray.cleared': 'Comparația a fost golită.',
  },
})

export type CompareTrayMessageKey = keyof (typeof compareTrayMessages)['en']
