import { defineMessages } from '@journeykit/ui'

export const stockNoticeMessages = defineMessages({
  en: {
    'socialProof.stockNotice.low': 'Only {count} left',
    'socialProof.stockNotice.out': 'Out of stock',
  },
})
