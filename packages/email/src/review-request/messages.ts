import { defineMessages } from '@journeykit/ui'

export const reviewRequestMessages = defineMessages({
  en: {
    'email.reviewRequest.subject': 'How do you like your {productName}?',
    'email.reviewRequest.preview': 'A few words from you help other customers choose.',
    'email.reviewRequest.heading': 'How do you like your {productName}?',
    'email.reviewRequest.greeting': 'Hello {name},',
    'email.reviewRequest.intro': 'you bought {productName} with your order {orderNumber}. A few words about it help other customers choose.',
    'email.reviewRequest.write': 'Write a review',
    'email.reviewRequest.verified': 'This link is yours alone: your review is shown as a verified purchase.',
    'email.reviewRequest.footer': 'You receive this email because you bought this product at {shopName}.',
  },
})
