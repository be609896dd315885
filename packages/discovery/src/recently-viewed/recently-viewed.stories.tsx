import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { products } from '../fixtures'
import { RecentlyViewed, RECENTLY_VIEWED_KEY } from './recently-viewed'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Discovery/RecentlyViewed',
  component: RecentlyViewed,
  tags: ['autodocs', 'stage:consideration'],
  args: { current: products[0], layout: 'carousel' },
  // The visitor viewed three other products before this one (kept with analytics consent).
  beforeEach: () => {
    localStorage.setItem(RECENTLY_VIEWED_KEY, JSON.stringify(products.slice(1)))
    return () => localStorage.removeItem(RECENTLY_VIEWED_KEY)
  },
} satisfies Meta<typeof RecentlyViewed>

export default meta
type Story = StoryObj<typeof meta>

/** On a product page: the others viewed before it; this one is remembered for the next page. */
export const Consideration: Story = {
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    const region = await canvas.findByRole('region', { name: t('discovery.recommendations.recently-viewed') })
    await expect(region.querySelectorAll('[data-part="product"]')).toHaveLength(3)
    await expect(JSON.parse(localStorage.getItem(RECENTLY_VIEWED_KEY)!)[0].id).toBe('hp-aurora-5')
    await waitFor(() => expect(storyRecorder({ loaded }).last('product_list_viewed')?.properties.listId).toBe('recently-viewed'), { timeout: 3000 })
  },
}
