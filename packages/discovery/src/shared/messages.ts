import { defineMessages } from '@journeykit/ui'

/** The messages of the product cards that Recommendations and SearchResults share. */
export const productCardMessages = defineMessages({
  en: {
    'discovery.productCard.outOfStock': 'Out of stock',
  },
})
