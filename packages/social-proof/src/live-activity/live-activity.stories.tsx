import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { recentActivities } from '../fixtures'
import { LiveActivity } from './live-activity'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Social proof/LiveActivity',
  tags: ['stage:decision'],
  component: LiveActivity,
  args: { activities: recentActivities(), productId: 'trail-runner-gtx', onRetry: fn() },
} satisfies Meta<typeof LiveActivity>

export default meta
type Story = StoryObj<typeof meta>

export const Feed: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('log', { name: t('socialProof.liveActivity.label') })).toHaveTextContent(t('socialProof.liveActivity.purchaseFrom', { name: 'Lena', city: 'Munich', product: 'Trail Runner GTX' }))
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.liveActivity.pause') }))
    await expect(canvas.getByRole('button', { name: t('socialProof.liveActivity.resume') })).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('social_proof_viewed'), { timeout: 3000 })
  },
}

export const Hidden: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.liveActivity.hide') }))
    await expect(canvas.getByRole('button', { name: t('socialProof.liveActivity.show') })).toHaveFocus()
  },
}

/** No activity: nothing is rendered (here the opt-in empty state). */
export const Empty: Story = {
  args: { activities: [], showEmpty: true },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('socialProof.liveActivity.empty'))).toBeVisible()
  },
}

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toBeVisible()
  },
}

export const Error: Story = {
  args: { status: 'error' },
  play: async ({ canvas, userEvent, args, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }))
    await expect(args.onRetry).toHaveBeenCalled()
  },
}
