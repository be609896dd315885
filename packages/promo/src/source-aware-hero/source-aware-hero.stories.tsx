import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { MouseEvent } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { attributions, fallbackVariant, heroPromotion, heroVariants } from './fixtures'
import { SourceAwareHero } from './source-aware-hero'

const meta = {
  title: 'Promo/SourceAwareHero',
  tags: ['stage:awareness'],
  component: SourceAwareHero,
  args: {
    promotion: heroPromotion,
    variants: heroVariants,
    fallback: fallbackVariant,
    slot: 'home-hero',
    onCtaClick: fn((event: MouseEvent<HTMLAnchorElement>) => event.preventDefault()),
  },
} satisfies Meta<typeof SourceAwareHero>

export default meta
type Story = StoryObj<typeof meta>

/** Views the hero, follows its call to action and checks both events name the variant shown. */
function viewAndClick(headline: string, ctaLabel: string, creative: string): Story['play'] {
  return async ({ loaded, canvasElement }) => {
    const canvas = within(canvasElement)
    const recorder = storyRecorder({ loaded })
    await expect(canvas.getByRole('heading', { name: headline })).toBeVisible()
    await waitFor(() => expect(recorder.last('promotion_viewed')?.properties.creative).toBe(creative), { timeout: 3000 })
    await userEvent.click(canvas.getByRole('link', { name: ctaLabel }))
    await waitFor(() =>
      expect(recorder.last('promotion_clicked')?.properties).toEqual({
        promotionId: 'winter-sale-2026-hero',
        name: 'Winter sale 2026 homepage hero',
        creative,
        slot: 'home-hero',
      }),
    )
  }
}

/** `?utm_source=newsletter&utm_medium=email&utm_campaign=winter-sale-2026` */
export const NewsletterVisitor: Story = {
  args: { attribution: attributions.newsletter },
  play: viewAndClick('Your subscriber offer: 20% off outdoor jackets', 'Use my 20% off', 'newsletter-winter-sale'),
}

/** `?utm_source=google&utm_medium=cpc&gclid=…` from a Google ad. */
export const PaidSearchVisitor: Story = {
  args: { attribution: attributions.paidSearch },
  play: viewAndClick('Waterproof outdoor jackets, now 20% off', 'Compare jackets', 'paid-search-jackets'),
}

/** `?utm_source=instagram&utm_medium=social` from the lookbook campaign. */
export const SocialVisitor: Story = {
  args: { attribution: attributions.socialCampaign },
  play: viewAndClick('Seen our winter lookbook? Shop the jackets', 'Shop the lookbook', 'social-winter-lookbook'),
}

/** A plain link shared on Facebook: matched by the referring host `l.facebook.com`. */
export const SharedOnFacebook: Story = {
  args: { attribution: attributions.socialShare },
  play: viewAndClick('Seen our winter lookbook? Shop the jackets', 'Shop the lookbook', 'social-winter-lookbook'),
}

/** No campaign and no referrer: the fallback. */
export const DirectVisitor: Story = {
  args: { attribution: attributions.direct },
  play: viewAndClick('Outdoor jackets made for wet, windy winters', 'Shop the winter collection', 'default'),
}

/** The app could not resolve the visit: the fallback, never a guess from the address bar. */
export const UnknownAttribution: Story = {
  play: viewAndClick('Outdoor jackets made for wet, windy winters', 'Shop the winter collection', 'default'),
}
