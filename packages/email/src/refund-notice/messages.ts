import { defineMessages } from '@journeykit/ui'

export const refundNoticeMessages = defineMessages({
  en: {
    'email.refundNotice.subject': 'Your refund for order {orderNumber}',
    'email.refundNotice.preview': 'We have refunded {amount} to your original payment method.',
    'email.refundNotice.heading': 'Your refund is on its way',
    'email.refundNotice.greeting': 'Hello {name},',
    'email.refundNotice.intro': 'we have refunded {amount} for your order {orderNumber} to the payment method you used.',
    'email.refundNotice.timing': 'Depending on your bank, it can take 5 to 10 business days to appear on your statement.',
    'email.refundNotice.pointsVoided': {
      one: 'The {count} loyalty point this order earned has been taken back.',
      other: 'The {count} loyalty points this order earned have been taken back.',
    },
    'email.refundNotice.viewOrder': 'View your order',
    'email.refundNotice.footer': 'You receive this email because you placed an order at {shopName}. Keep it as proof of your refund.',
  },
})
