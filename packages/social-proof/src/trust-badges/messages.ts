import { defineMessages } from '@journeykit/ui'

export const trustBadgesMessages = defineMessages({
  en: {
    'socialProof.trustBadges.secure-payment': 'Secure payment',
    'socialProof.trustBadges.free-returns': 'Free returns',
    'socialProof.trustBadges.guarantee': 'Money-back guarantee',
  },
  de: {
    'socialProof.trustBadges.secure-payment': 'Sichere Zahlung',
    'socialProof.trustBadges.free-returns': 'Kostenlose Rücksendung',
    'socialProof.trustBadges.guarantee': 'Geld-zurück-Garantie',
  },
  'zh-CN': {
    'socialProof.trustBadges.secure-payment': '安全支付',
    'socialProof.trustBadges.free-returns': '免费退货',
    'socialProof.trustBadges.guarantee': '退款保证',
  },
  ro: {
    'socialProof.trustBadges.secure-payment': 'Plată securizată',
    'socialProof.trustBadges.free-returns': 'Retur gratuit',
    'socialProof.trustBadges.guarantee': 'Garanția banilor înapoi',
  },
})
