import { act, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createRecorder, renderWithJourney } from '../testing'
import { useStage } from '../use-stage'
import { useTrack } from '../use-track'
import { JourneyProvider, useJourney } from './journey-provider'

const item = { id: 'sku-1', name: 'Trail shoe', price: { amount: 12900, currency: 'EUR' } }

function AddToCart() {
  const track = useTrack({ block: 'AddToCart', blockId: 'pdp' })
  return (
    <button type="button" onClick={() => track('product_added', { item: { ...item, quantity: 1 } })}>
      Add to cart
    </button>
  )
}

function StageLabel() {
  return <p>Stage: {useStage()}</p>
}

describe('JourneyProvider', () => {
  it('delivers events from blocks with the emitting block as source', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<AddToCart />)
    await user.click(screen.getByRole('button', { name: 'Add to cart' }))
    expect(recorder.names()).toEqual(['product_added'])
    expect(recorder.last('product_added')).toMatchObject({
      stage: 'decision',
      properties: { item: { id: 'sku-1', quantity: 1 } },
      source: { block: 'AddToCart', blockId: 'pdp' },
    })
  })

  it('re-renders useStage when the journey moves to a later stage', async () => {
    const user = userEvent.setup()
    renderWithJourney(
      <>
        <StageLabel />
        <AddToCart />
      </>,
    )
    expect(screen.getByText('Stage: awareness')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add to cart' }))
    expect(screen.getByText('Stage: decision')).toBeInTheDocument()
  })

  it('creates, owns and shuts down a journey from options', async () => {
    const send = vi.fn()
    const destination = { name: 'spy', category: 'necessary' as const, send }
    function Probe() {
      const journey = useJourney()
      return (
        <button type="button" onClick={() => journey.track('lead_captured', { formId: 'footer' })}>
          Sign up
        </button>
      )
    }
    const { unmount } = render(
      <StrictMode>
        <JourneyProvider options={{ destinations: [destination], storage: null, batch: { interval: 10_000 } }}>
          <Probe />
        </JourneyProvider>
      </StrictMode>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign up' }))
    expect(send).not.toHaveBeenCalled()
    unmount()
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    // shutting down flushes what was queued, once
    expect(send).toHaveBeenCalledTimes(1)
    expect(send.mock.calls[0]?.[0]).toMatchObject([{ name: 'lead_captured', properties: { formId: 'footer' } }])
  })

  it('survives StrictMode remounts without shutting the journey down', async () => {
    const recorder = createRecorder()
    const shutdown = vi.spyOn(recorder.journey, 'shutdown')
    render(
      <StrictMode>
        <JourneyProvider journey={recorder.journey}>
          <AddToCart />
        </JourneyProvider>
      </StrictMode>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add to cart' }))
    expect(recorder.names()).toEqual(['product_added'])
    expect(shutdown).not.toHaveBeenCalled()
  })

  it('lets blocks render without a provider, dropping their events with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<AddToCart />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add to cart' }))
    expect(screen.getByRole('button', { name: 'Add to cart' })).toBeInTheDocument()
    expect(warn.mock.calls.filter(([message]) => String(message).includes('No <JourneyProvider>'))).toHaveLength(1)
  })
})
