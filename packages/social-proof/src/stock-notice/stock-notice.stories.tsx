import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { StockNotice } from './stock-notice'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Social proof/StockNotice',
  tags: ['stage:decision'],
  component: StockNotice,
  args: { stock: 3, productId: 'trail-runner-gtx' },
} satisfies Meta<typeof StockNotice>

export default meta
type Story = StoryObj<typeof meta>

export const LowStock: Story = {
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('status')).toHaveTextContent(t('socialProof.stockNotice.low', { count: 3 }))
    await waitFor(() => expect(storyRecorder({ loaded }).last('social_proof_viewed')?.properties.widget).toBe('stock_notice'), { timeout: 3000 })
  },
}

export const OutOfStock: Story = {
  args: { stock: 0 },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('status')).toHaveTextContent(t('socialProof.stockNotice.out'))
  },
}

/** Plenty in stock: nothing is shown, and nothing is invented. */
export const InStock: Story = {
  args: { stock: 42 },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('status')).toBeNull()
  },
}
