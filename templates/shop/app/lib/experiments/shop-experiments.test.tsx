// @vitest-environment jsdom
import { createJourney, type Journey } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'
import { act } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../../test/setup-dom'
import { CHECKOUT_TRUST_EXPERIMENT } from './config'
import { JOURNEY_ID_COOKIE, journeyIdFromCookie } from './journey-id'
import { JourneyIdCookie } from './journey-id-cookie'
import { ShopExperiments } from './shop-experiments'
import { TrustBadgesExperiment } from './trust-badges-experiment'

const assignments = { [CHECKOUT_TRUST_EXPERIMENT]: { variant: 'above-form', inExperiment: true } }
const badges = [{ kind: 'free-returns' as const, description: 'Within 30 days.' }]
let root: Root | undefined

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  document.cookie = `${JOURNEY_ID_COOKIE}=; Path=/; Max-Age=0`
  localStorage.clear()
})

/** Renders the page as the server does (no journey there), then hydrates it in the browser with `journey`; the root mounts `JourneyIdCookie` on every page. */
function serverRenderThenHydrate(journey: Journey) {
  const container = document.createElement('div')
  document.body.append(container)
  const page = (provided?: Journey) => (
    <JourneyProvider {...(provided ? { journey: provided } : {})}>
      <JourneyIdCookie />
      <ShopExperiments assignments={assignments}>
        <TrustBadgesExperiment badges={badges} />
      </ShopExperiments>
    </JourneyProvider>
  )
  container.innerHTML = renderToString(page())
  const serverHtml = container.innerHTML
  const onRecoverableError = vi.fn()
  act(() => {
    root = hydrateRoot(container, page(journey), { onRecoverableError })
  })
  return { container, serverHtml, onRecoverableError }
}

const journeyIdCookie = () => journeyIdFromCookie(document.cookie)

describe('ShopExperiments in the browser', () => {
  it('hydrates the server\'s variant without a mismatch', () => {
    const { container, serverHtml, onRecoverableError } = serverRenderThenHydrate(createJourney({ consent: 'pending' }))
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(container.innerHTML).toBe(serverHtml)
    expect(container.querySelector('[data-trust-position="above-form"]')).not.toBeNull()
  })

  it('writes the journey\'s anonymous id to the cookie the server assigns by once analytics is allowed, and removes it when declined', () => {
    const journey = createJourney({ consent: 'pending' })
    serverRenderThenHydrate(journey)
    expect(journeyIdCookie()).toBeUndefined()
    act(() => journey.setConsent('granted'))
    const event = journey.track('page_viewed', {})
    expect(journeyIdCookie()).toBe(event?.context.anonymousId)
    act(() => journey.setConsent('denied'))
    expect(journeyIdCookie()).toBeUndefined()
  })

  it('writes the cookie at once for a visitor who allowed analytics on an earlier page', () => {
    const journey = createJourney({ consent: 'granted' })
    serverRenderThenHydrate(journey)
    expect(journeyIdCookie()).toBe(journey.track('page_viewed', {})?.context.anonymousId)
  })
})
