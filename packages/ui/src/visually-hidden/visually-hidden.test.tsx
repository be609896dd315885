import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { VisuallyHidden } from './visually-hidden'

describe('VisuallyHidden', () => {
  it('clips its content off screen with inline styles but keeps it in the accessible name', async () => {
    const { container } = render(
      <button type="button">
        <span aria-hidden="true">×</span>
        <VisuallyHidden>Remove item</VisuallyHidden>
      </button>,
    )
    expect(screen.getByRole('button', { name: 'Remove item' })).toBeInTheDocument()
    const hidden = screen.getByText('Remove item')
    expect(hidden).toHaveStyle({ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' })
    await expect(container).toHaveNoAxeViolations()
  })

  it('merges the caller’s style and props', () => {
    render(
      <VisuallyHidden id="hint" style={{ color: 'red' }}>
        Hint
      </VisuallyHidden>,
    )
    const hidden = screen.getByText('Hint')
    expect(hidden).toHaveAttribute('id', 'hint')
    expect(hidden).toHaveStyle({ position: 'absolute', color: 'rgb(255, 0, 0)' })
  })
})
