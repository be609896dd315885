import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { MouseEvent } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { dismissalKey } from './dismissal-store'
import { freeShipping, shopTimeZone, winterSale } from './fixtures'
import { PromoBanner } from './promo-banner'
import { storyMessage } from '../../../../.storybook/story-messages'

const winterSaleViewed = {
  promotionId: 'winter-sale-2026',
  name: 'Winter sale: 20% off outdoor jackets',
  creative: 'winter-sale-banner-v2',
  slot: 'home-top',
}

const meta = {
  title: 'Promo/PromoBanner',
  tags: ['stage:awareness'],
  component: PromoBanner,
  args: {
    promotion: winterSale,
    slot: 'home-top',
    timeZone: shopTimeZone,
    onDismiss: fn(),
    // Stories stay on the page when the call to action is followed.
    onCtaClick: fn((event: MouseEvent<HTMLAnchorElement>) => event.preventDefault()),
  },
  beforeEach: () => {
    localStorage.removeItem(dismissalKey(winterSale.id))
    localStorage.removeItem(dismissalKey(freeShipping.id))
  },
} satisfies Meta<typeof PromoBanner>

export default meta
type Story = StoryObj<typeof meta>

export const WinterSale: Story = {
  play: async ({ loaded, canvasElement }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    const recorder = storyRecorder({ loaded })
    await waitFor(() => expect(recorder.last('promotion_viewed')?.properties).toEqual(winterSaleViewed), { timeout: 3000 })
    await expect(canvas.getByText(t.pattern('promo.promoBanner.endsOn'))).toBeVisible()
    await userEvent.click(canvas.getByRole('link', { name: 'Shop outdoor jackets' }))
    await waitFor(() => expect(recorder.last('promotion_clicked')?.properties).toEqual(winterSaleViewed))
  },
}

export const WithoutEndDate: Story = {
  args: { promotion: freeShipping, slot: 'site-header' },
  play: async ({ loaded, canvasElement }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('promotion_viewed'), { timeout: 3000 })
    await expect(canvas.queryByText(t.pattern('promo.promoBanner.endsOn'))).toBeNull()
  },
}

export const NotDismissible: Story = {
  args: { dismissible: false },
  play: async ({ loaded, canvasElement }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('button', { name: t.pattern('promo.promoBanner.dismiss') })).toBeNull()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('promotion_viewed'), { timeout: 3000 })
  },
}

export const Dismiss: Story = {
  play: async ({ args, canvasElement, loaded }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: t('promo.promoBanner.dismiss', { name: winterSaleViewed.name }) }))
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull())
    await expect(args.onDismiss).toHaveBeenCalledOnce()
    await expect(localStorage.getItem(dismissalKey(winterSale.id))).not.toBeNull()
  },
}

export const RememberedDismissal: Story = {
  beforeEach: () => {
    localStorage.setItem(dismissalKey(winterSale.id), '2026-11-20T10:00:00.000Z')
  },
  play: async ({ loaded, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('region')).toBeNull()
    await expect(storyRecorder({ loaded }).names()).not.toContain('promotion_viewed')
  },
}

export const Controlled: Story = {
  args: { dismissed: false },
  play: async ({ args, canvasElement, loaded }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: t.pattern('promo.promoBanner.dismiss') }))
    await expect(args.onDismiss).toHaveBeenCalledOnce()
    // The app decides: until it passes `dismissed`, the banner stays.
    await expect(canvas.getByRole('region')).toBeVisible()
  },
}
