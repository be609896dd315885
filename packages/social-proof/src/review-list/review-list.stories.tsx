import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, waitFor } from 'storybook/test'
import { PRODUCT_ID, REVIEWS } from '../fixtures'
import { ReviewList } from './review-list'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Social proof/ReviewList',
  tags: ['stage:consideration'],
  component: ReviewList,
  args: {
    productId: PRODUCT_ID,
    reviews: REVIEWS,
    onHelpful: fn(async () => {}),
    onFilterChange: fn(),
    onSortChange: fn(),
    onRetry: fn(),
  },
} satisfies Meta<typeof ReviewList>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: t('socialProof.reviewList.sortBy') }), t('socialProof.reviewList.sort.helpful'))
    await userEvent.click(canvas.getAllByRole('button', { name: t.pattern('socialProof.reviewList.helpful') })[0]!)
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toEqual(expect.arrayContaining(['reviews_interacted'])))
    await expect(storyRecorder({ loaded }).last('reviews_interacted')?.properties.action).toBe('helpful')
  },
}

/** Filtering to reviews with photos, then opening one in the dialog. */
export const WithPhotos: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    const withPhotos = canvas.getByRole('checkbox', { name: t('socialProof.reviewList.withPhotos') })
    await userEvent.click(withPhotos)
    await expect(withPhotos).toBeChecked()
    await userEvent.click(await canvas.findByRole('button', { name: 'Shoes on a wet granite trail' }))
    const dialog = await screen.findByRole('dialog', { name: t('socialProof.reviewList.photo', { author: 'Lena M.' }) }, { timeout: 15_000 })
    // The dialog fades in from transparent (ui's entrance animation): wait until it has.
    await waitFor(() => expect(dialog).toBeVisible(), { timeout: 3000 })
    await waitFor(() => expect(storyRecorder({ loaded }).last('reviews_interacted')?.properties.action).toBe('photo'))
  },
}

export const Pages: Story = {
  args: { pagination: 'pages', pageSize: 5 },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.reviewList.next') }))
    await expect(canvas.getByText(t('socialProof.reviewList.pageOf', { page: 2, pages: 8 }))).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).last('reviews_interacted')?.properties).toMatchObject({ action: 'page', value: '2' }))
  },
}

/** A helpful vote whose request fails: the count rolls back and a message explains. */
export const HelpfulVoteFails: Story = {
  args: { onHelpful: fn(async () => Promise.reject(new globalThis.Error('503'))) },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getAllByRole('button', { name: t.pattern('socialProof.reviewList.helpful') })[0]!)
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('socialProof.reviewList.helpfulFailed'))
  },
}

/** Markup in a review is shown as text, never run. */
export const UntrustedText: Story = {
  args: { reviews: [{ id: 'x', rating: 1, author: 'Mallory', createdAt: '2026-11-20T09:00:00Z', body: '<img src=x onerror=alert(1)>' }] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeVisible()
  },
}

export const NoMatches: Story = {
  args: { defaultFilter: { stars: 2, withPhotos: true } },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.reviewList.clearFilters') }))
    await expect(canvas.getAllByRole('article')).toHaveLength(10)
    await waitFor(() => expect(storyRecorder({ loaded }).last('reviews_interacted')?.properties.value).toBe('clear'))
  },
}

export const Empty: Story = {
  args: { reviews: [] },
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
  args: { status: 'error', error: 'Reviews are unavailable right now.' },
  play: async ({ canvas, userEvent, args, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }))
    await expect(args.onRetry).toHaveBeenCalled()
  },
}
