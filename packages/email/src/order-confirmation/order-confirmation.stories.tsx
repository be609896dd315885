import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { sampleOrder } from './fixtures'
import { orderConfirmationEmail } from './order-confirmation'

const meta = {
  title: 'Email/OrderConfirmation',
  tags: ['stage:purchase'],
  component: EmailPreview<typeof sampleOrder>,
  args: { template: orderConfirmationEmail, props: sampleOrder },
} satisfies Meta<typeof EmailPreview<typeof sampleOrder>>

export default meta
type Story = StoryObj<typeof meta>

/** The rendered email at 600 px and 375 px: lines, totals, address, points and what happens next. */
export const Rendered: Story = {
  play: playInEachFrame('order_confirmation', async (document, t) => {
    const email = document.body
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.orderConfirmation.heading'))
    await expect(email).toHaveTextContent(t('email.orderConfirmation.pointsEarned', { count: 222 }))
    await expect(email).toHaveTextContent('Alpine Down Jacket (M / Navy)')
    await expect(document.querySelector('a[href*="/orders/NW-10042"]')).toHaveTextContent(t('email.orderConfirmation.viewOrder'))
  }),
}

/** A first order without a discount or loyalty points, tax added on top. */
export const WithoutDiscountOrPoints: Story = {
  args: { props: { ...sampleOrder, discount: undefined, pointsEarned: 0, taxIncluded: false } },
  play: playInEachFrame('order_confirmation', async (document, t) => {
    await expect(document.body).toHaveTextContent(t('email.orderConfirmation.tax'))
    await expect(document.body).not.toHaveTextContent(t('email.orderConfirmation.discount'))
  }),
}
