import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { CouponField } from './coupon-field'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Checkout/CouponField',
  tags: ['stage:purchase'],
  component: CouponField,
  args: {
    onApply: fn(async (code: string) =>
      code === 'WELCOME10' ? { status: 'applied' as const, discount: { amount: 1590, currency: 'EUR' } } : { status: 'denied' as const, reason: 'coupon_unknown' },
    ),
  },
} satisfies Meta<typeof CouponField>
export default meta
type Story = StoryObj<typeof meta>

export const Applied: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.type(canvas.getByLabelText(t('checkout.coupon.label')), 'WELCOME10')
    await userEvent.click(canvas.getByRole('button', { name: t('checkout.coupon.apply') }))
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toEqual(['coupon_applied']))
  },
}
export const Denied: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.type(canvas.getByLabelText(t('checkout.coupon.label')), 'FREESTUFF{Enter}')
    await canvas.findByText(t('checkout.coupon.coupon_unknown'))
    await waitFor(() => expect(storyRecorder({ loaded }).last('coupon_denied')?.properties.reason).toBe('coupon_unknown'))
  },
}
