import { renderWithJourney } from '@journeykit/react/testing'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { promoStages } from '../stages'
import { attributions, fallbackVariant, heroPromotion, heroVariants, socialVariant } from './fixtures'
import { SourceAwareHero, type SourceAwareHeroProps } from './source-aware-hero'

const preventNavigation = (event: { preventDefault(): void }) => event.preventDefault()

function renderHero(props: Partial<SourceAwareHeroProps> = {}) {
  return renderWithJourney(
    <SourceAwareHero
      promotion={heroPromotion}
      variants={heroVariants}
      fallback={fallbackVariant}
      slot="home-hero"
      onCtaClick={preventNavigation}
      {...props}
    />,
  )
}

describe('SourceAwareHero', () => {
  it('shows the fallback to a direct visitor and declares its stage', async () => {
    const { container } = renderHero({ attribution: attributions.direct })
    const hero = screen.getByRole('region', { name: 'Outdoor jackets made for wet, windy winters' })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Outdoor jackets made for wet, windy winters')
    expect(hero).toHaveAttribute('data-stage', 'awareness')
    expect(hero).toHaveAttribute('data-variant', 'default')
    expect(screen.getByRole('link', { name: 'Shop the winter collection' })).toHaveAttribute('href', '/collections/winter')
    expect(promoStages.SourceAwareHero).toBe('awareness')
    await expect(container).toHaveNoAxeViolations()
  })

  it('greets a newsletter subscriber with their offer and reports the variant as the creative', async () => {
    const { container, recorder } = renderHero({ attribution: attributions.newsletter })
    expect(screen.getByRole('heading', { name: 'Your subscriber offer: 20% off outdoor jackets' })).toBeInTheDocument()
    expect(recorder.all('promotion_viewed')).toHaveLength(1)
    expect(recorder.last('promotion_viewed')?.properties).toEqual({
      promotionId: 'winter-sale-2026-hero',
      name: 'Winter sale 2026 homepage hero',
      creative: 'newsletter-winter-sale',
      slot: 'home-hero',
    })
    expect(recorder.last('promotion_viewed')?.source).toEqual({ block: 'SourceAwareHero', blockId: 'winter-sale-2026-hero' })
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows paid search visitors the comparison offer and reports the click with the mouse', async () => {
    const user = userEvent.setup()
    const onCtaClick = vi.fn(preventNavigation)
    const { recorder } = renderHero({ attribution: attributions.paidSearch, onCtaClick })
    await user.click(screen.getByRole('link', { name: 'Compare jackets' }))
    expect(recorder.last('promotion_clicked')?.properties).toEqual({
      promotionId: 'winter-sale-2026-hero',
      name: 'Winter sale 2026 homepage hero',
      creative: 'paid-search-jackets',
      slot: 'home-hero',
    })
    expect(onCtaClick).toHaveBeenCalledOnce()
  })

  it('reports the click from the keyboard', async () => {
    const user = userEvent.setup()
    const { recorder } = renderHero({ attribution: attributions.socialShare })
    await user.tab()
    expect(screen.getByRole('link', { name: 'Shop the lookbook' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(recorder.last('promotion_clicked')?.properties.creative).toBe('social-winter-lookbook')
  })

  it('shows the variant image with its text alternative and reserved size', async () => {
    const { container } = renderHero({ attribution: attributions.socialCampaign })
    const image = screen.getByRole('img', { name: 'Illustration of snow-capped mountains' })
    expect(image).toHaveAttribute('width', '320')
    expect(image).toHaveAttribute('height', '180')
    await expect(container).toHaveNoAxeViolations()
  })

  it('uses the fallback when the attribution is unknown, whatever the address bar says', () => {
    window.history.replaceState(null, '', '/?utm_source=newsletter&utm_medium=email')
    try {
      const { recorder } = renderHero()
      expect(screen.getByRole('region')).toHaveAttribute('data-variant', 'default')
      expect(recorder.last('promotion_viewed')?.properties.creative).toBe('default')
    } finally {
      window.history.replaceState(null, '', '/')
    }
  })

  it('takes a heading level and needs no body, call to action or slot', async () => {
    const { container, recorder } = renderHero({
      attribution: attributions.direct,
      headingLevel: 2,
      slot: undefined,
      fallback: { id: 'plain', headline: 'New season, new layers' },
    })
    expect(screen.getByRole('heading', { level: 2, name: 'New season, new layers' })).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(recorder.last('promotion_viewed')?.properties).toEqual({
      promotionId: 'winter-sale-2026-hero',
      name: 'Winter sale 2026 homepage hero',
      creative: 'plain',
    })
    await expect(container).toHaveNoAxeViolations()
  })

  it('warns in development about variant ids used twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderHero({ variants: [...heroVariants, { ...socialVariant, match: { channel: 'direct' } }], attribution: attributions.direct })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('variant id "social-winter-lookbook" is used twice'))
  })
})
