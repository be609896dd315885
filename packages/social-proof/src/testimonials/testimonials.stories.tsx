import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { TESTIMONIALS } from '../fixtures'
import { Testimonials } from './testimonials'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Social proof/Testimonials',
  tags: ['stage:decision'],
  component: Testimonials,
  args: { testimonials: TESTIMONIALS, onRetry: fn() },
} satisfies Meta<typeof Testimonials>

export default meta
type Story = StoryObj<typeof meta>

export const Carousel: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.testimonials.stop') }))
    await userEvent.click(canvas.getByRole('button', { name: t('socialProof.testimonials.next') }))
    await expect(canvas.getByRole('group', { name: t.partial('socialProof.testimonials.slide', { index: 2, count: 3 }) })).toBeVisible()
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
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('socialProof.testimonials.empty'))).toBeVisible()
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
