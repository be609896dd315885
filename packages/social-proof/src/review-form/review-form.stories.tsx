import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { PRODUCT_ID } from '../fixtures'
import { ReviewForm } from './review-form'

const meta = {
  title: 'Social proof/ReviewForm',
  component: ReviewForm,
  args: { productId: PRODUCT_ID, onSubmit: fn(async () => ({ reviewId: 'rev-041' })) },
} satisfies Meta<typeof ReviewForm>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    await userEvent.click(canvas.getByRole('radio', { name: '5 stars' }))
    await userEvent.type(canvas.getByRole('textbox', { name: 'Title' }), 'Dry feet all day')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your review' }), 'Crossed three streams and my socks stayed dry.')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name shown with your review' }), 'Callum')
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Submit review' }))
    await expect(await canvas.findByText('Thank you for your review!')).toBeVisible()
    await expect(args.onSubmit).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(storyRecorder({ loaded }).last('product_reviewed')?.properties).toEqual({ productId: PRODUCT_ID, reviewId: 'rev-041', rating: 5 }))
  },
}

/** Errors appear when a field is left, and go as soon as it is fixed. */
export const Validation: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Submit review' }))
    await expect(canvas.getByText('Please choose a rating.')).toBeVisible()
    await userEvent.type(canvas.getByRole('textbox', { name: 'Title' }), 'Solid')
    await expect(canvas.queryByText('Please add a title.')).toBeNull()
  },
}

/** The server rejects the review: the message shows and nothing typed is lost. */
export const ServerError: Story = {
  args: { onSubmit: fn(async () => Promise.reject(new Error('500'))) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: '3 stars' }))
    await userEvent.type(canvas.getByRole('textbox', { name: 'Title' }), 'Fine for short runs')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your review' }), 'Comfortable up to 10 km; after that my arches ache.')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name shown with your review' }), 'Pablo')
    await userEvent.click(canvas.getByRole('button', { name: 'Submit review' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('could not be sent')
    await expect(canvas.getByRole('textbox', { name: 'Title' })).toHaveValue('Fine for short runs')
  },
}
