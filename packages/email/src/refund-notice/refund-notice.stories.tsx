import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { sampleRefund } from './fixtures'
import { refundNoticeEmail } from './refund-notice'

const meta = {
  title: 'Email/RefundNotice',
  tags: ['stage:retention'],
  component: EmailPreview<typeof sampleRefund>,
  args: { template: refundNoticeEmail, props: sampleRefund },
} satisfies Meta<typeof EmailPreview<typeof sampleRefund>>

export default meta
type Story = StoryObj<typeof meta>

/** The refund notice at 600 px and 375 px: the amount, when it arrives, the points taken back. */
export const Rendered: Story = {
  play: playInEachFrame('refund_notice', async (document, t) => {
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.refundNotice.heading'))
    await expect(document.body).toHaveTextContent(t('email.refundNotice.pointsVoided', { count: 222 }))
    await expect(document.querySelector('a[href*="/orders/NW-10042"]')).toHaveTextContent(t('email.refundNotice.viewOrder'))
  }),
}
