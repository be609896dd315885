import type { Attribution } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { act, screen } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { attributions, fallbackVariant, heroPromotion, heroVariants } from './fixtures'
import { SourceAwareHero } from './source-aware-hero'

function page(recorder: Recorder, attribution: Attribution) {
  return (
    <JourneyProvider journey={recorder.journey}>
      <SourceAwareHero promotion={heroPromotion} variants={heroVariants} fallback={fallbackVariant} attribution={attribution} />
    </JourneyProvider>
  )
}

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
})

/** Hydrates the server markup of `server` with `client`; returns what React complained about. */
async function hydrate(serverAttribution: Attribution, clientAttribution: Attribution, recorder = createRecorder()) {
  const html = renderToString(page(createRecorder(), serverAttribution))
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const serverDom = container.innerHTML
  const serverHeading = container.querySelector('h1')
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  const recoverableErrors: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container, page(recorder, clientAttribution), { onRecoverableError: (error) => recoverableErrors.push(error) })
  })
  return { serverDom, serverHeading, container, recorder, complaints: [...consoleError.mock.calls, ...recoverableErrors] }
}

describe('SourceAwareHero hydration', () => {
  it('hydrates the server-chosen variant without a mismatch or a flash', async () => {
    const { serverDom, serverHeading, container, recorder, complaints } = await hydrate(
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
    const { complaints } = await hydrate(attributions.socialCampaign, attributions.newsletter)
    expect(complaints).not.toEqual([])
  })
})
