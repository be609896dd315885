import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { PRODUCT_ID, REVIEWS } from '../fixtures'
import { summarizeReviews } from '../shared/review-stats'
import { RatingSummary } from './rating-summary'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Social proof/RatingSummary',
  tags: ['stage:consideration'],
  component: RatingSummary,
  args: { summary: summarizeReviews(REVIEWS), productId: PRODUCT_ID, onFilter: fn(), onRetry: fn() },
} satisfies Meta<typeof RatingSummary>

export default meta
type Story = StoryObj<typeof meta>

/** Consideration: the average and a histogram whose bars filter the reviews. */
export const Full: Story = {
  args: { variant: 'full' },
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t.partial('socialProof.reviews.stars', { count: 5 }) }))
    await expect(canvas.getByRole('button', { name: t.partial('socialProof.reviews.stars', { count: 5 }) })).toHaveAttribute('aria-pressed', 'true')
    await expect(args.onFilter).toHaveBeenCalledWith(5)
    await waitFor(() => expect(storyRecorder({ loaded }).last('reviews_interacted')?.properties.value).toBe('stars:5'))
  },
}

/** Awareness (a first visit): the stage picks the compact badge. */
export const CompactForAwareness: Story = {
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('img', { name: t.pattern('ui.ratingWithCount', { max: 5, count: 40 }) })).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('social_proof_viewed'), { timeout: 3000 })
    await expect(canvas.queryByRole('group')).toBeNull()
  },
}

/** Below `minReviewsForHistogram` the histogram is hidden. */
export const FewReviews: Story = {
  args: { variant: 'full', summary: summarizeReviews(REVIEWS.slice(0, 3)) },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('socialProof.reviews.count', { count: 3 }))).toBeVisible()
    await expect(canvas.queryByRole('group')).toBeNull()
  },
}

export const Empty: Story = {
  args: { variant: 'full', summary: { average: 0, count: 0, histogram: {} } },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('socialProof.reviews.none'))).toBeVisible()
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
