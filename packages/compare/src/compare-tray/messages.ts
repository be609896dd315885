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
    'compare.compareTray.limit': {
      one: 'You can compare only one product at a time. Remove it to add another.',
      other: 'You can compare up to {count} products. Remove one to add another.',
    },
    'compare.compareTray.added': '{name} added to the comparison.',
    'compare.compareTray.removed': '{name} removed from the comparison.',
    'compare.compareTray.cleared': 'Comparison cleared.',
  },
})

export type CompareTrayMessageKey = keyof (typeof compareTrayMessages)['en']
