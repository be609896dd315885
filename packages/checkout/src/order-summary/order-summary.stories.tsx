import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { cart, couponCart } from '../guest-checkout/fixtures'
import { OrderSummary } from './order-summary'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = { title: 'Checkout/OrderSummary', tags: ['stage:purchase'], component: OrderSummary, args: { cart } } satisfies Meta<typeof OrderSummary>
export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('checkout.orderSummary.total'))).toBeVisible()
    await expect(canvas.getByText('EU 42')).toBeVisible()
    await expect(canvas.getByText(t('checkout.orderSummary.quantity', { count: 2 }))).toBeVisible()
    await expect(storyRecorder({ loaded }).names()).toEqual([])
  },
}
export const WithCoupon: Story = {
  args: { cart: couponCart },
  play: async ({ canvas, loaded }) =>
    expect(canvas.getByText(storyMessage({ loaded })('checkout.orderSummary.discountCode', { code: 'WELCOME10' }))).toBeVisible(),
}
export const Updating: Story = {
  args: { updating: true },
  play: async ({ canvas, loaded }) =>
    expect(canvas.getByRole('status')).toHaveTextContent(storyMessage({ loaded })('checkout.orderSummary.updating')),
}
export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, loaded }) => expect(canvas.getByRole('status')).toHaveTextContent(storyMessage({ loaded })('ui.loading')),
}
export const LoadError: Story = {
  name: 'Error',
  args: { status: 'error', onRetry: fn() },
  play: async ({ canvas, userEvent, args, loaded }) => {
    await userEvent.click(canvas.getByRole('button', { name: storyMessage({ loaded })('ui.retry') }))
    await expect(args.onRetry).toHaveBeenCalled()
  },
}
