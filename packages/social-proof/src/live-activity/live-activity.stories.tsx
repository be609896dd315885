import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { recentActivities } from '../fixtures'
import { LiveActivity } from './live-activity'

const meta = {
  title: 'Social proof/LiveActivity',
  component: LiveActivity,
  args: { activities: recentActivities(), productId: 'trail-runner-gtx', onRetry: fn() },
} satisfies Meta<typeof LiveActivity>

export default meta
type Story = StoryObj<typeof meta>

export const Feed: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await expect(canvas.getByRole('log', { name: 'Recent activity' })).toHaveTextContent('Lena from Munich bought Trail Runner GTX')
    await userEvent.click(canvas.getByRole('button', { name: 'Pause updates' }))
    await expect(canvas.getByRole('button', { name: 'Resume updates' })).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('social_proof_viewed'), { timeout: 3000 })
  },
}

export const Hidden: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Hide recent activity' }))
    await expect(canvas.getByRole('button', { name: 'Show recent activity' })).toHaveFocus()
  },
}

/** No activity: nothing is rendered (here the opt-in empty state). */
export const Empty: Story = {
  args: { activities: [], showEmpty: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No recent activity')).toBeVisible()
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
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.onRetry).toHaveBeenCalled()
  },
}
