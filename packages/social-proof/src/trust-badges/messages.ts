import { defineMessages } from '@journeykit/ui'

export const trustBadgesMessages = defineMessages({
  en: {
    'socialProof.trustBadges.secure-payment': 'Secure payment',
    'socialProof.trustBadges.free-returns': 'Free returns',
    'socialProof.trustBadges.guarantee': 'Money-back guarantee',
  },
})
