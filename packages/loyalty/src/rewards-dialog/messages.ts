import { defineMessages } from '@journeykit/ui'

export const rewardsDialogMessages = defineMessages({
  en: {
    'loyalty.rewardsDialog.trigger': 'Redeem points',
    'loyalty.rewardsDialog.title': 'Redeem your points',
    'loyalty.rewardsDialog.balance': 'You have {points}.',
    'loyalty.rewardsDialog.choose': 'Choose a reward',
    'loyalty.rewardsDialog.redeemed': 'Already redeemed',
    'loyalty.rewardsDialog.continue': 'Continue',
    'loyalty.rewardsDialog.confirmTitle': 'Confirm your reward',
    'loyalty.rewardsDialog.confirmText': 'Redeem “{reward}” for {points}? You will have {remaining} left.',
    'loyalty.rewardsDialog.confirm': 'Redeem now',
    'loyalty.rewardsDialog.back': 'Back',
    'loyalty.rewardsDialog.doneTitle': 'Your reward is ready',
    'loyalty.rewardsDialog.code': 'Use this code at checkout',
    'loyalty.rewardsDialog.copy': 'Copy code',
    'loyalty.rewardsDialog.done': 'Done',
    'loyalty.rewardsDialog.error.insufficient_points': 'You do not have enough points for this reward.',
    'loyalty.rewardsDialog.error.tier_too_low': 'This reward needs a higher tier.',
    'loyalty.rewardsDialog.error.already_redeemed': 'You have already redeemed this reward.',
    'loyalty.rewardsDialog.error.unavailable': 'This reward is not available right now.',
    'loyalty.rewardsDialog.error.network': 'The reward could not be redeemed. Please try again.',
  },
})
