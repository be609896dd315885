import { describe, expect, it, vi } from 'vitest'
import { posthog } from './posthog'
import { makeEvent } from './test-events'

const unloading = { unloading: false }

describe('posthog()', () => {
  it('captures the Segment names and properties, $pageview for pages, and identifies', () => {
    const client = { capture: vi.fn(), identify: vi.fn() }
    const destination = posthog(client)
    void destination.send([makeEvent('page_viewed', {}), makeEvent('coupon_denied', { code: 'OLD', reason: 'expired' })], unloading)
    destination.identify?.('u-1', { plan: 'gold' })
    expect(client.capture.mock.calls).toEqual([
      ['$pageview', { $current_url: 'https://shop.test/p/1?utm_source=x' }],
      ['Coupon Denied', { coupon: 'OLD', reason: 'expired' }],
    ])
    expect(client.identify).toHaveBeenCalledWith('u-1', { plan: 'gold' })
    expect(destination).toMatchObject({ name: 'posthog', category: 'analytics' })
  })
})
