import { defineMessages } from '@journeykit/ui'

export const liveActivityMessages = defineMessages({
  en: {
    'socialProof.liveActivity.label': 'Recent activity',
    'socialProof.liveActivity.purchase': '{name} bought {product}',
    'socialProof.liveActivity.purchaseFrom': '{name} from {city} bought {product}',
    'socialProof.liveActivity.review': '{name} reviewed {product}',
    'socialProof.liveActivity.reviewFrom': '{name} from {city} reviewed {product}',
    'socialProof.liveActivity.pause': 'Pause updates',
    'socialProof.liveActivity.resume': 'Resume updates',
    'socialProof.liveActivity.hide': 'Hide recent activity',
    'socialProof.liveActivity.show': 'Show recent activity',
    'socialProof.liveActivity.empty': 'No recent activity',
  },
})
