import { render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { expect, it, vi } from 'vitest'
import { Impression } from './impression'

it('passes its ref to its div and still reports the impression (forwardRef: React 18 and 19)', () => {
  const ref = createRef<HTMLDivElement>()
  const onViewable = vi.fn()
  render(
    <Impression ref={ref} onViewable={onViewable}>
      Winter sale
    </Impression>,
  )
  expect(ref.current).toBe(screen.getByText('Winter sale'))
  // jsdom has no IntersectionObserver: the impression counts on mount
  expect(onViewable).toHaveBeenCalledTimes(1)
})
