import { defineMessages } from '@journeykit/ui'

export const testAdapterMessages = defineMessages({
  en: {
    'checkout.testAdapter.badge': 'Test mode — no real payment',
    'checkout.testAdapter.hint': 'Pay with 4242 4242 4242 4242. 4000 0000 0000 0002 is declined; 4000 0025 0000 3155 asks for authentication.',
    'checkout.testAdapter.number': 'Card number',
    'checkout.testAdapter.expiry': 'Expiry date (MM / YY)',
    'checkout.testAdapter.cvc': 'Security code (CVC)',
    'checkout.testAdapter.numberInvalid': 'Enter a valid card number.',
    'checkout.testAdapter.expiryInvalid': 'Enter an expiry date that has not passed, as MM / YY.',
    'checkout.testAdapter.cvcInvalid': 'Enter the 3 or 4 digit security code.',
    'checkout.testAdapter.incomplete': 'Your card details are incomplete.',
    'checkout.testAdapter.declined': 'Your card was declined.',
    'checkout.testAdapter.insufficientFunds': 'Your card has insufficient funds.',
    'checkout.testAdapter.authTitle': 'Confirm this payment',
    'checkout.testAdapter.authDescription': 'Your bank asks you to approve a test payment of {amount}.',
    'checkout.testAdapter.approve': 'Approve',
    'checkout.testAdapter.fail': 'Fail authentication',
    'checkout.testAdapter.authFailed': 'We could not authenticate your payment. Try again or use another card.',
  },
})
