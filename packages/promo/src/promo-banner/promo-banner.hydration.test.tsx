import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { hydrate, serverRender } from '../../../../test/hydration'
import { shopTimeZone, winterSale } from './fixtures'
import { PromoBanner } from './promo-banner'

function page(recorder: Recorder) {
  return (
    <JourneyProvider journey={recorder.journey}>
      <PromoBanner promotion={winterSale} timeZone={shopTimeZone} />
    </JourneyProvider>
  )
}

async function hydrateServerMarkup(recorder: Recorder) {
  // As the server renders it: storage is not readable there.
  const container = serverRender(page(createRecorder()))
  expect(screen.getByRole('region')).toBeInTheDocument()
  return hydrate(container, page(recorder))
}

describe('PromoBanner hydration', () => {
  it('hides a remembered dismissal right after hydration, without a mismatch', async () => {
    localStorage.setItem('jk:promo:dismissed:winter-sale-2026', '2026-11-20T10:00:00.000Z')
    const recorder = createRecorder()
    const complaints = await hydrateServerMarkup(recorder)
    expect(complaints).toEqual([])
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(recorder.names()).not.toContain('promotion_viewed')
  })

  it('keeps the server markup for a visitor who has not dismissed it', async () => {
    const recorder = createRecorder()
    const complaints = await hydrateServerMarkup(recorder)
    expect(complaints).toEqual([])
    expect(screen.getByRole('region', { name: 'Winter sale: 20% off outdoor jackets' })).toBeInTheDocument()
    expect(recorder.all('promotion_viewed')).toHaveLength(1)
  })
})
