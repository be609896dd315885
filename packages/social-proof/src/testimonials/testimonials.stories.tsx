import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { TESTIMONIALS } from '../fixtures'
import { Testimonials } from './testimonials'

const meta = {
  title: 'Social proof/Testimonials',
  component: Testimonials,
  args: { testimonials: TESTIMONIALS, onRetry: fn() },
} satisfies Meta<typeof Testimonials>

export default meta
type Story = StoryObj<typeof meta>

export const Carousel: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Stop automatic slide show' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Next testimonial' }))
    await expect(canvas.getByRole('group', { name: /^2 of 3/ })).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('social_proof_viewed'), { timeout: 3000 })
  },
}

export const SingleQuote: Story = {
  args: { testimonials: [TESTIMONIALS[0]!] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Katrin Vogel')).toBeVisible()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}

export const Empty: Story = {
  args: { testimonials: [], showEmpty: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No testimonials yet')).toBeVisible()
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
