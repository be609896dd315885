import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { act, screen } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { shopTimeZone, winterSale } from './fixtures'
import { PromoBanner } from './promo-banner'

function page(recorder: Recorder) {
  return (
    <JourneyProvider journey={recorder.journey}>
      <PromoBanner promotion={winterSale} timeZone={shopTimeZone} />
    </JourneyProvider>
  )
}

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
})

async function hydrateServerMarkup(recorder: Recorder) {
  const container = document.createElement('div')
  // As the server renders it: storage is not readable there.
  container.innerHTML = renderToString(page(createRecorder()))
  document.body.append(container)
  expect(screen.getByRole('region')).toBeInTheDocument()
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  const recoverableErrors: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container, page(recorder), { onRecoverableError: (error) => recoverableErrors.push(error) })
  })
  return [...consoleError.mock.calls, ...recoverableErrors]
}

describe('PromoBanner hydration', () => {
  it('hides a remembered dismissal right after hydration, without a mismatch', async () => {
    localStorage.setItem('jk:promo:dismissed:winter-sale-2026', '2026-11-20T10:00:00.000Z')
    const recorder = createRecorder()
    const complaints = await hydrateServerMarkup(recorder)
    expect(complaints).toEqual([])
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(recorder.names()).not.toContain('promotion_viewed')
  })

  it('keeps the server markup for a visitor who has not dismissed it', async () => {
    const recorder = createRecorder()
    const complaints = await hydrateServerMarkup(recorder)
    expect(complaints).toEqual([])
    expect(screen.getByRole('region', { name: 'Winter sale: 20% off outdoor jackets' })).toBeInTheDocument()
    expect(recorder.all('promotion_viewed')).toHaveLength(1)
  })
})
