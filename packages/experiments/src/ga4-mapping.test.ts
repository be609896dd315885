import { createJourney, ga4 } from '@journeykit/core'
import { describe, expect, it, vi } from 'vitest'
import { toGa4Experiment } from './ga4-mapping'

function journeyWithGa4() {
  const gtag = vi.fn()
  const journey = createJourney({ destinations: [ga4({ gtag, map: toGa4Experiment })], storage: null, consent: 'granted' })
  return { journey, gtag }
}

describe('toGa4Experiment', () => {
  it('sends experiment_viewed to GA4 as experience_impression with exp_variant_string', async () => {
    const { journey, gtag } = journeyWithGa4()
    journey.track('experiment_viewed', { experiment: 'hero-copy', variant: 'benefit' })
    await journey.flush()
    expect(gtag).toHaveBeenCalledWith('event', 'experience_impression', { exp_variant_string: 'JK-hero-copy-benefit' })
    expect(gtag).not.toHaveBeenCalledWith('event', 'experiment_viewed', expect.anything())
  })

  it('leaves every other event to the destination\'s own mapping', async () => {
    const { journey, gtag } = journeyWithGa4()
    journey.track('products_searched', { query: 'boots' })
    await journey.flush()
    expect(gtag).toHaveBeenCalledWith('event', 'search', { search_term: 'boots' })
    expect(toGa4Experiment(journey.track('lead_captured', { formId: 'f' })!)).toBeUndefined()
  })
})
