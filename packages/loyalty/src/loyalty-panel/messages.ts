import { defineMessages } from '@journeykit/ui'

export const loyaltyPanelMessages = defineMessages({
  en: {
    'loyalty.loyaltyPanel.entryPoints': { one: '{signed} point', other: '{signed} points' },
    'loyalty.loyaltyPanel.title': 'Rewards club',
    'loyalty.loyaltyPanel.joinText': 'Join for free and turn every order into rewards.',
    'loyalty.loyaltyPanel.join': 'Join now',
    'loyalty.loyaltyPanel.waysToEarn': 'Ways to earn',
    'loyalty.loyaltyPanel.perUnit': '{points} for every {amount} spent',
    'loyalty.loyaltyPanel.action.review': 'Write a review',
    'loyalty.loyaltyPanel.action.referral': 'Refer a friend',
    'loyalty.loyaltyPanel.balance': 'Your balance',
    'loyalty.loyaltyPanel.tier': '{tier} member',
    'loyalty.loyaltyPanel.toNextTier': '{points} to {tier}',
    'loyalty.loyaltyPanel.progress': 'Progress to {tier}',
    'loyalty.loyaltyPanel.topTier': 'You have reached our top tier.',
    'loyalty.loyaltyPanel.rewards': 'Rewards',
    'loyalty.loyaltyPanel.available': 'Available now',
    'loyalty.loyaltyPanel.notYet': 'Keep collecting',
    'loyalty.loyaltyPanel.history': 'Recent activity',
    'loyalty.loyaltyPanel.historyEmpty': 'No activity yet. Your next order earns points.',
    'loyalty.loyaltyPanel.entry.order': 'Order {orderId}',
    'loyalty.loyaltyPanel.entry.refund': 'Refund of order {orderId}',
    'loyalty.loyaltyPanel.entry.reward': 'Redeemed: {reward}',
    'loyalty.loyaltyPanel.entry.expiry': 'Points expired',
    'loyalty.loyaltyPanel.entry.adjust': 'Adjustment',
  },
})

export type LoyaltyPanelMessageKey = keyof (typeof loyaltyPanelMessages)['en']
