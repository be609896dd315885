import { defineMessages } from '@journeykit/ui'

/** Strings every email shares (its frame). */
export const layoutMessages = defineMessages({
  en: {
    'email.layout.visitShop': 'Visit {shopName}',
  },
})
