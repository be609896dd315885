import type { Attribution } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { hydrate, serverRender } from '../../../../test/hydration'
import { attributions, fallbackVariant, heroPromotion, heroVariants } from './fixtures'
import { SourceAwareHero } from './source-aware-hero'

function page(recorder: Recorder, attribution: Attribution) {
  return (
    <JourneyProvider journey={recorder.journey}>
      <SourceAwareHero promotion={heroPromotion} variants={heroVariants} fallback={fallbackVariant} attribution={attribution} />
    </JourneyProvider>
  )
}

/** Hydrates the server markup of `server` with `client`; returns what React complained about. */
async function hydrateAttribution(serverAttribution: Attribution, clientAttribution: Attribution, recorder = createRecorder()) {
  const container = serverRender(page(createRecorder(), serverAttribution))
  const serverDom = container.innerHTML
  const serverHeading = container.querySelector('h1')
  const complaints = await hydrate(container, page(recorder, clientAttribution))
  return { serverDom, serverHeading, container, recorder, complaints }
}

describe('SourceAwareHero hydration', () => {
  it('hydrates the server-chosen variant without a mismatch or a flash', async () => {
    const { serverDom, serverHeading, container, recorder, complaints } = await hydrateAttribution(
      attributions.socialCampaign,
      attributions.socialCampaign,
    )
    expect(complaints).toEqual([])
    expect(container.innerHTML).toBe(serverDom)
    // The server's nodes were adopted, not replaced.
    expect(screen.getByRole('heading', { name: 'Seen our winter lookbook? Shop the jackets' })).toBe(serverHeading)
    expect(recorder.last('promotion_viewed')?.properties.creative).toBe('social-winter-lookbook')
  })

  it('would report a mismatch if the client chose differently (the check above can fail)', async () => {
    const { complaints } = await hydrateAttribution(attributions.socialCampaign, attributions.newsletter)
    expect(complaints).not.toEqual([])
  })
})
