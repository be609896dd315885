import { defineMessages } from '@journeykit/ui'

/** Messages more than one loyalty block uses. */
export const sharedMessages = defineMessages({
  en: {
    'loyalty.missing': '{points} to go',
    'loyalty.requiresTier': 'Unlocks at {tier}',
    'loyalty.noRewards': 'No rewards available right now.',
    'loyalty.points': { one: '{count} point', other: '{count} points' },
    'loyalty.copied': 'Copied',
    'loyalty.copyFailed': 'Could not copy. Select the text and copy it yourself.',
    'loyalty.newTab': '(opens in a new tab)',
  },
})
