import type { Journey } from '@journeykit/core'

/** Stands in when no journey exists (server render, or no provider): every call is ignored. */
export const noopJourney: Journey = {
  track: () => undefined,
  page: () => {},
  identify: () => {},
  setConsent: () => {},
  getConsent: () => 'pending',
  flush: () => Promise.resolve(),
  getStage: () => 'awareness',
  subscribe: () => () => {},
  reset: () => {},
  shutdown: () => Promise.resolve(),
}
