// @vitest-environment node
import { JourneyProvider } from '@journeykit/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { recentActivities } from '../fixtures'
import { LiveActivity } from './live-activity'

const NOW = new Date('2026-11-22T12:00:00Z')

describe('LiveActivity on the server', () => {
  it('renders absolute times in the given time zone, never a relative one', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <JourneyProvider>
        <LiveActivity activities={recentActivities(NOW)} timeZone="Europe/Berlin" />
      </JourneyProvider>,
    )
    expect(html).toContain('Lena from Munich bought Trail Runner GTX')
    expect(html).toMatch(/<time dateTime="2026-11-22T11:56:00.000Z">Nov 22, 12:56\sPM GMT\+1<\/time>/)
    expect(html).not.toMatch(/ago|now/)
  })

  it('uses UTC without a time zone, so every server renders the same text', () => {
    const html = renderToString(
      <JourneyProvider>
        <LiveActivity activities={recentActivities(NOW)} />
      </JourneyProvider>,
    )
    expect(html).toMatch(/Nov 22, 11:56\sAM UTC/)
  })
})
