import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { VisuallyHidden } from './visually-hidden'

const meta = {
  title: 'UI/VisuallyHidden',
  component: VisuallyHidden,
  tags: ['autodocs'],
} satisfies Meta<typeof VisuallyHidden>

export default meta
type Story = StoryObj<typeof meta>

/** An icon-only button whose name comes from hidden text. */
export const IconButtonLabel: Story = {
  render: () => (
    <button type="button" data-jk-button="" data-variant="secondary" data-size="md">
      <span aria-hidden="true">♡</span>
      <VisuallyHidden>Add to wishlist</VisuallyHidden>
    </button>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Add to wishlist' })).toBeVisible()
    const hidden = canvas.getByText('Add to wishlist')
    await expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1)
  },
}
