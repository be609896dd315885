import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { PRODUCT_ID } from '../fixtures'
import { ReviewForm } from './review-form'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Social proof/ReviewForm',
  tags: ['stage:advocacy'],
  component: ReviewForm,
  args: { productId: PRODUCT_ID, onSubmit: fn(async () => ({ reviewId: 'rev-041' })) },
} satisfies Meta<typeof ReviewForm>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('radio', { name: t('socialProof.reviews.stars', { count: 5 }) }))
    await userEvent.type(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.title') }), 'Dry feet all day')
    await userEvent.type(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.body') }), 'Crossed three streams and my socks stayed dry.')
    await userEvent.type(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.name') }), 'Callum')
    await userEvent.dblClick(canvas.getByRole('button', { name: t('socialProof.reviewForm.submit') }))
    await expect(await canvas.findByText(t('socialProof.reviewForm.thanks'))).toBeVisible()
    await expect(args.onSubmit).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(storyRecorder({ loaded }).last('product_reviewed')?.properties).toEqual({ productId: PRODUCT_ID, reviewId: 'rev-041', rating: 5 }))
  },
}

/** A failed submission focuses a summary linking to each problem; an error goes as soon as its field is fixed. */
export const Validation: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.reviewForm.submit') }))
    // The summary takes focus in an effect, after the browser has painted it.
    await waitFor(() => expect(canvas.getByRole('alert', { name: t('socialProof.reviewForm.summaryTitle', { count: 4 }) })).toHaveFocus())
    await expect(canvas.getByRole('group')).toHaveAccessibleDescription(t('socialProof.reviewForm.ratingRequired'))
    await userEvent.type(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.title') }), 'Solid')
    await expect(canvas.queryByText(t('socialProof.reviewForm.titleRequired'))).toBeNull()
  },
}

/** The server rejects the review: the message shows and nothing typed is lost. */
export const ServerError: Story = {
  args: { onSubmit: fn(async () => Promise.reject(new Error('500'))) },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('radio', { name: t('socialProof.reviews.stars', { count: 3 }) }))
    await userEvent.type(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.title') }), 'Fine for short runs')
    await userEvent.type(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.body') }), 'Comfortable up to 10 km; after that my arches ache.')
    await userEvent.type(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.name') }), 'Pablo')
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.reviewForm.submit') }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('socialProof.reviewForm.failed'))
    await expect(canvas.getByRole('textbox', { name: t('socialProof.reviewForm.title') })).toHaveValue('Fine for short runs')
  },
}
