import { defineMessages } from '@journeykit/ui'

export const newsletterConfirmationMessages = defineMessages({
  en: {
    'email.newsletterConfirmation.subject': 'Please confirm your subscription to {shopName}',
    'email.newsletterConfirmation.preview': 'One click and you receive our news and offers. Without it, nothing else is sent.',
    'email.newsletterConfirmation.heading': 'Please confirm your subscription',
    'email.newsletterConfirmation.intro': 'Someone, hopefully you, asked to receive news and offers from {shopName} at {email}.',
    'email.newsletterConfirmation.confirm': 'Yes, subscribe me',
    'email.newsletterConfirmation.ignore': 'If you did not ask for this, ignore this email: you will not be subscribed and we will not write again.',
    'email.newsletterConfirmation.unsubscribe': 'Every newsletter has an unsubscribe link, so you can stop it at any time.',
    'email.newsletterConfirmation.footer': 'You receive this email because this address was entered in the newsletter form of {shopName}.',
  },
})
