import { defineMessages } from '@journeykit/ui'

export const newsletterSignupMessages = defineMessages({
  en: {
    'promo.newsletterSignup.title': 'Sign up for our newsletter',
    'promo.newsletterSignup.emailLabel': 'Email address',
    'promo.newsletterSignup.emailRequired': 'Enter your email address.',
    'promo.newsletterSignup.emailInvalid': 'Enter an email address like name@example.com.',
    'promo.newsletterSignup.consentLabel': 'Email me news and offers. I can unsubscribe at any time.',
    'promo.newsletterSignup.consentRequired': 'Tick the box to subscribe.',
    'promo.newsletterSignup.privacyLink': 'Read our privacy policy',
    'promo.newsletterSignup.submit': 'Subscribe',
    'promo.newsletterSignup.success': 'Thanks! You are subscribed.',
    'promo.newsletterSignup.failure': 'We could not sign you up. Please try again.',
    'promo.newsletterSignup.summaryTitle': { one: 'Fix 1 problem to subscribe', other: 'Fix {count} problems to subscribe' },
  },
})
