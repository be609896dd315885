'use client'
export {
  NewsletterSignup,
  type NewsletterSignupProps,
  type NewsletterSignupStatus,
  type NewsletterSignupValues,
} from './newsletter-signup'
