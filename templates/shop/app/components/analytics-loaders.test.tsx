// @vitest-environment jsdom
import { createJourney } from '@journeykit/core'
import { LocaleProvider } from '@journeykit/ui'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRoutesStub } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../test/setup-dom'
import { ga4Destination, loadAnalyticsScripts, segmentOnWindow } from './analytics-loaders'
import { JourneyClient, type ConsentChoice } from './journey-client'

const GTAG_SRC = 'https://www.googletagmanager.com/gtag/js?id=G-TEST123'
const SEGMENT_SRC = 'https://cdn.segment.com/analytics.js/v1/seg-key/analytics.min.js'
const both = { ga4MeasurementId: 'G-TEST123', segmentWriteKey: 'seg-key' }
const none = { ga4MeasurementId: null, segmentWriteKey: null }

const scriptSources = () => [...document.querySelectorAll('script')].map((script) => script.src)
/** The data layer's gtag commands, e.g. `['consent', 'default']`, `['js']`, `['config', 'G-…']`. */
const gtagCommands = () =>
  (window.dataLayer ?? []).map((entry) => {
    const [command, target] = Array.from(entry as ArrayLike<unknown>)
    return typeof target === 'string' ? [command, target] : [command]
  })

afterEach(() => {
  document.head.innerHTML = ''
  delete window.dataLayer
  delete window.gtag
  delete window.analytics
})

describe('ga4Destination', () => {
  it('sends experiment exposures as GA4\'s experience_impression', async () => {
    const journey = createJourney({ destinations: [ga4Destination()], storage: null, consent: 'granted' })
    journey.track('experiment_viewed', { experiment: 'checkout-trust-badges', variant: 'above-form' })
    await journey.flush()
    expect(window.dataLayer).toContainEqual({ event: 'experience_impression', exp_variant_string: 'JK-checkout-trust-badges-above-form' })
  })
})

describe('loadAnalyticsScripts', () => {
  it('adds nothing when no destination is configured', () => {
    loadAnalyticsScripts(none, 'granted')
    expect(scriptSources()).toEqual([])
    expect(window.gtag).toBeUndefined()
    expect(window.analytics).toBeUndefined()
  })

  it.each<ConsentChoice>(['pending', 'denied'])('adds nothing while consent is %s', (consent) => {
    loadAnalyticsScripts(both, consent)
    expect(scriptSources()).toEqual([])
    expect(window.dataLayer).toBeUndefined()
    expect(window.analytics).toBeUndefined()
  })

  it('loads gtag.js asynchronously in the head, with the bootstrap commands as `arguments` objects', () => {
    loadAnalyticsScripts({ ...none, ga4MeasurementId: 'G-TEST123' }, 'granted')
    const script = document.head.querySelector('script')!
    expect(script.src).toBe(GTAG_SRC)
    expect(script.async).toBe(true)
    expect(gtagCommands()).toEqual([['js'], ['config', 'G-TEST123']])
    expect(Object.prototype.toString.call(window.dataLayer![0])).toBe('[object Arguments]')
    expect(window.dataLayer![1]).toMatchObject({ 2: { send_page_view: false } })
  })

  it('loads Segment for the write key and queues the destination’s calls until analytics.js replaces the queue', () => {
    loadAnalyticsScripts({ ...none, segmentWriteKey: 'seg-key' }, 'granted')
    expect(scriptSources()).toEqual([SEGMENT_SRC])
    segmentOnWindow.track('Product Viewed', { product_id: 'aurora-5' })
    segmentOnWindow.page?.({ path: '/p/aurora-5' })
    expect([...(window.analytics as unknown as unknown[])]).toEqual([
      ['track', 'Product Viewed', { product_id: 'aurora-5' }],
      ['page', { path: '/p/aurora-5' }],
    ])
    const loaded = { track: vi.fn(), page: vi.fn(), identify: vi.fn() }
    window.analytics = loaded
    segmentOnWindow.identify?.('customer-1', { plan: 'club' })
    expect(loaded.identify).toHaveBeenCalledWith('customer-1', { plan: 'club' })
  })

  it('loads each script once per page', () => {
    loadAnalyticsScripts(both, 'granted')
    loadAnalyticsScripts(both, 'granted')
    expect(scriptSources()).toEqual([GTAG_SRC, SEGMENT_SRC])
  })
})

describe('JourneyClient', () => {
  function renderShop(consent: ConsentChoice) {
    const Stub = createRoutesStub([
      {
        path: '/',
        Component: () => (
          <LocaleProvider locale="en">
            <JourneyClient config={{ ...both, stripePublishableKey: null }} consent={consent}>
              <h1>Shop</h1>
            </JourneyClient>
          </LocaleProvider>
        ),
      },
    ])
    return render(<Stub initialEntries={['/']} />)
  }

  it('loads the scripts only when the visitor allows analytics, after the Consent Mode default', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 202 })))
    renderShop('pending')
    await screen.findByRole('heading', { name: 'Shop' })
    // the GA4 destination's code loads on demand, then pushes the Consent Mode default
    await waitFor(() => expect(gtagCommands()).toEqual([['consent', 'default']]))
    expect(scriptSources()).toEqual([])

    await userEvent.click(screen.getByRole('button', { name: 'Allow analytics' }))
    expect(scriptSources()).toEqual([GTAG_SRC, SEGMENT_SRC])
    expect(gtagCommands().slice(0, 4)).toEqual([['consent', 'default'], ['js'], ['config', 'G-TEST123'], ['consent', 'update']])
  })

  it('never loads them when the visitor declines', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 202 })))
    renderShop('pending')
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }))
    expect(scriptSources()).toEqual([])
    expect(window.gtag).toBeUndefined()
    expect(window.analytics).toBeUndefined()
  })

  it('loads them on arrival when consent was given on an earlier visit', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 202 })))
    renderShop('granted')
    await screen.findByRole('heading', { name: 'Shop' })
    await waitFor(() => expect(scriptSources()).toEqual([GTAG_SRC, SEGMENT_SRC]))
    expect(gtagCommands().slice(0, 3)).toEqual([['consent', 'default'], ['js'], ['config', 'G-TEST123']])
  })

  it('names the configured third parties in the consent banner', async () => {
    renderShop('pending')
    expect(await screen.findByText(/shared with Google Analytics and Segment/)).toBeInTheDocument()
  })
})
