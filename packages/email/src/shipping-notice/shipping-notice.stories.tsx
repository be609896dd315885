import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { sampleShipment } from './fixtures'
import { shippingNoticeEmail } from './shipping-notice'

const meta = {
  title: 'Email/ShippingNotice',
  tags: ['stage:retention'],
  component: EmailPreview<typeof sampleShipment>,
  args: { template: shippingNoticeEmail, props: sampleShipment },
} satisfies Meta<typeof EmailPreview<typeof sampleShipment>>

export default meta
type Story = StoryObj<typeof meta>

/** The shipping notice at 600 px and 375 px: carrier, tracking link, parcel contents and address. */
export const Rendered: Story = {
  play: playInEachFrame('shipping_notice', async (document, t) => {
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.shippingNotice.heading'))
    await expect(document.querySelector(`a[href="${sampleShipment.trackingUrl}"]`)).toHaveTextContent(t('email.shippingNotice.track'))
    await expect(document.body).toHaveTextContent(sampleShipment.trackingNumber)
  }),
}
