import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { hydrate, serverRender } from '../../../../test/hydration'
import { recentActivities } from '../fixtures'
import { LiveActivity } from './live-activity'

const SERVER_NOW = new Date('2026-11-22T12:00:00Z')
const activities = recentActivities(SERVER_NOW)

function page(recorder: Recorder) {
  return (
    <JourneyProvider journey={recorder.journey}>
      <LiveActivity activities={activities} productId="trail-runner-gtx" timeZone="Europe/Berlin" />
    </JourneyProvider>
  )
}

afterEach(() => {
  vi.useRealTimers()
})

describe('LiveActivity hydration', () => {
  it('hydrates server markup rendered minutes earlier without a mismatch, then shows relative times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(SERVER_NOW)
    const container = serverRender(page(createRecorder()))
    const serverTime = container.querySelector('time')
    expect(serverTime).toHaveTextContent(/Nov 22, 12:56\sPM GMT\+1/)

    // The page reaches the browser three minutes later.
    vi.setSystemTime(new Date(SERVER_NOW.getTime() + 3 * 60_000))
    const recorder = createRecorder()
    expect(await hydrate(container, page(recorder))).toEqual([])
    // The server's nodes were adopted, not replaced.
    expect(container.querySelector('time')).toBe(serverTime)
    const feed = screen.getByRole('log', { name: 'Recent activity' })
    expect(within(feed).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Lena from Munich bought Trail Runner GTX 7 minutes ago',
      'Tomasz from Kraków reviewed Trail Runner GTX 20 minutes ago',
      'Ioana bought Merino Running Socks 45 minutes ago',
    ])
    expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'live_activity', productId: 'trail-runner-gtx' })
  })
})
