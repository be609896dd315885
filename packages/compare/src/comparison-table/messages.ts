import { defineMessages } from '@journeykit/ui'

/** The ComparisonTable's messages; override any of them per locale with `LocaleProvider`. */
export const comparisonTableMessages = defineMessages({
  en: {
    'compare.comparisonTable.caption': 'Product comparison',
    'compare.comparisonTable.differencesOnly': 'Show differences only',
    'compare.comparisonTable.price': 'Price',
    'compare.comparisonTable.rating': 'Rating',
    'compare.comparisonTable.compareAt': 'Was {price}',
    'compare.comparisonTable.reviewCount': { one: '{count} review', other: '{count} reviews' },
    'compare.comparisonTable.best': 'Best',
    'compare.comparisonTable.yes': 'Yes',
    'compare.comparisonTable.no': 'No',
    'compare.comparisonTable.missing': 'Not available',
    'compare.comparisonTable.outOfStock': 'Out of stock',
    'compare.comparisonTable.addToCart': 'Add to cart',
    'compare.comparisonTable.added': '{name} added to cart.',
    'compare.comparisonTable.addFailed': 'Could not add {name} to the cart.',
    'compare.comparisonTable.remove': 'Remove {name} from the comparison',
    'compare.comparisonTable.removed': '{name} removed from the comparison.',
    'compare.comparisonTable.empty': 'Choose at least two products to compare them side by side.',
  },
})

export type ComparisonTableMessageKey = keyof (typeof comparisonTableMessages)['en']
