import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { sampleReviewRequest } from './fixtures'
import { reviewRequestEmail } from './review-request'

const meta = {
  title: 'Email/ReviewRequest',
  tags: ['stage:advocacy'],
  component: EmailPreview<typeof sampleReviewRequest>,
  args: { template: reviewRequestEmail, props: sampleReviewRequest },
} satisfies Meta<typeof EmailPreview<typeof sampleReviewRequest>>

export default meta
type Story = StoryObj<typeof meta>

/** The review request at 600 px and 375 px: one product, the buyer's own review link, unsubscribe. */
export const Rendered: Story = {
  play: playInEachFrame('review_request', async (document, t) => {
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.reviewRequest.heading', { productName: 'Alpine Down Jacket' }))
    await expect(document.querySelector('a[href*="/review?token=buy3r"]')).toHaveTextContent(t('email.reviewRequest.write'))
    await expect(document.body).toHaveTextContent(t('email.reviewRequest.verified'))
  }),
}
