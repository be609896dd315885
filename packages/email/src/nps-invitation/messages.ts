import { defineMessages } from '@journeykit/ui'

export const npsInvitationMessages = defineMessages({
  en: {
    'email.npsInvitation.subject': 'One question about {shopName}',
    'email.npsInvitation.preview': 'How likely are you to recommend us? One click answers.',
    'email.npsInvitation.heading': 'How likely are you to recommend {shopName} to a friend?',
    'email.npsInvitation.greeting': 'Hello {name},',
    'email.npsInvitation.intro': 'one click on a number answers; you can add a comment on the page it opens.',
    'email.npsInvitation.scoreLabel': '{score} out of 10',
    'email.npsInvitation.low': '0 = not at all likely',
    'email.npsInvitation.high': '10 = extremely likely',
    'email.npsInvitation.footer': 'You receive this email because you ordered at {shopName}. We ask at most once a quarter.',
  },
})
