import { defineMessages } from '@journeykit/ui'

export const referralRewardMessages = defineMessages({
  en: {
    'email.referralReward.subject': 'A friend ordered with your link: your reward is here',
    'email.referralReward.preview': 'Thank you for recommending {shopName}.',
    'email.referralReward.heading': 'Thank you for recommending us',
    'email.referralReward.greeting': 'Hello {name},',
    'email.referralReward.intro': 'a friend you invited has just placed their first order at {shopName}.',
    'email.referralReward.points': {
      one: 'We added {count} loyalty point to your account.',
      other: 'We added {count} loyalty points to your account.',
    },
    'email.referralReward.balance': 'Your balance is now {balance} points.',
    'email.referralReward.viewPoints': 'See your points',
    'email.referralReward.code': 'Your thank-you: {amount} off your next order with the code {code}, valid until {date}.',
    'email.referralReward.viewCode': 'See your codes',
    'email.referralReward.shareAgain': 'Share your link with another friend',
    'email.referralReward.footer': 'You receive this email because you invited a friend to {shopName}.',
  },
})
