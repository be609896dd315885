import type { NewsletterConfirmationProps } from './newsletter-confirmation'

export const sampleNewsletterConfirmation: NewsletterConfirmationProps = {
  shop: { name: 'Northwind Outfitters', url: 'https://shop.example.com/' },
  email: 'ada@example.com',
  confirmUrl: 'https://shop.example.com/newsletter/confirm?token=c0nf1rm',
}
