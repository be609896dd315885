import { defineMessages } from '@journeykit/ui'

export const abandonedCheckoutMessages = defineMessages({
  en: {
    'email.abandonedCheckout.subject': 'Your cart at {shopName} is waiting',
    'email.abandonedCheckout.preview': 'We kept your cart for you. Pick up where you left off.',
    'email.abandonedCheckout.heading': 'You left something in your cart',
    'email.abandonedCheckout.greeting': 'Hello {name},',
    'email.abandonedCheckout.greetingAnonymous': 'Hello,',
    'email.abandonedCheckout.intro': 'we kept your cart at {shopName}. One click brings it back, ready for checkout.',
    'email.abandonedCheckout.itemsHeading': 'In your cart',
    'email.abandonedCheckout.quantity': '{count} ×',
    'email.abandonedCheckout.subtotal': 'Subtotal',
    'email.abandonedCheckout.restore': 'Return to your cart',
    'email.abandonedCheckout.footer': 'You receive this email because you agreed at checkout to hear from {shopName}. We send it once per cart.',
  },
})
