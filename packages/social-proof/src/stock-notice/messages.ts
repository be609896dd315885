import { defineMessages } from '@journeykit/ui'

export const stockNoticeMessages = defineMessages({
  en: {
    'socialProof.stockNotice.low': 'Only {count} left',
    'socialProof.stockNotice.out': 'Out of stock',
  },
  de: {
    'socialProof.stockNotice.low': 'Nur noch {count} Stück',
    'socialProof.stockNotice.out': 'Ausverkauft',
  },
  'zh-CN': {
    'socialProof.stockNotice.low': '仅剩 {count} 件',
    'socialProof.stockNotice.out': '缺货',
  },
  ro: {
    'socialProof.stockNotice.low': { one: 'A mai rămas doar o bucată', few: 'Au mai rămas doar {count} bucăți', other: 'Au mai rămas doar {count} de bucăți' },
    'socialProof.stockNotice.out': 'Stoc epuizat',
  },
})
