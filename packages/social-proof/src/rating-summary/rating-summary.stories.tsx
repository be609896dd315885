import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { PRODUCT_ID, REVIEWS } from '../fixtures'
import { summarizeReviews } from '../shared/review-stats'
import { RatingSummary } from './rating-summary'

const meta = {
  title: 'Social proof/RatingSummary',
  component: RatingSummary,
  args: { summary: summarizeReviews(REVIEWS), productId: PRODUCT_ID, onFilter: fn(), onRetry: fn() },
} satisfies Meta<typeof RatingSummary>

export default meta
type Story = StoryObj<typeof meta>

/** Consideration: the average and a histogram whose bars filter the reviews. */
export const Full: Story = {
  args: { variant: 'full' },
  play: async ({ canvas, userEvent, loaded, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: /^5 stars/ }))
    await expect(canvas.getByRole('button', { name: /^5 stars/ })).toHaveAttribute('aria-pressed', 'true')
    await expect(args.onFilter).toHaveBeenCalledWith(5)
    await waitFor(() => expect(storyRecorder({ loaded }).last('reviews_interacted')?.properties.value).toBe('stars:5'))
  },
}

/** Awareness (a first visit): the stage picks the compact badge. */
export const CompactForAwareness: Story = {
  play: async ({ canvas, loaded }) => {
    await expect(canvas.getByRole('img', { name: /out of 5 stars, 40 reviews/ })).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('social_proof_viewed'), { timeout: 3000 })
    await expect(canvas.queryByRole('group')).toBeNull()
  },
}

/** Below `minReviewsForHistogram` the histogram is hidden. */
export const FewReviews: Story = {
  args: { variant: 'full', summary: summarizeReviews(REVIEWS.slice(0, 3)) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('3 reviews')).toBeVisible()
    await expect(canvas.queryByRole('group')).toBeNull()
  },
}

export const Empty: Story = {
  args: { variant: 'full', summary: { average: 0, count: 0, histogram: {} } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No reviews yet')).toBeVisible()
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
