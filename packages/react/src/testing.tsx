'use client'
import {
  createJourney,
  type AnyJourneyEvent,
  type EventName,
  type Journey,
  type JourneyEvent,
  type JourneyOptions,
  type Stage,
} from '@journeykit/core'
import { render, type RenderOptions, type RenderResult } from '@testing-library/react'
import type { ComponentType, ReactElement, ReactNode } from 'react'
import { JourneyProvider } from './journey-provider'

export interface Recorder {
  journey: Journey
  /** Every event tracked so far, in order. */
  readonly events: AnyJourneyEvent[]
  /** The names of the events so far, in order. */
  names(): EventName[]
  /** All events with that name. */
  all<N extends EventName>(name: N): JourneyEvent<N>[]
  /** The most recent event with that name. */
  last<N extends EventName>(name: N): JourneyEvent<N> | undefined
  clear(): void
}

/**
 * A journey that records what blocks emit, for tests and stories. Consent is granted and
 * nothing is persisted unless the options say otherwise; events are recorded synchronously.
 */
export function createRecorder(options: JourneyOptions = {}): Recorder {
  const journey = createJourney({ consent: 'granted', storage: null, ...options })
  const events: AnyJourneyEvent[] = []
  journey.subscribe((event) => events.push(event))
  return {
    journey,
    events,
    names: () => events.map((event) => event.name),
    all: <N extends EventName>(name: N) => events.filter((event): event is JourneyEvent<N> & AnyJourneyEvent => event.name === name) as JourneyEvent<N>[],
    last<N extends EventName>(name: N) {
      const matching = this.all(name)
      return matching[matching.length - 1]
    },
    clear: () => {
      events.length = 0
    },
  }
}

/**
 * The recorder of the current Storybook story (the root preview's loader puts one in `loaded`):
 * `play: async ({ loaded }) => expect(storyRecorder({ loaded }).names()).toContain('product_added')`.
 */
export function storyRecorder(context: { loaded?: unknown }): Recorder {
  const recorder = (context.loaded as { recorder?: Recorder } | undefined)?.recorder
  if (!recorder) throw new Error('storyRecorder: no recorder in the story context; is the Journeykit preview loader configured?')
  return recorder
}

export interface RenderWithJourneyOptions extends Omit<RenderOptions, 'wrapper'> {
  /** The recorder to use; a new one by default. */
  recorder?: Recorder
  /** Extra providers (e.g. a LocaleProvider) placed inside the JourneyProvider. */
  wrapper?: ComponentType<{ children: ReactNode }>
  initialStage?: Stage
}

/** Renders UI inside a JourneyProvider whose events are recorded. */
export function renderWithJourney(
  ui: ReactElement,
  { recorder = createRecorder(), wrapper: Inner, initialStage, ...options }: RenderWithJourneyOptions = {},
): RenderResult & { recorder: Recorder } {
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <JourneyProvider journey={recorder.journey} initialStage={initialStage}>
        {Inner ? <Inner>{children}</Inner> : children}
      </JourneyProvider>
    )
  }
  return { ...render(ui, { ...options, wrapper: Wrapper }), recorder }
}

export interface IntersectionObserverMock {
  /** Reports `ratio` (0–1) of the element as visible to every observer watching it. */
  setVisible(element: Element, ratio: number): void
  /** Puts the original IntersectionObserver back. */
  restore(): void
}

/** Replaces IntersectionObserver with one the test drives, to test viewable impressions. */
export function mockIntersectionObserver(): IntersectionObserverMock {
  const original = globalThis.IntersectionObserver
  const observers = new Set<MockObserver>()

  class MockObserver implements IntersectionObserver {
    readonly root = null
    readonly rootMargin = '0px'
    readonly scrollMargin = '0px'
    readonly thresholds: readonly number[] = []
    readonly targets = new Set<Element>()
    constructor(private readonly callback: IntersectionObserverCallback) {
      observers.add(this)
    }
    observe(target: Element) {
      this.targets.add(target)
    }
    unobserve(target: Element) {
      this.targets.delete(target)
    }
    disconnect() {
      this.targets.clear()
      observers.delete(this)
    }
    takeRecords(): IntersectionObserverEntry[] {
      return []
    }
    notify(target: Element, ratio: number) {
      const rect = target.getBoundingClientRect()
      const entry = {
        target,
        isIntersecting: ratio > 0,
        intersectionRatio: ratio,
        boundingClientRect: rect,
        intersectionRect: rect,
        rootBounds: null,
        time: Date.now(),
      } as IntersectionObserverEntry
      this.callback([entry], this)
    }
  }

  globalThis.IntersectionObserver = MockObserver
  return {
    setVisible(element, ratio) {
      for (const observer of [...observers]) if (observer.targets.has(element)) observer.notify(element, ratio)
    },
    restore() {
      globalThis.IntersectionObserver = original
    },
  }
}
