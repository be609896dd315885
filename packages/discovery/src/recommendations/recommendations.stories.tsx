import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { products } from '../fixtures'
import { Recommendations } from './recommendations'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Discovery/Recommendations',
  component: Recommendations,
  tags: ['autodocs', 'stage:consideration'],
  args: { slot: 'bought-together', products },
} satisfies Meta<typeof Recommendations>

export default meta
type Story = StoryObj<typeof meta>

/** Seen (half visible for a second), then a product followed: both events name the slot. */
export const Consideration: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    const region = canvas.getByRole('region', { name: t('discovery.recommendations.bought-together') })
    await waitFor(() => expect(storyRecorder({ loaded }).last('product_list_viewed')?.properties).toMatchObject({ listId: 'bought-together' }), { timeout: 3000 })
    await expect(storyRecorder({ loaded }).last('product_list_viewed')?.properties.items.map((item) => item.position)).toEqual([1, 2, 3, 4])
    const link = region.querySelector<HTMLAnchorElement>('a[href="/p/kestrel-studio-pro"]')!
    link.addEventListener('click', (event) => event.preventDefault())
    await userEvent.click(link)
    await expect(storyRecorder({ loaded }).last('product_clicked')?.properties).toMatchObject({ item: { id: 'hp-kestrel-studio', position: 3 }, listId: 'bought-together' })
  },
}

/** One row that scrolls sideways. */
export const Carousel: Story = {
  args: { slot: 'similar', layout: 'carousel' },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('region', { name: t('discovery.recommendations.similar') })).toHaveAttribute('data-layout', 'carousel')
  },
}

export const Loading: Story = {
  args: { slot: 'recently-viewed', products: undefined },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('status')).toHaveTextContent(t('discovery.recommendations.loading'))
  },
}

export const Failed: Story = {
  args: { slot: 'popular-in-category', products: undefined, error: true, onRetry: fn() },
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('discovery.recommendations.error'))
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }))
    await expect(args.onRetry).toHaveBeenCalledOnce()
  },
}

/** No recommendations for a new shop: the heading stays, with a short message. */
export const Empty: Story = {
  args: { slot: 'similar', products: [], whenEmpty: 'message' },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('discovery.recommendations.empty'))).toBeVisible()
    await expect(storyRecorder({ loaded }).names()).not.toContain('product_list_viewed')
  },
}
