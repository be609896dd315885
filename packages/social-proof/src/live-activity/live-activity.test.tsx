import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { act, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PRODUCT_NAME, recentActivities } from '../fixtures'
import { fakeTimersWithUser } from '../shared/fake-timers.testing'
import type { Activity } from './activity'
import { LiveActivity } from './live-activity'

const NOW = new Date('2026-11-22T12:00:00Z')
const feed = () => screen.getByRole('log', { name: 'Recent activity' })
const items = () => within(feed()).getAllByRole('listitem').map((item) => item.textContent)
// Async act: an update that a timer fired during a user-event call is flushed too.
const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms))

function purchase(id: string, firstName: string, minutesAgo = 0): Activity {
  return { id, kind: 'purchase', firstName, productName: PRODUCT_NAME, occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() }
}

describe('LiveActivity', () => {
  let user: ReturnType<typeof fakeTimersWithUser>
  beforeEach(() => {
    user = fakeTimersWithUser()
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('shows the activities it is given, newest first, with relative times', async () => {
    const { container, recorder } = renderWithJourney(<LiveActivity activities={recentActivities(NOW)} productId="trail-runner-gtx" />)
    expect(items()).toEqual([
      'Lena from Munich bought Trail Runner GTX 4 minutes ago',
      'Tomasz from Kraków reviewed Trail Runner GTX 17 minutes ago',
      'Ioana bought Merino Running Socks 42 minutes ago',
    ])
    expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'live_activity', productId: 'trail-runner-gtx' })
    vi.useRealTimers()
    await expect(container).toHaveNoAxeViolations()
  })

  it('adds new activities at most one per interval', async () => {
    const { rerender } = renderWithJourney(<LiveActivity activities={[purchase('a', 'Lena', 10)]} minIntervalMs={8000} />)
    rerender(<LiveActivity activities={[purchase('a', 'Lena', 10), purchase('b', 'Tomasz', 2), purchase('c', 'Ana', 1)]} minIntervalMs={8000} />)
    await advance(0)
    expect(items().map((text) => text?.split(' ')[0])).toEqual(['Tomasz', 'Lena'])
    await advance(7999)
    expect(items()).toHaveLength(2)
    await advance(1)
    expect(items().map((text) => text?.split(' ')[0])).toEqual(['Ana', 'Tomasz', 'Lena'])
  })

  it('holds new activities while paused, by mouse and keyboard', async () => {
    const { rerender } = renderWithJourney(<LiveActivity activities={[purchase('a', 'Lena', 10)]} />)
    await user.click(screen.getByRole('button', { name: 'Pause updates' }))
    rerender(<LiveActivity activities={[purchase('a', 'Lena', 10), purchase('b', 'Tomasz')]} />)
    await advance(60_000)
    expect(items()).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Resume updates' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await advance(0)
    expect(items()).toHaveLength(2)
  })

  it('keeps relative times fresh every minute, with no timer while paused or hidden', async () => {
    renderWithJourney(<LiveActivity activities={[purchase('a', 'Lena', 4)]} />)
    expect(items()).toEqual(['Lena bought Trail Runner GTX 4 minutes ago'])
    await advance(60_000)
    expect(items()).toEqual(['Lena bought Trail Runner GTX 5 minutes ago'])
    await user.click(screen.getByRole('button', { name: 'Pause updates' }))
    expect(vi.getTimerCount()).toBe(0)
    await advance(120_000)
    expect(items()).toEqual(['Lena bought Trail Runner GTX 5 minutes ago'])
    await user.click(screen.getByRole('button', { name: 'Resume updates' }))
    expect(items()).toEqual(['Lena bought Trail Runner GTX 7 minutes ago'])
    await user.click(screen.getByRole('button', { name: 'Hide recent activity' }))
    expect(vi.getTimerCount()).toBe(0)
    await advance(180_000)
    await user.click(screen.getByRole('button', { name: 'Show recent activity' }))
    expect(items()).toEqual(['Lena bought Trail Runner GTX 10 minutes ago'])
  })

  it('reads "now" rather than a future time when the visitor\'s clock is behind the app\'s', () => {
    renderWithJourney(<LiveActivity activities={[purchase('a', 'Lena', -0.5)]} />)
    expect(items()).toEqual(['Lena bought Trail Runner GTX now'])
  })

  it('hides and shows again, keeping focus on the toggle', async () => {
    const { container } = renderWithJourney(<LiveActivity activities={recentActivities(NOW)} />)
    await user.click(screen.getByRole('button', { name: 'Hide recent activity' }))
    expect(screen.queryByRole('log')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show recent activity' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(feed()).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Hide recent activity' })).toHaveFocus()
    vi.useRealTimers()
    await expect(container).toHaveNoAxeViolations()
  })

  it('renders nothing without activity, an empty state when asked, and never invents any', async () => {
    const { container, rerender, recorder } = renderWithJourney(<LiveActivity activities={[]} />)
    expect(container).toBeEmptyDOMElement()
    await advance(60_000)
    expect(container).toBeEmptyDOMElement()
    expect(recorder.names()).toEqual([])
    rerender(<LiveActivity activities={[]} showEmpty />)
    expect(screen.getByText('No recent activity')).toBeInTheDocument()
    rerender(<LiveActivity activities={[]} status="error" />)
    expect(screen.getByRole('alert')).toBeInTheDocument()
    vi.useRealTimers()
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows only the first name and city, and skips invalid records', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const activities = [
      { ...purchase('a', 'Lena Maier', 3), city: 'Munich', email: 'lena@example.com' },
      { ...purchase('b', 'Tomasz', 5), occurredAt: 'not a date' },
    ] as Activity[]
    renderWithJourney(<LiveActivity activities={activities} />)
    expect(items()).toEqual(['Lena from Munich bought Trail Runner GTX 3 minutes ago'])
    expect(document.body).not.toHaveTextContent(/Maier|example\.com/)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped an activity'))
  })

  it('is translated', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<LiveActivity activities={recentActivities(NOW)} />, { wrapper })
    expect(screen.getByRole('log', { name: 'Aktuelle Aktivität' })).toHaveTextContent('Lena aus Munich hat Trail Runner GTX gekauft vor 4 Minuten')
    expect(screen.getByRole('button', { name: 'Aktualisierungen anhalten' })).toBeInTheDocument()
  })
})
