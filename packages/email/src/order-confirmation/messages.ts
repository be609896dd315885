import { defineMessages } from '@journeykit/ui'

export const orderConfirmationMessages = defineMessages({
  en: {
    'email.orderConfirmation.subject': 'Your order {orderNumber} is confirmed',
    'email.orderConfirmation.preview': 'Thank you for your order {orderNumber}. Here is what you bought and what happens next.',
    'email.orderConfirmation.heading': 'Thank you for your order',
    'email.orderConfirmation.greeting': 'Hello {name},',
    'email.orderConfirmation.intro': 'we have received your payment for order {orderNumber}, placed on {date}.',
    'email.orderConfirmation.itemsHeading': 'Your order',
    'email.orderConfirmation.quantity': '{count} × {price}',
    'email.orderConfirmation.subtotal': 'Subtotal',
    'email.orderConfirmation.discount': 'Discount',
    'email.orderConfirmation.shipping': 'Shipping',
    'email.orderConfirmation.taxIncluded': 'Including tax',
    'email.orderConfirmation.tax': 'Tax',
    'email.orderConfirmation.total': 'Total',
    'email.orderConfirmation.addressHeading': 'Shipping to',
    'email.orderConfirmation.nextHeading': 'What happens next',
    'email.orderConfirmation.next': 'We are packing your order now. As soon as it ships, we send you an email with its tracking link.',
    'email.orderConfirmation.viewOrder': 'View your order',
    'email.orderConfirmation.pointsEarned': {
      one: 'You earned {count} loyalty point with this order.',
      other: 'You earned {count} loyalty points with this order.',
    },
    'email.orderConfirmation.footer': 'You receive this email because you placed an order at {shopName}. Keep it as your order confirmation.',
  },
})
