import { describe, expect, it, vi } from 'vitest'
import { segment } from './segment'
import { makeEvent } from './test-events'

const unloading = { unloading: false }

describe('segment()', () => {
  it('tracks events, pages page views and identifies', () => {
    const analytics = { track: vi.fn(), page: vi.fn(), identify: vi.fn() }
    const destination = segment(analytics)
    void destination.send([makeEvent('page_viewed', {}), makeEvent('lead_captured', { formId: 'f' })], unloading)
    destination.identify?.('u-1', { plan: 'gold' })
    expect(analytics.page).toHaveBeenCalledWith(expect.objectContaining({ path: '/p/1' }))
    expect(analytics.track).toHaveBeenCalledTimes(1)
    expect(analytics.track).toHaveBeenCalledWith('Lead Captured', { form_id: 'f' })
    expect(analytics.identify).toHaveBeenCalledWith('u-1', { plan: 'gold' })
    expect(destination).toMatchObject({ name: 'segment', category: 'analytics' })
  })

  it('tracks Page Viewed when the client has no page()', () => {
    const analytics = { track: vi.fn() }
    const destination = segment(analytics, { category: 'marketing' })
    void destination.send([makeEvent('page_viewed', {})], unloading)
    expect(analytics.track).toHaveBeenCalledWith('Page Viewed', expect.objectContaining({ url: 'https://shop.test/p/1?utm_source=x' }))
    expect(() => destination.identify?.('u-1', {})).not.toThrow()
    expect(destination.category).toBe('marketing')
  })
})
