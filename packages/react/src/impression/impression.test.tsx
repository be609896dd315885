import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockIntersectionObserver, type IntersectionObserverMock } from '../testing'
import { Impression } from './impression'

describe('Impression (IAB viewable rule)', () => {
  let io: IntersectionObserverMock
  beforeEach(() => {
    vi.useFakeTimers()
    io = mockIntersectionObserver()
  })
  afterEach(() => {
    io.restore()
    vi.useRealTimers()
  })

  function setup() {
    const onViewable = vi.fn()
    render(
      <Impression onViewable={onViewable} data-testid="block">
        Block
      </Impression>,
    )
    return { onViewable, element: screen.getByTestId('block') }
  }

  it('fires once after half of the block has been visible for one second', () => {
    const { onViewable, element } = setup()
    act(() => io.setVisible(element, 0.6))
    act(() => vi.advanceTimersByTime(999))
    expect(onViewable).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1))
    expect(onViewable).toHaveBeenCalledTimes(1)
    act(() => io.setVisible(element, 0))
    act(() => io.setVisible(element, 1))
    act(() => vi.advanceTimersByTime(5000))
    expect(onViewable).toHaveBeenCalledTimes(1)
  })

  it('does not count a glimpse or less than half visible', () => {
    const { onViewable, element } = setup()
    act(() => io.setVisible(element, 0.4))
    act(() => vi.advanceTimersByTime(3000))
    act(() => io.setVisible(element, 0.8))
    act(() => vi.advanceTimersByTime(500))
    act(() => io.setVisible(element, 0))
    act(() => vi.advanceTimersByTime(3000))
    expect(onViewable).not.toHaveBeenCalled()
  })

  it('pauses while the page is hidden', () => {
    const { onViewable, element } = setup()
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    act(() => io.setVisible(element, 1))
    act(() => vi.advanceTimersByTime(600))
    visibility.mockReturnValue('hidden')
    act(() => void document.dispatchEvent(new Event('visibilitychange')))
    act(() => vi.advanceTimersByTime(5000))
    expect(onViewable).not.toHaveBeenCalled()
    visibility.mockReturnValue('visible')
    act(() => void document.dispatchEvent(new Event('visibilitychange')))
    act(() => vi.advanceTimersByTime(1000))
    expect(onViewable).toHaveBeenCalledTimes(1)
  })

  it('stops observing when unmounted', () => {
    const onViewable = vi.fn()
    const { unmount } = render(
      <Impression onViewable={onViewable} data-testid="block">
        Block
      </Impression>,
    )
    const element = screen.getByTestId('block')
    act(() => io.setVisible(element, 1))
    unmount()
    act(() => vi.advanceTimersByTime(2000))
    expect(onViewable).not.toHaveBeenCalled()
  })
})

describe('Impression without IntersectionObserver', () => {
  it('counts the impression on mount, since visibility cannot be measured', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    const onViewable = vi.fn()
    render(<Impression onViewable={onViewable}>Block</Impression>)
    expect(onViewable).toHaveBeenCalledTimes(1)
  })
})
