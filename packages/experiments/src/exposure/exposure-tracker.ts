import type { ConsentState, EventSource, Journey, StorageLike } from '@journeykit/core'
import { forgetExposures, readExposures, writeExposures, type Exposures } from './stored-exposures'

export interface Exposure {
  experiment: string
  variant: string
  source?: EventSource
}

export interface ExposureTracker {
  /** Records that the visitor saw `variant` of `experiment` (see `exposureTracker`). */
  expose(exposure: Exposure): void
}

const trackers = new WeakMap<Journey, ExposureTracker>()

/**
 * The journey's exposure tracker (one per journey, shared by every provider on it). An exposure is
 * tracked as `experiment_viewed` once per visitor and experiment (remembered in `storage`), and
 * carried in `context.experiments` of every later event. It is analytics data wherever it goes:
 * while consent is pending it stays on the page, not even reaching `necessary` destinations, and is
 * tracked when analytics is granted; without analytics consent it is dropped and nothing is stored.
 */
export function exposureTracker(journey: Journey, storage: StorageLike | null): ExposureTracker {
  let tracker = trackers.get(journey)
  if (!tracker) trackers.set(journey, (tracker = createExposureTracker(journey, storage)))
  return tracker
}

function createExposureTracker(journey: Journey, storage: StorageLike | null): ExposureTracker {
  let exposures: Exposures = readExposures(storage)
  let held: Exposure[] = []

  const analyticsGranted = (consent: ConsentState | 'pending' = journey.getConsent()) => consent !== 'pending' && consent.analytics
  const isKnown = ({ experiment, variant }: Exposure) => exposures[experiment] === variant

  /** Later events carry the exposures, only while analytics is allowed. */
  function publish(): void {
    journey.setContext?.({ experiments: analyticsGranted() && Object.keys(exposures).length > 0 ? { ...exposures } : undefined })
  }

  function record(exposure: Exposure): void {
    if (isKnown(exposure)) return
    const { experiment, variant, source } = exposure
    exposures = { ...exposures, [experiment]: variant }
    writeExposures(storage, exposures)
    publish()
    journey.track('experiment_viewed', { experiment, variant }, source)
  }

  journey.onConsent?.((consent) => {
    const waiting = held
    held = []
    if (!analyticsGranted(consent)) {
      exposures = {}
      forgetExposures(storage)
    } else for (const exposure of waiting) record(exposure)
    publish()
  })
  publish()

  return {
    expose(exposure) {
      const consent = journey.getConsent()
      if (analyticsGranted(consent)) record(exposure)
      else if (consent === 'pending' && !isKnown(exposure) && !held.some((waiting) => waiting.experiment === exposure.experiment && waiting.variant === exposure.variant)) held.push(exposure)
    },
  }
}
