// @vitest-environment node
import { JourneyProvider } from '@journeykit/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { attributions, fallbackVariant, heroPromotion, heroVariants } from './fixtures'
import { SourceAwareHero } from './source-aware-hero'

function renderOnServer(attribution = attributions.direct) {
  return renderToString(
    <JourneyProvider>
      <SourceAwareHero promotion={heroPromotion} variants={heroVariants} fallback={fallbackVariant} attribution={attribution} />
    </JourneyProvider>,
  )
}

describe('SourceAwareHero on the server', () => {
  it('renders the variant chosen from the attribution, without a window', () => {
    expect(typeof window).toBe('undefined')
    const html = renderOnServer(attributions.paidSearch)
    expect(html).toContain('data-variant="paid-search-jackets"')
    expect(html).toContain('Waterproof outdoor jackets, now 20% off')
    expect(html).not.toContain(fallbackVariant.headline)
  })

  it('renders the fallback for a visit no variant targets', () => {
    const html = renderOnServer(attributions.organicSearch)
    expect(html).toContain('data-variant="default"')
    expect(html).toContain('<h1')
  })
})
