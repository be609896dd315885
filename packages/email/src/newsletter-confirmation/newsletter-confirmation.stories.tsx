import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { sampleNewsletterConfirmation } from './fixtures'
import { newsletterConfirmationEmail } from './newsletter-confirmation'

const meta = {
  title: 'Email/NewsletterConfirmation',
  tags: ['stage:awareness'],
  component: EmailPreview<typeof sampleNewsletterConfirmation>,
  args: { template: newsletterConfirmationEmail, props: sampleNewsletterConfirmation },
} satisfies Meta<typeof EmailPreview<typeof sampleNewsletterConfirmation>>

export default meta
type Story = StoryObj<typeof meta>

/** The double opt-in email at 600 px and 375 px: one confirmation button, and what happens without it. */
export const Rendered: Story = {
  play: playInEachFrame('newsletter_confirmation', async (document, t) => {
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.newsletterConfirmation.heading'))
    await expect(document.querySelector('a[href*="/newsletter/confirm"]')).toHaveTextContent(t('email.newsletterConfirmation.confirm'))
    await expect(document.body).toHaveTextContent('ada@example.com')
  }),
}
