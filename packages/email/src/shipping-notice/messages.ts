import { defineMessages } from '@journeykit/ui'

export const shippingNoticeMessages = defineMessages({
  en: {
    'email.shippingNotice.subject': 'Your order {orderNumber} is on its way',
    'email.shippingNotice.preview': 'Your parcel has left our warehouse. Follow it with {carrier}.',
    'email.shippingNotice.heading': 'Your order is on its way',
    'email.shippingNotice.greeting': 'Hello {name},',
    'email.shippingNotice.intro': 'we handed your order {orderNumber} to {carrier}. Its tracking number is {trackingNumber}.',
    'email.shippingNotice.track': 'Track your parcel',
    'email.shippingNotice.itemsHeading': 'In this parcel',
    'email.shippingNotice.quantity': '{count} ×',
    'email.shippingNotice.addressHeading': 'Shipping to',
    'email.shippingNotice.viewOrder': 'View your order',
    'email.shippingNotice.footer': 'You receive this email because you placed an order at {shopName}.',
  },
})
