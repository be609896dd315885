import { defineMessages } from '@journeykit/ui'

/** Strings every email shares (its frame). */
export const layoutMessages = defineMessages({
  en: {
    'email.layout.visitShop': 'Visit {shopName}',
  },
})

/** The unsubscribe link of marketing emails (shared/unsubscribe-line.tsx). */
export const unsubscribeMessages = defineMessages({
  en: {
    'email.marketing.unsubscribe': 'Unsubscribe from these emails',
  },
})
