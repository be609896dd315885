import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { abandonedCheckoutEmail } from './abandoned-checkout'
import { sampleAbandonedCheckout } from './fixtures'

const meta = {
  title: 'Email/AbandonedCheckout',
  tags: ['stage:purchase'],
  component: EmailPreview<typeof sampleAbandonedCheckout>,
  args: { template: abandonedCheckoutEmail, props: sampleAbandonedCheckout },
} satisfies Meta<typeof EmailPreview<typeof sampleAbandonedCheckout>>

export default meta
type Story = StoryObj<typeof meta>

/** The abandoned-checkout reminder at 600 px and 375 px: the cart's lines, the link that restores it, unsubscribe. */
export const Rendered: Story = {
  play: playInEachFrame('abandoned_checkout', async (document, t) => {
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.abandonedCheckout.heading'))
    await expect(document.querySelector('a[href*="/cart/restore?token=c4rt"]')).toHaveTextContent(t('email.abandonedCheckout.restore'))
    await expect(document.querySelector('a[href*="/newsletter/unsubscribe"]')).toHaveTextContent(t('email.marketing.unsubscribe'))
  }),
}
