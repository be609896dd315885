import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { cart, couponCart } from '../guest-checkout/fixtures'
import { OrderSummary } from './order-summary'

const meta = { title: 'Checkout/OrderSummary', component: OrderSummary, args: { cart } } satisfies Meta<typeof OrderSummary>
export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas, loaded }) => {
    await expect(canvas.getByText('Total')).toBeVisible()
    await expect(canvas.getByText('EU 42')).toBeVisible()
    await expect(canvas.getByText('Quantity: 2')).toBeVisible()
    await expect(storyRecorder({ loaded }).names()).toEqual([])
  },
}
export const WithCoupon: Story = {
  args: { cart: couponCart },
  play: async ({ canvas }) => expect(canvas.getByText('Discount (WELCOME10)')).toBeVisible(),
}
export const Updating: Story = {
  args: { updating: true },
  play: async ({ canvas }) => expect(canvas.getByRole('status')).toHaveTextContent('Updating totals…'),
}
export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => expect(canvas.getByRole('status')).toHaveTextContent('Loading'),
}
export const LoadError: Story = {
  name: 'Error',
  args: { status: 'error', onRetry: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.onRetry).toHaveBeenCalled()
  },
}
