// @vitest-environment node
import { JourneyProvider } from '@journeykit/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { shopTimeZone, winterSale } from './fixtures'
import { PromoBanner } from './promo-banner'

describe('PromoBanner on the server', () => {
  it('renders visible without touching storage or window', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <JourneyProvider>
        <PromoBanner promotion={winterSale} timeZone={shopTimeZone} />
      </JourneyProvider>,
    )
    expect(html).toContain('data-state="visible"')
    expect(html).toContain('Winter sale: 20% off outdoor jackets')
    expect(html).toContain('Ends Dec 31, 2026')
  })

  it('renders nothing when the app knows the promotion was dismissed', () => {
    const html = renderToString(
      <JourneyProvider>
        <PromoBanner promotion={winterSale} dismissed />
      </JourneyProvider>,
    )
    expect(html).toBe('')
  })
})
