import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { act, screen, within } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  vi.useRealTimers()
})

describe('LiveActivity hydration', () => {
  it('hydrates server markup rendered minutes earlier without a mismatch, then shows relative times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(SERVER_NOW)
    const container = document.createElement('div')
    container.innerHTML = renderToString(page(createRecorder()))
    document.body.append(container)
    const serverTime = container.querySelector('time')
    expect(serverTime).toHaveTextContent(/Nov 22, 12:56\sPM GMT\+1/)

    // The page reaches the browser three minutes later.
    vi.setSystemTime(new Date(SERVER_NOW.getTime() + 3 * 60_000))
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const recoverableErrors: unknown[] = []
    const recorder = createRecorder()
    await act(async () => {
      root = hydrateRoot(container, page(recorder), { onRecoverableError: (error) => recoverableErrors.push(error) })
    })

    expect([...consoleError.mock.calls, ...recoverableErrors]).toEqual([])
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
