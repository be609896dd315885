import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { hydrate, serverRender } from '../../../test/hydration'
import { fixtureSuggestions, northwindResults, products } from './fixtures'
import { RECENTLY_VIEWED_KEY, RecentlyViewed, SearchBox, SearchResults } from './index'

const withJourney = (recorder: Recorder, element: ReactElement) => <JourneyProvider journey={recorder.journey}>{element}</JourneyProvider>

describe('server render and hydration', () => {
  it('SearchBox: a plain GET search form on the server, adopted without a mismatch', async () => {
    const element = <SearchBox loadSuggestions={fixtureSuggestions} defaultQuery="aurora" />
    const container = serverRender(withJourney(createRecorder(), element))
    const input = container.querySelector('input')!
    expect(input).toHaveAttribute('name', 'q')
    expect(input).toHaveValue('aurora')
    expect(container.querySelector('form')).toHaveAttribute('action', '/search')
    expect(await hydrate(container, withJourney(createRecorder(), element))).toEqual([])
    expect(container.querySelector('input')).toBe(input)
  })

  it('SearchResults: hides the no-JavaScript sort button once hydrated', async () => {
    const element = <SearchResults results={northwindResults} />
    const container = serverRender(withJourney(createRecorder(), element))
    expect(container.querySelector('form[data-part="sort"] button[type="submit"]')).not.toBeNull()
    expect(await hydrate(container, withJourney(createRecorder(), element))).toEqual([])
    expect(container.querySelector('form[data-part="sort"] button')).toBeNull()
  })

  it('RecentlyViewed: nothing on the server, the stored views after hydration', async () => {
    localStorage.setItem(RECENTLY_VIEWED_KEY, JSON.stringify(products.slice(1, 3)))
    const element = <RecentlyViewed current={products[0]} />
    const container = serverRender(withJourney(createRecorder(), element))
    expect(container).toBeEmptyDOMElement()
    expect(await hydrate(container, withJourney(createRecorder(), element))).toEqual([])
    expect(screen.getByRole('region', { name: 'Recently viewed' })).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })
})
