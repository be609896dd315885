import { createJourney, memory, type Journey } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'
import { createRecorder, mockIntersectionObserver, renderWithJourney, type IntersectionObserverMock } from '@journeykit/react/testing'
import { act, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Assignments } from '../assignment/types'
import { Experiment } from './experiment'
import { ExperimentsProvider } from './experiments-provider'
import { useExperiment } from './use-experiment'

const assignments: Assignments = {
  'hero-copy': { variant: 'benefit', inExperiment: true },
  badges: { variant: 'top', inExperiment: false },
}

const hero = (
  <Experiment
    name="hero-copy"
    data-testid="hero"
    variants={{ control: <h1>New arrivals</h1>, benefit: <h1>Free returns on every jacket</h1> }}
  />
)

function withAssignments(value: Assignments) {
  return ({ children }: { children: ReactNode }) => <ExperimentsProvider assignments={value}>{children}</ExperimentsProvider>
}

let io: IntersectionObserverMock
beforeEach(() => {
  vi.useFakeTimers()
  io = mockIntersectionObserver()
})
afterEach(() => {
  io.restore()
  vi.useRealTimers()
})

/** Half of the element in view for one second: a viewable impression. */
function view(element: Element) {
  act(() => io.setVisible(element, 0.6))
  act(() => vi.advanceTimersByTime(1000))
}

describe('<Experiment>', () => {
  it('renders the assigned variant and records experiment_viewed once it is viewable', () => {
    const { recorder } = renderWithJourney(hero, { wrapper: withAssignments(assignments) })
    expect(screen.getByRole('heading', { name: 'Free returns on every jacket' })).toBeInTheDocument()
    expect(screen.queryByText('New arrivals')).not.toBeInTheDocument()
    act(() => vi.advanceTimersByTime(5000))
    expect(recorder.all('experiment_viewed')).toHaveLength(0)

    act(() => io.setVisible(screen.getByTestId('hero'), 0.6))
    act(() => vi.advanceTimersByTime(999))
    expect(recorder.all('experiment_viewed')).toHaveLength(0)
    act(() => vi.advanceTimersByTime(1))
    expect(recorder.last('experiment_viewed')?.properties).toEqual({ experiment: 'hero-copy', variant: 'benefit' })
    expect(recorder.last('experiment_viewed')?.source).toEqual({ block: 'Experiment', blockId: 'hero-copy' })
  })

  it('records the exposure once per visitor, even when the variant is shown again', () => {
    const recorder = createRecorder()
    const first = renderWithJourney(hero, { recorder, wrapper: withAssignments(assignments) })
    view(screen.getByTestId('hero'))
    first.unmount()
    renderWithJourney(hero, { recorder, wrapper: withAssignments(assignments) })
    view(screen.getByTestId('hero'))
    expect(recorder.all('experiment_viewed')).toHaveLength(1)
    // and every later event knows the variant
    recorder.journey.track('product_added', { item: { id: 'a', name: 'A', price: { amount: 100, currency: 'EUR' } } })
    expect(recorder.last('product_added')?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
  })

  it('records nothing for a visitor outside the experiment, and shows the control without an assignment', () => {
    const { recorder } = renderWithJourney(
      <>
        <Experiment name="badges" data-testid="badges" variants={{ bottom: 'Badges below', top: 'Badges on top' }} />
        <Experiment name="unknown" data-testid="unknown" variants={{ control: 'Plain', bold: 'Bold' }} />
      </>,
      { wrapper: withAssignments(assignments) },
    )
    expect(screen.getByTestId('badges')).toHaveTextContent('Badges on top')
    expect(screen.getByTestId('unknown')).toHaveTextContent('Plain')
    view(screen.getByTestId('badges'))
    view(screen.getByTestId('unknown'))
    expect(recorder.all('experiment_viewed')).toHaveLength(0)
  })

  it('without analytics consent: the same variant, but no exposure leaves the page until consent', async () => {
    const sent = memory()
    const journey: Journey = createJourney({ destinations: [sent], storage: null, consent: 'pending' })
    render(
      <JourneyProvider journey={journey}>
        <ExperimentsProvider assignments={assignments}>{hero}</ExperimentsProvider>
      </JourneyProvider>,
    )
    expect(screen.getByRole('heading', { name: 'Free returns on every jacket' })).toBeInTheDocument()
    view(screen.getByTestId('hero'))
    await act(() => journey.flush())
    expect(sent.events.map((event) => event.name)).not.toContain('experiment_viewed')

    journey.setConsent('granted')
    await act(() => journey.flush())
    expect(sent.events.filter((event) => event.name === 'experiment_viewed').map((event) => event.properties)).toEqual([
      { experiment: 'hero-copy', variant: 'benefit' },
    ])
    await journey.shutdown()
  })
})

describe('ExperimentsProvider', () => {
  it('puts the exposures remembered on earlier pages in the context of the next events, and does not record them again', () => {
    const stored = new Map([['jk:experiments', JSON.stringify({ 'hero-copy': 'benefit' })]])
    const storage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value), removeItem: (key: string) => void stored.delete(key) }
    const { recorder } = renderWithJourney(hero, {
      wrapper: ({ children }) => (
        <ExperimentsProvider assignments={assignments} storage={storage}>
          {children}
        </ExperimentsProvider>
      ),
    })
    recorder.journey.track('page_viewed', {})
    expect(recorder.last('page_viewed')?.context.experiments).toEqual({ 'hero-copy': 'benefit' })
    view(screen.getByTestId('hero'))
    expect(recorder.all('experiment_viewed')).toHaveLength(0)
  })
})

describe('useExperiment', () => {
  function Badges() {
    const { variant, inExperiment, ref } = useExperiment('badges')
    return (
      <p ref={ref} data-testid="badges">
        {variant ?? 'none'} {inExperiment ? 'in' : 'out'}
      </p>
    )
  }

  it('gives any element the variant and the exposure ref', () => {
    const { recorder } = renderWithJourney(<Badges />, { wrapper: withAssignments({ badges: { variant: 'bottom', inExperiment: true } }) })
    expect(screen.getByTestId('badges')).toHaveTextContent('bottom in')
    view(screen.getByTestId('badges'))
    expect(recorder.last('experiment_viewed')?.properties).toEqual({ experiment: 'badges', variant: 'bottom' })
  })

  it('warns in development when there is no ExperimentsProvider, and renders no variant', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderWithJourney(<Badges />)
    expect(screen.getByTestId('badges')).toHaveTextContent('none out')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no <ExperimentsProvider>'))
  })
})
