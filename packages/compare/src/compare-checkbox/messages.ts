import { defineMessages } from '@journeykit/ui'

/** The CompareCheckbox's messages; override any of them per locale with `LocaleProvider`. */
export const compareCheckboxMessages = defineMessages({
  en: {
    'compare.compareCheckbox.label': 'Compare',
    'compare.compareCheckbox.limit': 'You can compare up to {max} products. Remove one to add another.',
  },
  de: {
    'compare.compareCheckbox.label': 'Vergleichen',
    'compare.compareCheckbox.limit': 'Sie können bis zu {max} Produkte vergleichen. Entfernen Sie eines, um ein anderes hinzuzufügen.',
  },
  'zh-CN': {
    'compare.compareCheckbox.label': '对比',
    'compare.compareCheckbox.limit': '最多可对比 {max} 件商品。请先移除一件再添加。',
  },
  ro: {
    'compare.compareCheckbox.label': 'Compară',
    'compare.compareCheckbox.limit': 'Puteți compara cel mult {max} produse. Eliminați unul pentru a adăuga altul.',
  },
})

export type CompareCheckboxMessageKey = keyof (typeof compareCheckboxMessages)['en']
